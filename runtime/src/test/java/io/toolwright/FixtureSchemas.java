package io.toolwright;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The fixtures' schemas and constraints ({@link BillingTools}, {@link FaultyTools}) written out a
 * second time, by hand and without {@link StructuralValidator}, {@code JsonReaders} or Bean
 * Validation, as an oracle for fuzzing: a call that succeeded must have had arguments this accepts.
 *
 * <p>Only necessary conditions: {@code @PastOrPresent} with a day's slack for time zones. Lengths
 * are in code points and blank is ECMA-262's {@code \s}, as the schema keywords have them.
 */
final class FixtureSchemas {

  private static final Pattern INVOICE_ID = Pattern.compile("INV-[0-9]{4}");
  private static final BigDecimal CENT = new BigDecimal("0.01");
  // ECMA-262 WhiteSpace and LineTerminator: TAB, VT, FF, Zs (SP and NBSP among them), ZWNBSP, LF,
  // CR, LS, PS.
  private static final Pattern BLANK =
      Pattern.compile("[\\t\\x0B\\f\\p{Zs}\\uFEFF\\n\\r\\u2028\\u2029]*");

  private FixtureSchemas() {}

  /**
   * Why {@code tool} must reject {@code args}, or {@code null} when nothing here says it must.
   *
   * @param args a JSON object
   */
  static String problem(String tool, JsonNode args) {
    switch (tool) {
      case "get_balance":
        return firstOf(
            only(args, "accountId"),
            requiredString(args, "accountId", 1, 20));
      case "find_invoices":
        return findInvoices(args);
      case "refund_invoice":
        return refund(args);
      case "ping":
        return only(args);
      case "statement":
        return statement(args);
      case "fail":
        return firstOf(
            only(args, "kind"),
            present(args, "kind") && args.get("kind").isString()
                    && List.of("null", "time", "sleep").contains(args.get("kind").stringValue())
                ? null
                : "kind: only \"null\", \"time\" and \"sleep\" return normally");
      case "fragile":
        return fragile(args);
      case "misconfigured":
        return "misconfigured: its constraint cannot be applied, so it never runs";
      case "broken_dispatcher":
        return "broken_dispatcher: its dispatcher throws, so it never runs";
      default:
        return "no tool named " + tool;
    }
  }

  private static String findInvoices(JsonNode args) {
    String problem =
        firstOf(
            only(args, "filter", "limit", "tags", "weights", "note"),
            args.has("note") ? null : "note: required",
            present(args, "note") && !args.get("note").isString() ? "note: a string or null" : null,
            present(args, "filter") ? null : "filter: required",
            present(args, "limit") ? integer(args.get("limit"), "limit", 1, 100) : null);
    if (problem != null) {
      return problem;
    }
    JsonNode filter = args.get("filter");
    problem =
        firstOf(
            filter.isObject() ? null : "filter: an object",
            filter.isObject() ? only(filter, "status", "from", "to") : null,
            filter.isObject() ? allowed(filter, "status", "open", "paid", "void") : null);
    if (problem != null) {
      return problem;
    }
    if (present(filter, "from")) {
      LocalDate from = date(filter.get("from"));
      if (from == null) {
        return "filter/from: a date";
      }
      if (from.isAfter(LocalDate.now().plusDays(1))) {
        return "filter/from: not in the future";
      }
    }
    if (present(filter, "to") && date(filter.get("to")) == null) {
      return "filter/to: a date";
    }
    if (present(args, "tags")) {
      JsonNode tags = args.get("tags");
      if (!tags.isArray()) {
        return "tags: an array";
      }
      Set<String> seen = new HashSet<>();
      for (JsonNode tag : tags) {
        if (!tag.isString() || codePoints(tag.stringValue()) > 10) {
          return "tags: strings of at most 10 characters";
        }
        if (!seen.add(tag.stringValue())) {
          return "tags: unique";
        }
      }
    }
    if (present(args, "weights")) {
      JsonNode weights = args.get("weights");
      if (!weights.isObject()) {
        return "weights: an object";
      }
      for (Map.Entry<String, JsonNode> weight : weights.properties()) {
        String bad = integer(weight.getValue(), "weights/" + weight.getKey(), 0, Integer.MAX_VALUE);
        if (bad != null) {
          return bad;
        }
      }
    }
    return null;
  }

