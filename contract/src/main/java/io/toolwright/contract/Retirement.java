package io.toolwright.contract;

/**
 * A tool removed on purpose, as a {@code @RetiredTool} on its class declares it (the processor writes
 * it to the class's resource under {@code "retired"}).
 *
 * @param name the retired tool
 * @param replacement the tool its callers are told to use
 * @param since the date it was retired, or empty
 * @param until the date until which the declaration is meant to stay, or empty
 * @param className the class that declares it
 */
public record Retirement(String name, String replacement, String since, String until, String className) {

  /** {@code use find_order instead (@RetiredTool in com.example.Orders, since 2026-11-01)}. */
  String describe() {
    StringBuilder text = new StringBuilder("retired: calls get RETIRED_TOOL, \"use ").append(replacement)
        .append(" instead\" (@RetiredTool in ").append(className);
    if (!since.isEmpty()) {
      text.append(", since ").append(since);
    }
    if (!until.isEmpty()) {
      text.append(", until ").append(until);
    }
    return text.append(')').toString();
  }
}
