package io.toolwright.processor.options;

import io.toolwright.Dialect;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.diagnostics.Severities;
import io.toolwright.processor.diagnostics.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processor options of one compilation, parsed once. A key under {@code toolwright.} that no
 * {@link Option} declares, or a value an option does not accept, is not fatal: it becomes a warning
 * ({@link #problems()}) and the default applies, so a typo never fails a build silently nor breaks
 * it.
 */
public final class Options {

  /** A warning about an option, for the caller to print once a reporter exists. */
  public record Problem(Message message, Object... args) {}

  private static final String NAMESPACE = "toolwright.";

  private final Map<Option, String> values;
  private final Severities severities;
  private final Set<Dialect> dialects;
  private final List<Problem> problems;

  private Options(
      Map<Option, String> values,
      Severities severities,
      Set<Dialect> dialects,
      List<Problem> problems) {
    this.values = values;
    this.severities = severities;
    this.dialects = dialects;
    this.problems = List.copyOf(problems);
  }

  /** Every key the processor accepts, for {@code Processor.getSupportedOptions()}. */
  public static Set<String> supported() {
    Set<String> keys = new LinkedHashSet<>();
    for (Option option : Option.values()) {
      if (option != Option.LINT) {
        keys.add(option.key());
      }
    }
    // javac matches supported options exactly (no wildcard), so each rule's key is listed.
    keys.addAll(lintKeys().keySet());
    return keys;
  }

  /** Parses {@code ProcessingEnvironment.getOptions()}; keys of other processors are left alone. */
  public static Options parse(Map<String, String> raw) {
    Map<Option, String> values = new EnumMap<>(Option.class);
    Map<String, Severity> severities = new HashMap<>();
    Map<String, Severity> perRule = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    Set<Dialect> dialects = dialects(Option.DIALECTS.defaultValue(), problems);
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      String key = entry.getKey();
      if (!key.startsWith(NAMESPACE)) {
        continue;
      }
      String value = entry.getValue() == null ? "" : entry.getValue().trim();
      Option option = byKey(key);
      if (key.startsWith(Option.LINT_PREFIX)) {
        lint(key, value, perRule, problems);
      } else if (option == null) {
        problems.add(new Problem(Message.UNKNOWN_OPTION, key, known()));
      } else if (option == Option.SEVERITY) {
        severities(value, severities, problems);
      } else if (option == Option.DIALECTS) {
        dialects = dialects(value, problems);
      } else if (option == Option.TODAY) {
        today(key, value, values, problems);
      } else if (option.numeric()) {
        number(option, value, values, problems);
      } else if (option.accepted().contains(value.toLowerCase(Locale.ROOT))) {
        values.put(option, value.toLowerCase(Locale.ROOT));
      } else {
        problems.add(
            new Problem(
                Message.INVALID_OPTION_VALUE,
                key + "=" + value,
                "\""
                    + value
                    + "\" is not one of its values, so its default, "
                    + option.defaultValue()
                    + ", applies",
                String.join(", ", option.accepted())));
      }
    }
    severities.putAll(perRule); // -Atoolwright.lint.<rule> wins over the list
    return new Options(
        values, Severities.of(severities), Collections.unmodifiableSet(dialects), problems);
  }

  /** A date {@code YYYY-MM-DD}, else the problem and the system date. */
  private static void today(
      String key, String value, Map<Option, String> values, List<Problem> problems) {
    try {
      values.put(Option.TODAY, java.time.LocalDate.parse(value).toString());
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(
          new Problem(
              Message.INVALID_OPTION_VALUE,
              key + "=" + value,
              "\"" + value + "\" is not a date, so the system date applies",
              "YYYY-MM-DD"));
    }
  }

  /** The build's date for {@code retired-tool}: {@code toolwright.today}, else the system date. */
  public java.time.LocalDate today() {
    String set = value(Option.TODAY);
    return set.isEmpty() ? java.time.LocalDate.now(java.time.ZoneOffset.UTC) : java.time.LocalDate.parse(set);
  }

  /** The dialects whose rejections fail the build, as set by {@code toolwright.dialects}. */
  public Set<Dialect> dialects() {
    return dialects;
  }

  /**
   * The severity of each rule, as set by {@code toolwright.lint.<rule>=<severity>} or {@code
   * toolwright.severity=<rule>:<severity>,...}.
   */
  public Severities severities() {
    return severities;
  }

  /** The value of an option: as set, or its default. */
  public String value(Option option) {
    return values.getOrDefault(option, option.defaultValue());
  }

  /** The value of a {@code true|false} option. */
  public boolean flag(Option option) {
    return Boolean.parseBoolean(value(option));
  }

  /** The value of a {@link Option#numeric() numeric} option. */
  public int number(Option option) {
    return Integer.parseInt(value(option));
  }

  /** Warnings about unknown keys and values, in the order met. */
  public List<Problem> problems() {
    return problems;
  }

  /** {@code missing-description:ignore, constraint-not-in-schema:error}: entries by commas, then colons. */
  private static void severities(
      String value, Map<String, Severity> severities, List<Problem> problems) {
    Map<String, Message> rules = rulesByKey();
    String option = Option.SEVERITY.key() + "=" + value;
    for (String entry : value.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.split(":", 2);
      String rule = parts[0].trim();
      Message message = rules.get(rule);
      Optional<Severity> severity = parts.length == 2 ? Severity.parse(parts[1]) : Optional.empty();
      if (message == null) {
        problems.add(
            new Problem(
                Message.INVALID_OPTION_VALUE,
                option,
                "Toolwright has no rule \"" + rule + "\", so the entry is ignored",
                "the rule keys listed in the processor README, each followed by :error, :warning,"
                    + " :note or :ignore"));
      } else if (severity.isEmpty()) {
        problems.add(
            new Problem(
                Message.INVALID_OPTION_VALUE,
                option,
                "\""
                    + entry.trim()
                    + "\" names no severity, so "
                    + rule
                    + " keeps its default, "
                    + message.defaultSeverity().optionValue(),
                rule + ":error, " + rule + ":warning, " + rule + ":note or " + rule + ":ignore"));
      } else if (!message.configurable() && severity.get() != message.defaultSeverity()) {
        problems.add(new Problem(Message.FIXED_SEVERITY, option, rule));
      } else {
        severities.put(rule, severity.get());
      }
    }
  }

  /** {@code toolwright.lint.<rule>=error|warning|note|off}, {@code <rule>} with '_' for '-'. */
  private static void lint(
      String key, String value, Map<String, Severity> severities, List<Problem> problems) {
    Map<String, Message> rules = lintKeys();
    Message message = rules.get(key);
    Optional<Severity> severity = Severity.parse(value);
    if (message == null) {
      String rule = key.substring(Option.LINT_PREFIX.length()).replace('_', '-');
      Message fixed = rulesByKey().get(rule);
      if (fixed != null) {
        problems.add(new Problem(Message.FIXED_SEVERITY, key + "=" + value, fixed.rule()));
      } else {
        problems.add(new Problem(Message.UNKNOWN_OPTION, key, lintKeyList(key, rules)));
      }
    } else if (severity.isEmpty()) {
      problems.add(
          new Problem(
              Message.INVALID_OPTION_VALUE,
              key + "=" + value,
              "\""
                  + value
                  + "\" is no severity, so "
                  + message.rule()
                  + " keeps its default, "
                  + message.defaultSeverity().optionValue(),
              String.join(", ", Option.LINT.accepted())));
    } else {
      severities.put(message.rule(), severity.get());
    }
  }

  /**
   * The {@code toolwright.lint.*} key a mistyped one meant ({@code unboundedInput}, {@code
   * UNBOUNDED_INPUT}), or else every such key.
   */
  private static String lintKeyList(String key, Map<String, Message> rules) {
    String wanted = squash(key);
    for (String known : rules.keySet()) {
      if (squash(known).equals(wanted)) {
        return "-A" + known;
      }
    }
    return rules.keySet().stream().map(k -> "-A" + k).collect(Collectors.joining(", "));
  }

  private static String squash(String key) {
    return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /** The {@code toolwright.lint.*} key of every rule an option may change, in Message order. */
  private static Map<String, Message> lintKeys() {
    Map<String, Message> keys = new LinkedHashMap<>();
    for (Message message : Message.values()) {
      if (message.configurable()) {
        keys.putIfAbsent(Option.lintKey(message.rule()), message);
      }
    }
    return keys;
  }

  private static void number(
      Option option, String value, Map<Option, String> values, List<Problem> problems) {
    try {
      int number = Integer.parseInt(value);
      if (number >= 0) {
        values.put(option, Integer.toString(number));
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem(
            Message.INVALID_OPTION_VALUE,
            option.key() + "=" + value,
            "\""
                + value
                + "\" is not a whole number of 0 or more, so its default, "
                + option.defaultValue()
                + ", applies",
            option == Option.TOOLS_ALIKE_THRESHOLD
                ? "a similarity in hundredths, e.g. 90"
                : option == Option.MCP_PREFIX
                    ? "a number of characters, e.g. 24"
                    : "a number of tokens, e.g. 1000; 0 for no budget"));
  }

  /** {@code all}, {@code none}, or dialect keys separated by commas; unknown keys are skipped. */
  private static Set<Dialect> dialects(String value, List<Problem> problems) {
    String list = value.toLowerCase(Locale.ROOT);
    if (list.equals("all")) {
      return EnumSet.allOf(Dialect.class);
    }
    Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
    if (list.equals("none")) {
      return dialects;
    }
    String keys =
        Arrays.stream(Dialect.values()).map(Dialect::key).collect(Collectors.joining(", "));
    for (String entry : list.split(",")) {
      String key = entry.trim();
      if (key.isEmpty()) {
        continue;
      }
      try {
        dialects.add(Dialect.forKey(key));
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem(
                Message.INVALID_OPTION_VALUE,
                Option.DIALECTS.key() + "=" + value,
                "Toolwright has no dialect \"" + key + "\", so the entry is ignored",
                "all, none, or a list of: " + keys));
      }
    }
    return dialects;
  }

  private static Option byKey(String key) {
    for (Option option : Option.values()) {
      if (option.key().equals(key)) {
        return option;
      }
    }
    return null;
  }

  /** The first constant of each rule key: constants sharing a key share their severity. */
  private static Map<String, Message> rulesByKey() {
    Map<String, Message> rules = new HashMap<>();
    for (Message message : Message.values()) {
      rules.putIfAbsent(message.rule(), message);
    }
    return rules;
  }

  private static String known() {
    return Stream.of(Option.values())
        .map(option -> "-A" + option.key())
        .collect(Collectors.joining(", "));
  }
}
