package io.toolwright.processor.diagnostics;

import java.util.Map;

/**
 * The severity of each rule in this build: its default, or what an option set for a rule that may
 * be changed.
 */
public final class Severities {

  private static final Severities DEFAULTS = new Severities(Map.of());

  private final Map<String, Severity> byRule;

  private Severities(Map<String, Severity> byRule) {
    this.byRule = Map.copyOf(byRule);
  }

  public static Severities defaults() {
    return DEFAULTS;
  }

  /**
   * Severities set by rule key; a rule that may not be changed keeps its default whatever is set.
   */
  public static Severities of(Map<String, Severity> byRule) {
    return new Severities(byRule);
  }

  public Severity of(Message message) {
    if (!message.configurable()) {
      return message.defaultSeverity();
    }
    return byRule.getOrDefault(message.rule(), message.defaultSeverity());
  }
}
