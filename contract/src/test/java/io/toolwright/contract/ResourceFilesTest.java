package io.toolwright.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@link ResourceFiles#reports}: the build report is the {@code report} member of the class's
 * resource, and a jar built before it moved there still gives its {@code toolwright-report} file.
 */
class ResourceFilesTest {

  @TempDir Path dir;

  private static String resource(String className, String report) {
    return "{\"class\":\"" + className + "\",\"tools\":[]"
        + (report == null ? "" : ",\"report\":" + report) + "}";
  }

  private static String report(String className, int tokens) {
    return "{\"class\":\"" + className + "\",\"totals\":{\"mcp\":{\"tools\":" + tokens + "}}}";
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void theReportIsReadFromTheClassResource() throws IOException {
    write("META-INF/toolwright/p.A.json", resource("p.A", report("p.A", 12)));
    write("META-INF/toolwright/p.B.json", resource("p.B", null));

    Map<String, JsonNode> reports = ResourceFiles.reports(dir);

    assertThat(reports).containsOnlyKeys("p.A.json");
    assertThat(reports.get("p.A.json").at("/totals/mcp/tools").asInt()).isEqualTo(12);
  }

  @Test
  void aJarBuiltBeforeTheReportMovedGivesItsReportFiles() throws IOException {
    Path jar = dir.resolve("old.jar");
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      put(zip, "META-INF/toolwright/p.Old.json", resource("p.Old", null));
      put(zip, "META-INF/toolwright-report/p.Old.json", report("p.Old", 7));
      put(zip, "META-INF/toolwright/p.New.json", resource("p.New", report("p.New", 9)));
    }

    Map<String, JsonNode> reports = ResourceFiles.reports(jar);

    assertThat(reports.keySet()).containsExactly("p.New.json", "p.Old.json");
    assertThat(reports.get("p.Old.json").at("/totals/mcp/tools").asInt()).isEqualTo(7);
    assertThat(reports.get("p.New.json").at("/totals/mcp/tools").asInt()).isEqualTo(9);
  }

  /** A stale file from an earlier build in the same output does not hide the current report. */
  @Test
  void theMemberWinsOverAReportFileOfTheSameClass() throws IOException {
    write("META-INF/toolwright/p.A.json", resource("p.A", report("p.A", 12)));
    write("META-INF/toolwright-report/p.A.json", report("p.A", 99));

    assertThat(ResourceFiles.reports(dir).get("p.A.json").at("/totals/mcp/tools").asInt())
        .isEqualTo(12);
  }

  @Test
  void aReportThatIsNotAnObjectIsAnErrorNamingTheFile() throws IOException {
    write("META-INF/toolwright/p.A.json", resource("p.A", "[1]"));

    assertThatThrownBy(() -> ResourceFiles.reports(dir))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("META-INF/toolwright/p.A.json")
        .hasMessageContaining("\"report\" is not an object but array");
  }

  @Test
  void aResourceThatIsNotJsonIsAnErrorNamingTheFile() throws IOException {
    write("META-INF/toolwright/p.A.json", "{\"class\":\"p.A\",\"report\":{");

    assertThatThrownBy(() -> ResourceFiles.reports(dir))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("META-INF/toolwright/p.A.json is not valid JSON");
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
