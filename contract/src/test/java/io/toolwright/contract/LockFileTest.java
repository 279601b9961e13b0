package io.toolwright.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file written from the sample app's real resources (a copy under src/test/resources/desk). */
class LockFileTest {
  static final Path DESK = Path.of("src/test/resources/desk");

  @TempDir Path dir;

  @Test
  void readsTheProcessorsResources() {
    List<ToolContract> tools = ToolResources.read(DESK);
    assertThat(tools).extracting(ToolContract::name)
        .containsExactly("list_invoices", "get_invoice", "issue_refund", "create_ticket", "list_tickets");
    ToolContract refund = tools.get(2);
    assertThat(refund.className()).isEqualTo("io.toolwright.sample.BillingService");
    assertThat(refund.effect()).isEqualTo(Effect.DESTRUCTIVE);
    assertThat(refund.fingerprint()).hasSize(64);
    assertThat(refund.renderings()).containsKeys("openai-chat-strict", "anthropic", "gemini", "mcp");
  }

  @Test
  void aWrittenLockReadsBackAsTheSameContract() {
    Path lock = dir.resolve("toolwright.lock.json");
    List<ToolContract> tools = ToolResources.read(DESK);
    LockFile.write(lock, tools);
    Map<String, ToolContract> read = LockFile.read(lock);
    assertThat(read.keySet()).containsExactly("create_ticket", "get_invoice", "issue_refund", "list_invoices", "list_tickets");
    assertThat(ContractComparator.compare(read, ToolResources.byName(tools)).changes()).isEmpty();
    assertThat(read.get("issue_refund").renderings()).isEmpty();
  }

  @Test
  void theLockIsStableWhateverTheOrderOfTheTools() throws Exception {
    List<ToolContract> tools = new ArrayList<>(ToolResources.read(DESK));
    String first = LockFile.render(tools);
    Collections.reverse(tools);
    assertThat(LockFile.render(tools)).isEqualTo(first);
    assertThat(first).endsWith("}\n").doesNotContain("\r");
    // One keyword a line, so a diff shows the one keyword that changed.
    assertThat(first).contains("\n            \"maxLength\": 120,\n");
    assertThat(first.indexOf("\"create_ticket\"")).isLessThan(first.indexOf("\"list_invoices\""));
  }

  @Test
  void aLockOfAnotherFormatVersionIsRefusedWithTheFix() throws Exception {
    Path lock = dir.resolve("toolwright.lock.json");
    Files.writeString(lock, "{\"lockVersion\": 2, \"tools\": {}}");
    assertThatThrownBy(() -> LockFile.read(lock))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("lockVersion 2")
        .hasMessageContaining("toolwright:lock");
  }

  @Test
  void malformedJsonNamesTheFile() throws Exception {
    Path lock = dir.resolve("toolwright.lock.json");
    Files.writeString(lock, "{\"lockVersion\": 1,");
    assertThatThrownBy(() -> LockFile.read(lock))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("toolwright.lock.json is not valid JSON");
  }

  @Test
  void twoToolsOfOneNameCannotBeLocked() {
    ToolContract a = Tools.tool("refund", "{}");
    ToolContract b = new ToolContract("refund", "com.example.Other", "", Effect.WRITE, false, "", Tools.json("{}"), null, Map.of());
    assertThatThrownBy(() -> LockFile.render(List.of(a, b)))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("two tools are named \"refund\": in com.example.Desk and in com.example.Other");
  }

  @Test
  void anUnknownEffectIsAnError() throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/toolwright"));
    Files.writeString(classes.resolve("META-INF/toolwright/A.json"),
        "{\"class\":\"A\",\"tools\":[{\"name\":\"t\",\"effect\":\"SCARY\",\"schema\":{}}]}");
    assertThatThrownBy(() -> ToolResources.read(classes))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("META-INF/toolwright/A.json, tool t: unknown effect \"SCARY\"");
  }

  @Test
  void readsAJarLikeADirectory() throws Exception {
    Path jar = dir.resolve("desk.jar");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      for (Path file : List.of(Path.of("META-INF/toolwright/io.toolwright.sample.TicketService.json"))) {
        zip.putNextEntry(new java.util.zip.ZipEntry(file.toString()));
        zip.write(Files.readAllBytes(DESK.resolve(file)));
        zip.closeEntry();
      }
    }
    assertThat(ToolResources.read(jar)).extracting(ToolContract::name).containsExactly("create_ticket", "list_tickets");
  }
}
