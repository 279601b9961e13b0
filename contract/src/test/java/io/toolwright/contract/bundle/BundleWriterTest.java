package io.toolwright.contract.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The schema bundle of the sample app's real resources. */
class BundleWriterTest {
  private static final Path DESK = Path.of("src/test/resources/desk");

  @TempDir Path dir;

  @Test
  void holdsSchemasRenderingsFingerprintsAndTokens() throws Exception {
    Path bundle = dir.resolve("desk-tool-schemas.jar");
    assertThat(BundleWriter.write(DESK, bundle, "io.example", "desk", "1.0")).isEqualTo(5);
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      List<String> names = new ArrayList<>();
      zip.stream().forEach(e -> names.add(e.getName()));
      assertThat(names).startsWith("toolwright-bundle.json", "toolwright.lock.json").contains(
          "tools/issue_refund/schema.json",
          "tools/issue_refund/output-schema.json",
          "tools/issue_refund/renderings/openai-chat-strict.json",
          "tools/issue_refund/renderings/mcp.json",
          "META-INF/toolwright/io.toolwright.sample.BillingService.json",
          "META-INF/toolwright-report/io.toolwright.sample.BillingService.json");
      JsonNode index = JsonMapper.builder().build().readTree(zip.getInputStream(zip.getEntry("toolwright-bundle.json")));
      assertThat(index.path("artifactId").asString()).isEqualTo("desk");
      JsonNode refund = index.path("tools").get(2);
      assertThat(refund.path("name").asString()).isEqualTo("issue_refund");
      assertThat(refund.path("fingerprint").asString()).hasSize(64);
      assertThat(refund.path("tokens").path("openai-chat").asInt()).isEqualTo(160);
      assertThat(refund.path("renderings").path("anthropic").asString()).isEqualTo("tools/issue_refund/renderings/anthropic.json");
      String schema = new String(zip.getInputStream(zip.getEntry("tools/issue_refund/schema.json")).readAllBytes());
      assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
  }

  /**
   * The desk fixture has the reports apart, as earlier builds wrote them; a build of this version
   * puts each under "report" in the class's resource, and the bundle's tokens come from there.
   */
  @Test
  void readsTokensFromTheReportInTheClassResource() throws Exception {
    Path classes = dir.resolve("classes");
    Path tools = classes.resolve("META-INF/toolwright");
    Files.createDirectories(tools);
    JsonMapper json = JsonMapper.builder().build();
    for (String name : List.of("io.toolwright.sample.BillingService.json", "io.toolwright.sample.TicketService.json")) {
      ObjectNode resource = (ObjectNode) json.readTree(DESK.resolve("META-INF/toolwright").resolve(name).toFile());
      resource.set("report", json.readTree(DESK.resolve("META-INF/toolwright-report").resolve(name).toFile()));
      Files.writeString(tools.resolve(name), json.writeValueAsString(resource));
    }
    Path bundle = dir.resolve("desk-tool-schemas.jar");
    BundleWriter.write(classes, bundle, "io.example", "desk", "1.0");
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("META-INF/toolwright-report"))).isEmpty();
      JsonNode index = json.readTree(zip.getInputStream(zip.getEntry("toolwright-bundle.json")));
      assertThat(index.path("tools").get(2).path("tokens").path("openai-chat").asInt()).isEqualTo(160);
    }
  }

  @Test
  void theSameToolsGiveTheSameBytes() throws Exception {
    Path first = dir.resolve("a.jar");
    Path second = dir.resolve("b.jar");
    BundleWriter.write(DESK, first, "g", "a", "1");
    Thread.sleep(1100); // a zip time stamp has a two-second resolution; a real clock would show here
    BundleWriter.write(DESK, second, "g", "a", "1");
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }
}
