package io.toolwright.processor.writing;

import io.toolwright.processor.model.RetiredToolDeclaration;
import io.toolwright.processor.model.ExampleJson;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.schema.ToolSchema;
import io.toolwright.schema.BuildRenderings;
import io.toolwright.schema.dialect.DialectProblem;
import io.toolwright.schema.dialect.Rendering;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The build's record of a class's tools, {@code META-INF/toolwright/<class>.json}: for each tool
 * its name, description, effect, fingerprint, canonical schema, for a tool whose result is an
 * object the schema of that result ({@code outputSchema}), its examples if any, its rendering in
 * every dialect that accepts it ({@code renderings}, by dialect key) and why the others would not
 * ({@code rejected}); and, when the build counted tokens, the class's build report ({@code report},
 * {@link ReportWriter}), last, so that the tools come first in a diff. Pretty-printed, so that a
 * change to a tool shows as a readable diff between two versions of a jar.
 */
public final class ResourceWriter {

  // Exact decimals both ways: a bound of 0.1 must not come back as 0.1000000000000000055...
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ResourceWriter() {}

  /** Where the resource goes in the class output. */
  public static String path(ToolClass toolClass) {
    return "META-INF/toolwright/" + toolClass.qualifiedName() + ".json";
  }

  /**
   * @param renderings tool name → the tool in every dialect
   * @param report the class's build report ({@link ReportWriter#json}), or {@code null} when the
   *     build counted no tokens
   */
  public static String json(
      ToolClass toolClass,
      List<ToolSchema> schemas,
      Map<String, List<Rendering>> renderings,
      ObjectNode report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("class", toolClass.qualifiedName());
    ArrayNode tools = root.putArray("tools");
    for (ToolSchema schema : schemas) {
      ToolMethod tool = schema.tool();
      ObjectNode entry = tools.addObject();
      entry.put("name", tool.name());
      entry.put("description", tool.description());
      entry.put("effect", tool.effect().name());
      entry.put("idempotent", tool.idempotent());
      entry.put("fingerprint", schema.fingerprint());
      entry.set("schema", MAPPER.readTree(schema.canonical()));
      if (schema.canonicalOutput() != null) {
        entry.set("outputSchema", MAPPER.readTree(schema.canonicalOutput()));
      }
      if (!tool.examples().isEmpty()) {
        ArrayNode examples = entry.putArray("examples");
        tool.exampleTexts().forEach(example -> examples.add(ExampleJson.MAPPER.readTree(example)));
      }
      writeRenderings(entry, renderings.get(tool.name()));
    }
    if (!toolClass.retired().isEmpty()) {
      // Only when declared, so the resources of classes without retired tools stay as they were.
      ArrayNode retired = root.putArray("retired");
      for (RetiredToolDeclaration declaration : toolClass.retired()) {
        ObjectNode item = retired.addObject();
        item.put("name", declaration.tool().name());
        item.put("replacement", declaration.tool().replacement());
        item.put("since", declaration.tool().since());
        item.put("until", declaration.tool().until());
      }
    }
    if (report != null) {
      root.set("report", report);
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  /**
   * Where the class's renderings go for the run time ({@link BuildRenderings}): the same
   * renderings as the {@code .json} holds, one per line, read without a JSON parser.
   */
  public static String renderingsPath(ToolClass toolClass) {
    return BuildRenderings.path(toolClass.qualifiedName());
  }

  /** The text of {@link #renderingsPath}: every tool's key and its accepted renderings. */
  public static String renderingsText(
      List<ToolSchema> schemas, Map<String, List<Rendering>> renderings) {
    return BuildRenderings.write(
        schemas.stream().map(ToolSchema::definition).toList(), renderings);
  }

  private static void writeRenderings(ObjectNode entry, List<Rendering> renderings) {
    ObjectNode accepted = entry.putObject("renderings");
    ObjectNode rejected = MAPPER.createObjectNode();
    for (Rendering rendering : renderings) {
      String key = rendering.dialect().key();
      if (rendering.json() != null) {
        accepted.set(key, MAPPER.readTree(rendering.json()));
        continue;
      }
      ArrayNode problems = rejected.putArray(key);
      for (DialectProblem problem : rendering.problems()) {
        ObjectNode item = problems.addObject();
        item.put("rule", problem.rule());
        item.put("pointer", problem.pointer());
        item.put("message", problem.message());
        item.put("fix", problem.fix());
      }
    }
    if (!rejected.isEmpty()) {
      entry.set("rejected", rejected);
    }
  }
}
