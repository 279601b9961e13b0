package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolDefinition;
import io.toolwright.ToolSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schemas the sample app ships, both as resources ({@code META-INF/toolwright/*.json}) and as
 * the definitions its registry hands to a model, are valid JSON Schema 2020-12 according to an
 * independent validator, and the two say the same thing.
 */
class ShippedSchemasTest {

  private static final String DIRECTORY = "META-INF/toolwright/";

  private final List<ToolSet> toolSets = SupportDesk.withSampleData().toolSets();

  @Test
  void everyAnnotatedClassShipsItsResourceAndItsRenderings() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (ToolSet set : toolSets) {
      expected.add(set.source() + ".json");
      // The same renderings, compact, for the registry to send without parsing (BuildRenderings).
      expected.add(set.source() + ".renderings");
    }

    assertThat(resourceNames()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(toolSets)
        .extracting(ToolSet::source)
        .containsExactly(
            AccountService.class.getName(), BillingService.class.getName(), TicketService.class.getName());
  }

  @Test
  void everyShippedSchemaIsValidJsonSchema202012() {
    int schemas = 0;
    for (ToolSet set : toolSets) {
      for (JsonNode tool : resource(set).get("tools")) {
        JsonNode schema = tool.get("schema");
        assertThat(schema.get("$schema").asString()).isEqualTo(JsonSchemas.DIALECT);
        assertThat(JsonSchemas.metaSchemaErrors(schema))
            .as("%s in %s", tool.get("name"), set.source())
            .isEmpty();
        schemas++;
      }
    }
    assertThat(schemas).isEqualTo(SupportDesk.withSampleData().registry().definitions().size());
  }

  @Test
  void everyRegisteredDefinitionIsValidJsonSchema202012() {
    List<ToolDefinition> definitions = SupportDesk.withSampleData().registry().definitions();
    assertThat(definitions).isNotEmpty();
    for (ToolDefinition definition : definitions) {
      JsonNode schema = JsonSchemas.STRICT.readTree(definition.canonicalSchema());
      assertThat(JsonSchemas.metaSchemaErrors(schema)).as(definition.name()).isEmpty();
      assertThat(schema.get("type").asString()).as(definition.name()).isEqualTo("object");
      // Compiling resolves every $ref; a dangling one fails here.
      assertThat(JsonSchemas.compile(definition.canonicalSchema()).validate(JsonSchemas.STRICT.readTree("{}")))
          .isNotNull();
    }
  }

  @Test
  void resourcesAndDefinitionsAgree() throws Exception {
    for (ToolSet set : toolSets) {
      JsonNode resource = resource(set);
      assertThat(resource.get("class").asString()).isEqualTo(set.source());
      List<JsonNode> tools = new ArrayList<>();
      resource.get("tools").forEach(tools::add);
      List<ToolDefinition> definitions = set.definitions();
      assertThat(tools).extracting(t -> t.get("name").asString())
          .containsExactlyElementsOf(definitions.stream().map(ToolDefinition::name).toList());

      for (int i = 0; i < tools.size(); i++) {
        JsonNode tool = tools.get(i);
        ToolDefinition definition = definitions.get(i);
        assertThat(tool.get("description").asString()).isEqualTo(definition.description());
        assertThat(tool.get("effect").asString()).isEqualTo(definition.effect().name());
        assertThat(tool.get("idempotent").asBoolean()).isEqualTo(definition.idempotent());
        assertThat(tool.get("schema"))
            .as(definition.name())
            .isEqualTo(JsonSchemas.STRICT.readTree(definition.canonicalSchema()));
        assertThat(tool.get("outputSchema"))
            .as(definition.name())
            .isEqualTo(
                definition
                    .canonicalOutputSchema()
                    .map(JsonSchemas.STRICT::readTree)
                    .orElse(null));
        // The documented fingerprint input (docs/api.md), rebuilt here without ToolFingerprint.
        String input =
            "{\"name\":" + JsonSchemas.STRICT.writeValueAsString(definition.name())
                + ",\"description\":"
                + JsonSchemas.STRICT.writeValueAsString(definition.description())
                + ",\"effect\":\"" + definition.effect().name()
                + "\",\"idempotent\":" + definition.idempotent()
                + ",\"parameters\":" + definition.canonicalSchema()
                + definition.canonicalOutputSchema().map(output -> ",\"output\":" + output).orElse("")
                + examples(definition) + "}";
        String sha256 = sha256(input);
        assertThat(definition.fingerprint()).isEqualTo(sha256);
        assertThat(tool.get("fingerprint").asString()).isEqualTo(sha256);
        List<JsonNode> examples = new ArrayList<>();
        if (tool.has("examples")) {
          tool.get("examples").forEach(examples::add);
        }
        assertThat(examples)
            .as(definition.name() + " examples")
            .isEqualTo(definition.examples().stream().map(JsonSchemas.STRICT::readTree).toList());
      }
    }
  }

  /** {@code ,"examples":[...]}, each example's text as it is; nothing for a tool without. */
  private static String examples(ToolDefinition definition) {
    return definition.examples().isEmpty()
        ? ""
        : ",\"examples\":[" + String.join(",", definition.examples()) + "]";
  }

  @Test
  void javadocDescribesEveryToolAndEveryProperty() {
    for (ToolDefinition definition : SupportDesk.withSampleData().registry().definitions()) {
      assertThat(definition.description()).as(definition.name()).isNotBlank();
      JsonNode schema = JsonSchemas.STRICT.readTree(definition.canonicalSchema());
      List<String> undocumented = new ArrayList<>();
      collectUndocumented(schema, "", undocumented);
      JsonNode defs = schema.get("$defs");
      if (defs != null) {
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
          collectUndocumented(def.getValue(), "/$defs/" + def.getKey(), undocumented);
        }
      }
      assertThat(undocumented).as(definition.name() + " properties without a description").isEmpty();
    }
  }

  @Test
  void contextParametersAreNotInAnySchema() {
    for (ToolDefinition definition : SupportDesk.withSampleData().registry().definitions()) {
      assertThat(definition.parameters().properties()).as(definition.name()).doesNotContainKey(SupportDesk.CUSTOMER);
      assertThat(definition.canonicalSchema()).doesNotContain("\"" + SupportDesk.CUSTOMER + "\"");
    }
  }

  private static void collectUndocumented(JsonNode schema, String pointer, List<String> undocumented) {
    JsonNode properties = schema.get("properties");
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode description = property.getValue().get("description");
      if (description == null || description.asString().isBlank()) {
        undocumented.add(pointer + "/properties/" + property.getKey());
      }
    }
  }

  private static JsonNode resource(ToolSet set) {
    String name = DIRECTORY + set.source() + ".json";
    try (InputStream in = ShippedSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return JsonSchemas.STRICT.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file names under META-INF/toolwright/ in the sample app's classes, a directory or a jar. */
  private static Set<String> resourceNames() throws IOException, URISyntaxException {
    Set<String> names = new TreeSet<>();
    for (URL url : Collections.list(ShippedSchemasTest.class.getClassLoader().getResources(DIRECTORY))) {
      if (url.getProtocol().equals("file")) {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files.forEach(file -> names.add(file.getFileName().toString()));
        }
      } else if (url.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (JarEntry entry : Collections.list(jar.entries())) {
            String entryName = entry.getName();
            if (entryName.startsWith(DIRECTORY) && !entry.isDirectory()) {
              names.add(entryName.substring(DIRECTORY.length()));
            }
          }
        }
      }
    }
    return names;
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
