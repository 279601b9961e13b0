package io.toolwright.processor.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.dispatch.ScalarPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI model reads a tool as harmony's text, where no constraint keyword appears: every
 * constraint of a golden tool's canonical schema must be said in the description that text shows
 * for the property holding it (for an array's items or a map's values, the container's). Each
 * keyword is looked for by its value, in the words a sentence gives it ({@code "at least 5"},
 * {@code "A multiple of 0.01"}), so the test fails when a keyword is left unsaid.
 */
class HarmonyConstraintVisibilityTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final List<String> GOLDEN =
      List.of(
          "golden/billing/billing.BillingService.json",
          "golden/matrix/matrix.TypeMatrix.json",
          "golden/constraints/constraints.Constraints.json");

  private static final List<String> OPENAI =
      List.of("openai-chat", "openai-chat-strict", "openai-responses", "openai-responses-strict");

  /** Bounds that only restate a Java type's range: the lean rules leave them unsaid. */
  private static final List<BigDecimal> TYPE_RANGES =
      List.of(
          new BigDecimal("-2147483648"),
          new BigDecimal("2147483647"),
          new BigDecimal("-9223372036854775809"),
          new BigDecimal("9223372036854775808"),
          new BigDecimal("-3.4028235E38"),
          new BigDecimal("3.4028235E38"),
          new BigDecimal("-1.7976931348623157E308"),
          new BigDecimal("1.7976931348623157E308"));

  /** A type's pattern by what its sentence names. */
  private static final Map<String, String> TYPE_PATTERNS =
      Map.of(
          ScalarPattern.CHAR.regex(), "U+FFFF",
          ScalarPattern.DATE_TIME.regex(), "date-time",
          ScalarPattern.DATE.regex(), "date",
          ScalarPattern.TIME.regex(), "time",
          ScalarPattern.LOCAL_TIME.regex(), "local time",
          ScalarPattern.LOCAL_DATE_TIME.regex(), "local date-time",
          ScalarPattern.DURATION.regex(), "duration",
          ScalarPattern.PERIOD.regex(), "period",
          ScalarPattern.YEAR.regex(), "year",
          ScalarPattern.YEAR_MONTH.regex(), "year and month");

  /** What was checked, so that the test cannot pass by finding nothing. */
  private int checked;

  @Test
  void everyConstraintOfEveryGoldenToolIsInTheTextAnOpenAiModelReads() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String file : GOLDEN) {
      JsonNode golden =
          JSON.readTree(
              Files.readString(Path.of("src/test/resources", file), StandardCharsets.UTF_8));
      for (JsonNode tool : golden.get("tools")) {
        for (String dialect : OPENAI) {
          // A tool the dialect rejects (a map in a strict one) has no rendering.
          JsonNode rendered = tool.get("renderings").get(dialect);
          if (rendered == null) {
            continue;
          }
          String text = HarmonyToolsText.function(rendered);
          JsonNode shown =
              HarmonySchemaRewriter.rewrite(
                  HarmonyToolsText.functionOf(rendered).get("parameters"));
          JsonNode canonical = tool.get("schema");
          String where = file + " " + tool.get("name").asString() + " " + dialect;
          visitObject(canonical, canonical, shown, text, where, new HashSet<>(), failures);
        }
      }
    }
    assertThat(failures).isEmpty();
    // 3 files, 4 dialects: well over a hundred constraints each time.
    assertThat(checked).isGreaterThan(400);
  }

  /** The properties of a canonical object, each checked against its shown schema. */
  private void visitObject(
      JsonNode root,
      JsonNode object,
      JsonNode shown,
      String text,
      String where,
      Set<String> expanding,
      List<String> failures) {
    JsonNode properties = resolve(root, object, expanding).get("properties");
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode shownProperty =
          shown == null ? null : shown.path("properties").get(property.getKey());
      String at = where + " /" + property.getKey();
      if (shownProperty == null) {
        failures.add(at + ": not in the rendering");
        continue;
      }
      String description =
          shownProperty.has("description") ? shownProperty.get("description").asString() : "";
      if (!description.isEmpty() && !text.contains("// " + description + "\n")) {
        failures.add(at + ": description not in the text: " + description);
      }
      visitValue(
          root,
          property.getValue(),
          shownProperty,
          description,
          text,
          at,
          expanding,
          true,
          failures);
    }
  }

  /**
   * One canonical schema, whose constraints must be in {@code description}; an array's items and a
   * map's values are said there too, unless they are objects, whose properties say their own.
   */
  private void visitValue(
      JsonNode root,
      JsonNode canonical,
      JsonNode shown,
      String description,
      String text,
      String at,
      Set<String> expanding,
      boolean objectsShown,
      List<String> failures) {
    String ref = canonical.has("$ref") ? canonical.get("$ref").asString() : null;
    if (ref != null && expanding.contains(ref)) {
      return;
    }
    Set<String> inner = new HashSet<>(expanding);
    if (ref != null) {
      inner.add(ref);
    }
    JsonNode schema = resolve(root, canonical, inner);
    for (JsonNode member : schema.path("anyOf")) {
      if (!"null".equals(member.path("type").asString(""))) {
        visitValue(root, member, shown, description, text, at, inner, objectsShown, failures);
      }
    }
    if (schema.has("properties")) {
      // Harmony shows nothing of a map's values: an object there is a gap of its own, beyond
      // constraints (see docs/tokens.md).
      if (objectsShown) {
        visitObject(root, schema, shown, text, at, inner, failures);
      }
      return;
    }
    for (String missing : unsaid(schema, description)) {
      failures.add(at + ": " + missing + " not said in \"" + description + "\"");
    }
    for (String element : List.of("items", "additionalProperties")) {
      JsonNode child = schema.get(element);
      if (child != null && child.isObject()) {
        visitValue(
            root,
            child,
            shown.get(element),
            description,
            text,
            at + "/" + element,
            inner,
            objectsShown && element.equals("items"),
            failures);
      }
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema, Set<String> expanding) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? schema : root.at(ref.asString().substring(1));
  }

  /** The constraint keywords of {@code schema} that {@code description} does not say. */
  private List<String> unsaid(JsonNode schema, String description) {
    List<String> missing = new ArrayList<>();
    boolean integer = "integer".equals(typeOf(schema));
    List<String> values = new ArrayList<>();
    schema.path("enum").forEach(value -> values.add(value.asString("")));
    String pattern = schema.has("pattern") ? schema.get("pattern").asString() : null;
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      String name = keyword.getKey();
      JsonNode value = keyword.getValue();
      boolean said =
          switch (name) {
            case "minimum", "maximum" ->
                typeRange(value.decimalValue()) || saysNumber(description, value.decimalValue());
            case "exclusiveMinimum", "exclusiveMaximum" -> {
              BigDecimal bound = value.decimalValue();
              if (typeRange(bound)) {
                yield true;
              }
              if (integer) {
                // The lean rules make it the inclusive bound it equals.
                BigDecimal inclusive =
                    name.equals("exclusiveMinimum")
                        ? bound.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                        : bound.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
                yield saysNumber(description, inclusive);
              }
              String words = name.equals("exclusiveMinimum") ? "Greater than " : "Less than ";
              yield description.contains(words + plain(bound) + ".");
            }
            case "multipleOf" ->
                description.contains("A multiple of " + plain(value.decimalValue()));
            case "minLength", "maxLength" -> {
              int n = value.intValue();
              if (name.equals("minLength") && n == 1 && pattern != null) {
                yield true; // implied by a pattern that cannot match the empty string
              }
              yield values.stream()
                          .allMatch(
                              v -> name.equals("minLength") ? v.length() >= n : v.length() <= n)
                      && !values.isEmpty()
                  || saysCount(description, n, "character");
            }
            case "pattern" -> saysPattern(description, value.asString(), values);
            case "format" -> saysFormat(description, value.asString());
            case "minItems", "maxItems" -> saysCount(description, value.intValue(), "item");
            case "uniqueItems" ->
                !value.asBoolean() || description.contains("Items must be unique.");
            case "minProperties", "maxProperties" ->
                saysCount(description, value.intValue(), "entr");
            case "const" -> description.contains("Must be " + value.asBoolean() + ".");
            default -> true;
          };
      if (isConstraint(name)) {
        checked++;
      }
      if (!said) {
        missing.add(name + " " + value);
      }
    }
    return missing;
  }

  private static boolean isConstraint(String keyword) {
    return Set.of(
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "minLength",
            "maxLength",
            "pattern",
            "format",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minProperties",
            "maxProperties",
            "const")
        .contains(keyword);
  }

  private static boolean typeRange(BigDecimal bound) {
    return TYPE_RANGES.stream().anyMatch(range -> range.compareTo(bound) == 0);
  }

  private static String typeOf(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      return type.get(0).asString();
    }
    return type == null ? "" : type.asString();
  }

  /** A bound in a sentence: "At least 5.", "From 1 to 100.", "At most -1." */
  private static boolean saysNumber(String description, BigDecimal value) {
    return Pattern.compile("(?:least|most|From|to) " + Pattern.quote(plain(value)) + "[ .]")
        .matcher(description)
        .find();
  }

  /** A count in a sentence: "At most 3 items.", "From 2 to 10 characters.", "Exactly 1 item." */
  private static boolean saysCount(String description, int n, String unit) {
    return Pattern.compile(
            "(?:least|most|From|to|Exactly) " + n + " (?:" + unit + "|to \\d+ " + unit + ")")
        .matcher(description)
        .find();
  }

  private static boolean saysPattern(String description, String pattern, List<String> values) {
    if (!values.isEmpty()
        && values.stream().allMatch(v -> Pattern.compile(pattern).matcher(v).find())) {
      return true;
    }
    if (pattern.equals("\\S")) {
      return description.contains("Must not be blank.");
    }
    String name = TYPE_PATTERNS.get(pattern);
    if (name != null) {
      return description.contains(name);
    }
    // @Pattern's ^(?:r)$ may read as ^r$.
    String unwrapped =
        pattern.startsWith("^(?:") && pattern.endsWith(")$")
            ? "^" + pattern.substring(4, pattern.length() - 2) + "$"
            : pattern;
    return description.contains("Must match /" + pattern + "/.")
        || description.contains("Must match /" + unwrapped + "/.");
  }

  private static boolean saysFormat(String description, String format) {
    if (Set.of("int32", "int64", "float", "double").contains(format)) {
      return true; // the type says it
    }
    String name = format.equals("hostname") ? "host name" : format;
    return description.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
