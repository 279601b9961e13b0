package io.toolwright.processor.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageTest {

  /** An option or a suppression names a rule, so every constant of a rule must react alike. */
  @Test
  void constantsOfOneRuleShareSeverityAndConfigurability() {
    Map<String, Message> first = new HashMap<>();
    for (Message message : Message.values()) {
      Message other = first.putIfAbsent(message.rule(), message);
      if (other != null) {
        assertThat(message.defaultSeverity()).as(message.name()).isEqualTo(other.defaultSeverity());
        assertThat(message.configurable()).as(message.name()).isEqualTo(other.configurable());
      }
    }
  }

  /**
   * The README's diagnostics table is where users look a rule up: it lists every rule, no rule that
   * does not exist, and each with its default severity and whether it is fixed.
   */
  @Test
  void theReadmeTableListsExactlyTheRules() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("## Diagnostics"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    Map<String, String> documented = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([a-z, ]+) \\|").matcher(section);
    while (row.find()) {
      documented.put(row.group(1), row.group(2));
    }
    Map<String, String> rules = new TreeMap<>();
    for (Message message : Message.values()) {
      String severity = message.defaultSeverity().name().toLowerCase(Locale.ROOT);
      rules.put(message.rule(), message.configurable() ? severity : severity + ", fixed");
    }
    assertThat(documented).isEqualTo(rules);
  }

  @Test
  void formatsRuleTextAndFix() {
    assertThat(Message.WRITE_FAILED.format("A", "b.C", "disk full"))
        .isEqualTo(
            "[toolwright:write-failed] Could not write A for b.C: disk full. Fix: Check that no"
                + " other processor generates the same file, and that the output is writable.");
  }

  /** A note that only informs says so without a "Fix:" that has nothing to fix. */
  @Test
  void formatsTheReportNoteWithoutFix() {
    assertThat(Message.BUILD_REPORT.format("Shop", "1 tool, mcp 57 tokens", "r/p.Shop.json"))
        .isEqualTo(
            "[toolwright:report] Shop: 1 tool, mcp 57 tokens. Per tool figures are in r/p.Shop.json;"
                + " -Atoolwright.lint.report=off silences this line.");
  }
}