  private static String refund(JsonNode args) {
    String problem =
        firstOf(
            only(args, "invoiceId", "amount", "reason", "lines"),
            present(args, "invoiceId")
                    && args.get("invoiceId").isString()
                    && INVOICE_ID.matcher(args.get("invoiceId").stringValue()).matches()
                ? null
                : "invoiceId: INV- and four digits",
            present(args, "amount")
                    && args.get("amount").isNumber()
                    && args.get("amount").decimalValue().compareTo(CENT) >= 0
                ? null
                : "amount: a number of at least 0.01",
            allowed(args, "reason", "duplicate", "fraudulent", "requested_by_customer"),
            present(args, "lines") && args.get("lines").isArray() && !args.get("lines").isEmpty()
                ? null
                : "lines: a non-empty array");
    if (problem != null) {
      return problem;
    }
    for (JsonNode line : args.get("lines")) {
      problem =
          firstOf(
              line.isObject() ? null : "lines: objects",
              line.isObject() ? only(line, "sku", "quantity") : null,
              line.isObject() ? requiredString(line, "sku", 1, Integer.MAX_VALUE) : null,
              line.isObject()
                  ? present(line, "quantity")
                      ? integer(line.get("quantity"), "quantity", 1, Integer.MAX_VALUE)
                      : "quantity: required"
                  : null);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String fragile(JsonNode args) {
    String problem =
        firstOf(
            only(args, "n"),
            present(args, "n") ? integer(args.get("n"), "n", 0, Integer.MAX_VALUE) : "n: required");
    if (problem != null) {
      return problem;
    }
    return FaultyTools.REFUSED.contains(args.get("n").decimalValue().intValue())
        ? "n: refused by the arguments' own code"
        : null;
  }

  private static String statement(JsonNode args) {
    String problem = only(args, "from", "to");
    if (problem != null) {
      return problem;
    }
    LocalDate from = present(args, "from") ? date(args.get("from")) : null;
    LocalDate to = present(args, "to") ? date(args.get("to")) : null;
    if (from == null || to == null) {
      return "from and to: dates";
    }
    return from.isAfter(to) ? "from: not after to" : null;
  }

  // ---- building blocks

  /** Every property is one of {@code allowed}, whatever its value (closed objects). */
  private static String only(JsonNode object, String... allowed) {
    List<String> names = List.of(allowed);
    for (String name : object.propertyNames()) {
      if (!names.contains(name)) {
        return "unknown property " + name;
      }
    }
    return null;
  }

  /** Present and not null: a null optional property counts as absent. */
  private static boolean present(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value != null && !value.isNull();
  }

  private static String requiredString(JsonNode object, String name, int min, int max) {
    JsonNode value = object.get(name);
    if (value == null || !value.isString()) {
      return name + ": a string";
    }
    String text = value.stringValue();
    if (BLANK.matcher(text).matches() || codePoints(text) < min || codePoints(text) > max) {
      return name + ": not blank, " + min + " to " + max + " characters";
    }
    return null;
  }

  private static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String allowed(JsonNode object, String name, String... values) {
    JsonNode value = object.get(name);
    return value != null && value.isString() && List.of(values).contains(value.stringValue())
        ? null
        : name + ": one of " + List.of(values);
  }

  /** An integral number (2.0 counts, JSON Schema says) in {@code [min, max]}. */
  private static String integer(JsonNode value, String name, long min, long max) {
    if (!value.isNumber()) {
      return name + ": a number";
    }
    BigDecimal number = value.decimalValue();
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      return name + ": an integer";
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      return name + ": between " + min + " and " + max;
    }
    return null;
  }

  private static LocalDate date(JsonNode value) {
    if (!value.isString()) {
      return null;
    }
    try {
      return LocalDate.parse(value.stringValue());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstOf(String... problems) {
    for (String problem : problems) {
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }
}
