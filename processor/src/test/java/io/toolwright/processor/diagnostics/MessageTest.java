package io.toolwright.processor.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

  /** The README's diagnostics table is where users look a rule up. */
  @Test
  void everyRuleIsInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Message message : Message.values()) {
      assertThat(readme).as(message.rule()).contains("| `" + message.rule() + "` |");
    }
  }

  @Test
  void formatsRuleTextAndFix() {
    assertThat(Message.WRITE_FAILED.format("A", "b.C", "disk full"))
        .isEqualTo(
            "[toolwright:write-failed] Could not write A for b.C: disk full. Fix: Check that no"
                + " other processor generates the same file, and that the output is writable.");
  }
}
