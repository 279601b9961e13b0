package io.toolwright.dispatch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;

/**
 * Converts JSON values to Java values for generated dispatchers, without reflection. Every method
 * takes the node (possibly {@code null} when the property is absent), its JSON pointer and the
 * call's {@link Problems}; when the value cannot be converted it records a problem naming that
 * pointer and returns a placeholder ({@code null}, {@code 0}, {@code false}), so that conversion
 * goes on and every problem of a call is reported at once. Containers read every element, each at
 * its own pointer.
 *
 * <p>Generated code calls these after the structural check, so types usually match the schema;
 * what remains are the checks a schema type cannot make, such as an {@code int} overflowing or
 * {@code 2025-02-30}. They accept any tree, though: the executor also converts a call that failed
 * the structural check, to report the problems only conversion finds in the same answer. Public for
 * generated code only; not a stable API.
 *
 * <p>Numbers are read from their exact decimal value, never through Jackson's {@code doubleValue()}
 * (which throws for {@code 1e309}). A {@code float} or {@code double} is the nearest binary value
 * to it, so a magnitude below the smallest subnormal ({@code 1e-400}) becomes zero, keeping its
 * sign; JSON {@code -0.0} arrives as an exact decimal, which has no negative zero, and becomes
 * {@code 0.0}. A magnitude beyond the type's largest finite value ({@code 1.7976931348623157E308},
 * {@code 3.4028235E38}) is a problem, not infinity.
 */
@ForGeneratedCode
public final class JsonReaders {

  /** Reads one value at a pointer; records a problem and returns a placeholder when it cannot. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonNode node, String pointer, Problems problems);
  }

  /**
   * The largest magnitudes a {@code double} and a {@code float} accept: the shortest decimals that
   * round to the types' largest finite values, so that a schema can state the same bound exactly
   * (a JSON Schema validator compares decimals, not what they round to). The processor writes
   * them into the schema. Literals, equal to {@code Double.toString(Double.MAX_VALUE)} and {@code
   * Float.toString(Float.MAX_VALUE)} ({@code NumberReadersTest} checks): formatting a double costs
   * a cold JVM's first call a few milliseconds.
   */
  public static final BigDecimal DOUBLE_LIMIT = new BigDecimal("1.7976931348623157E308");

  public static final BigDecimal FLOAT_LIMIT = new BigDecimal("3.4028235E38");

  private JsonReaders() {}

  /** Whether the property is absent or JSON {@code null}. */
  public static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /** Whether the node is an object; records a problem at {@code pointer} when it is not. */
  public static boolean isObject(JsonNode node, String pointer, Problems problems) {
    if (node == null || !node.isObject()) {
      problems.add(pointer, "an object", node);
      return false;
    }
    return true;
  }

  /** The pointer of property {@code name} under {@code pointer}, escaped per RFC 6901. */
  public static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of array element {@code index} under {@code pointer}. */
  public static String index(String pointer, int index) {
    return pointer + "/" + index;
  }

  public static String string(JsonNode node, String pointer, Problems problems) {
    if (node == null || !node.isString()) {
      problems.add(pointer, "a string", node);
      return null;
    }
    return node.stringValue();
  }

  /** One character of the Basic Multilingual Plane: a {@code char} holds no emoji. */
  public static char character(JsonNode node, String pointer, Problems problems) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return 0;
    }
    if (!ScalarPattern.CHAR.matches(text)) {
      problems.add(pointer, "a string of one character from U+0000 to U+FFFF (no emoji)", node);
      return 0;
    }
    return text.charAt(0);
  }

  public static boolean bool(JsonNode node, String pointer, Problems problems) {
    if (node == null || !node.isBoolean()) {
      problems.add(pointer, "true or false", node);
      return false;
    }
    return node.booleanValue();
  }

  public static byte byteValue(JsonNode node, String pointer, Problems problems) {
    return (byte)
        integral(
            node, pointer, problems, Byte.MIN_VALUE, Byte.MAX_VALUE, "an integer from -128 to 127");
  }

  public static short shortValue(JsonNode node, String pointer, Problems problems) {
    return (short)
        integral(
            node,
            pointer,
            problems,
            Short.MIN_VALUE,
            Short.MAX_VALUE,
            "an integer from -32768 to 32767");
  }

  public static int intValue(JsonNode node, String pointer, Problems problems) {
    return (int)
        integral(
            node,
            pointer,
            problems,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            "an integer from -2147483648 to 2147483647");
  }

  public static long longValue(JsonNode node, String pointer, Problems problems) {
    return integral(
        node, pointer, problems, Long.MIN_VALUE, Long.MAX_VALUE, "an integer that fits in 64 bits");
  }

  public static float floatValue(JsonNode node, String pointer, Problems problems) {
    BigDecimal value = number(node, pointer, problems);
    if (value == null) {
      return 0;
    }
    if (value.abs().compareTo(FLOAT_LIMIT) > 0) {
      problems.add(pointer, "a number from -" + FLOAT_LIMIT + " to " + FLOAT_LIMIT, node);
      return 0;
    }
    return value.floatValue();
  }

  public static double doubleValue(JsonNode node, String pointer, Problems problems) {
    BigDecimal value = number(node, pointer, problems);
    if (value == null) {
      return 0;
    }
    if (value.abs().compareTo(DOUBLE_LIMIT) > 0) {
      problems.add(pointer, "a number from -" + DOUBLE_LIMIT + " to " + DOUBLE_LIMIT, node);
      return 0;
    }
    return value.doubleValue();
  }

  public static BigDecimal bigDecimal(JsonNode node, String pointer, Problems problems) {
    return number(node, pointer, problems);
  }

  public static BigInteger bigInteger(JsonNode node, String pointer, Problems problems) {
    BigDecimal value = number(node, pointer, problems);
    if (value == null) {
      return null;
    }
    if (!isWhole(value)) {
      problems.add(pointer, "a whole number", node);
      return null;
    }
    return value.toBigIntegerExact();
  }

  public static UUID uuid(JsonNode node, String pointer, Problems problems) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    try {
      UUID value = UUID.fromString(text);
      // UUID.fromString accepts short groups such as "1-2-3-4-5"; only the canonical form is valid.
      if (value.toString().equalsIgnoreCase(text)) {
        return value;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    problems.add(pointer, "a UUID such as 123e4567-e89b-12d3-a456-426614174000", node);
    return null;
  }

  public static URI uri(JsonNode node, String pointer, Problems problems) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    try {
      URI value = new URI(text);
      if (value.isAbsolute()) {
        return value;
      }
    } catch (URISyntaxException ignored) {
      // reported below
    }
    problems.add(pointer, "an absolute URI such as https://example.com/path", node);
    return null;
  }

  // Each java.time reader first checks the grammar the schema's pattern shows (ScalarPattern),
  // then lets java.time check the calendar: a parser alone accepts more than the schema (a year
  // +10000, seconds left out, a zone ID after the offset) and a schema alone more than the parser.

  public static Instant instant(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.DATE_TIME,
        Instant::parse,
        "a date-time such as 2025-01-31T09:30:00Z");
  }

  public static OffsetDateTime offsetDateTime(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.DATE_TIME,
        OffsetDateTime::parse,
        "a date-time such as 2025-01-31T09:30:00+01:00");
  }

  public static ZonedDateTime zonedDateTime(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.DATE_TIME,
        ZonedDateTime::parse,
        "a date-time such as 2025-01-31T09:30:00+01:00");
  }

  public static LocalDate localDate(JsonNode node, String pointer, Problems problems) {
    return time(
        node, pointer, problems, ScalarPattern.DATE, LocalDate::parse, "a date such as 2025-01-31");
  }

  public static LocalDateTime localDateTime(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.LOCAL_DATE_TIME,
        LocalDateTime::parse,
        "a local date-time such as 2025-01-31T09:30:00");
  }

  public static LocalTime localTime(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.LOCAL_TIME,
        LocalTime::parse,
        "a local time such as 09:30:00");
  }

  public static OffsetTime offsetTime(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.TIME,
        OffsetTime::parse,
        "a time such as 09:30:00+01:00");
  }

  public static Duration duration(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.DURATION,
        Duration::parse,
        "an ISO 8601 duration in days, hours, minutes and seconds, such as PT15M or P1DT2H");
  }

  public static Period period(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.PERIOD,
        Period::parse,
        "an ISO 8601 period in years, months, weeks and days, such as P1Y2M or P2W");
  }

  public static Year year(JsonNode node, String pointer, Problems problems) {
    return time(
        node, pointer, problems, ScalarPattern.YEAR, Year::parse, "a year such as 2025");
  }

  public static YearMonth yearMonth(JsonNode node, String pointer, Problems problems) {
    return time(
        node,
        pointer,
        problems,
        ScalarPattern.YEAR_MONTH,
        YearMonth::parse,
        "a year and month such as 2025-01");
  }

  /** The constant whose {@code name()} equals the string. */
  public static <E extends Enum<E>> E enumConstant(
      JsonNode node, String pointer, Problems problems, E[] constants) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    problems.add(pointer, "one of " + names, node);
    return null;
  }

  /** A string that must be one of {@code allowed} (an {@code @Enum} parameter). */
  public static String allowedString(
      JsonNode node, String pointer, Problems problems, List<String> allowed) {
    String text = string(node, pointer, problems);
    if (text != null && !allowed.contains(text)) {
      problems.add(pointer, "one of " + allowed, node);
      return null;
    }
    return text;
  }

  /** Empty when absent, else the value; empty too when the value could not be read. */
  public static <T> Optional<T> optional(
      JsonNode node, String pointer, Problems problems, Reader<T> value) {
    // A reader returns null only as the placeholder after recording a problem.
    return isAbsent(node)
        ? Optional.empty()
        : Optional.ofNullable(value.read(node, pointer, problems));
  }

  /**
   * {@code optional(node, pointer, problems, JsonReaders::string)}, the commonest optional, without
   * the method reference and the generic inference javac spends on it in generated code (since
   * {@link GeneratedApi} 5).
   */
  public static Optional<String> optionalString(JsonNode node, String pointer, Problems problems) {
    return isAbsent(node)
        ? Optional.empty()
        : Optional.ofNullable(string(node, pointer, problems));
  }

  /**
   * {@code list(node, pointer, problems, JsonReaders::string)}, the commonest list; see {@link
   * #optionalString} (since {@link GeneratedApi} 5).
   */
  public static List<String> stringList(JsonNode node, String pointer, Problems problems) {
    return list(node, pointer, problems, JsonReaders::string);
  }

  /** {@code null} when absent, else the value; for {@code @Nullable} and optional properties. */
  public static <T> T nullable(JsonNode node, String pointer, Problems problems, Reader<T> value) {
    return isAbsent(node) ? null : value.read(node, pointer, problems);
  }

  public static <T> List<T> list(
      JsonNode node, String pointer, Problems problems, Reader<T> element) {
    if (!isArray(node, pointer, problems)) {
      return null;
    }
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(element.read(node.get(i), index(pointer, i), problems));
    }
    return Collections.unmodifiableList(values);
  }

  /** A set in the model's order; a repeated element is a problem, not silently dropped. */
  public static <T> Set<T> set(
      JsonNode node, String pointer, Problems problems, Reader<T> element) {
    if (!isArray(node, pointer, problems)) {
      return null;
    }
    Set<T> values = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      int before = problems.count();
      T value = element.read(node.get(i), index(pointer, i), problems);
      // A placeholder is not a value, and two placeholders are not a repetition.
      if (problems.count() == before && !values.add(value)) {
        problems.add(index(pointer, i), "no repeated values in this list", node.get(i));
      }
    }
    return Collections.unmodifiableSet(values);
  }

  public static <T> Map<String, T> map(
      JsonNode node, String pointer, Problems problems, Reader<T> value) {
    if (node == null || !node.isObject()) {
      problems.add(pointer, "an object", node);
      return null;
    }
    Map<String, T> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      values.put(
          entry.getKey(), value.read(entry.getValue(), child(pointer, entry.getKey()), problems));
    }
    return Collections.unmodifiableMap(values);
  }

  public static <T> T[] array(
      JsonNode node,
      String pointer,
      Problems problems,
      Reader<T> element,
      IntFunction<T[]> newArray) {
    List<T> values = list(node, pointer, problems, element);
    return values == null ? null : values.toArray(newArray.apply(0));
  }

  public static int[] intArray(JsonNode node, String pointer, Problems problems) {
    if (!isArray(node, pointer, problems)) {
      return null;
    }
    int[] values = new int[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = intValue(node.get(i), index(pointer, i), problems);
    }
    return values;
  }

  public static long[] longArray(JsonNode node, String pointer, Problems problems) {
    if (!isArray(node, pointer, problems)) {
      return null;
    }
    long[] values = new long[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = longValue(node.get(i), index(pointer, i), problems);
    }
    return values;
  }

  public static double[] doubleArray(JsonNode node, String pointer, Problems problems) {
    if (!isArray(node, pointer, problems)) {
      return null;
    }
    double[] values = new double[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = doubleValue(node.get(i), index(pointer, i), problems);
    }
    return values;
  }

  public static boolean[] booleanArray(JsonNode node, String pointer, Problems problems) {
    if (!isArray(node, pointer, problems)) {
      return null;
    }
    boolean[] values = new boolean[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = bool(node.get(i), index(pointer, i), problems);
    }
    return values;
  }

  /**
   * A number's exact value, or {@code null} after recording a problem. Every number the parser
   * builds has one; a binary NaN or infinity, which only a tree built in code can hold, does not.
   */
  private static BigDecimal number(JsonNode node, String pointer, Problems problems) {
    if (node == null
        || !node.isNumber()
        || ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()))) {
      problems.add(pointer, "a number", node);
      return null;
    }
    return node.decimalValue();
  }

  private static long integral(
      JsonNode node, String pointer, Problems problems, long min, long max, String expected) {
    if (node == null || !node.isNumber()) {
      problems.add(pointer, expected, node);
      return 0;
    }
    BigDecimal value = number(node, pointer, problems);
    if (value == null) {
      return 0;
    }
    // The range is compared before any conversion: 1e1000 is a whole number, and expanding it
    // would build a thousand digits (more under a raised exponent limit) only to reject it.
    if (value.compareTo(BigDecimal.valueOf(min)) >= 0
        && value.compareTo(BigDecimal.valueOf(max)) <= 0
        && isWhole(value)) {
      return value.longValueExact();
    }
    problems.add(pointer, expected, node);
    return 0;
  }

  /** Whether a number has no fraction: {@code 2}, {@code 2.0} and {@code 1e3} do. */
  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static <T> T time(
      JsonNode node,
      String pointer,
      Problems problems,
      ScalarPattern grammar,
      Function<String, T> parse,
      String expected) {
    String text = string(node, pointer, problems);
    if (text == null) {
      return null;
    }
    if (grammar.matches(text)) {
      try {
        return parse.apply(text);
      } catch (DateTimeException | ArithmeticException e) {
        // reported below
      }
    }
    problems.add(pointer, expected, node);
    return null;
  }

  private static boolean isArray(JsonNode node, String pointer, Problems problems) {
    if (node == null || !node.isArray()) {
      problems.add(pointer, "an array", node);
      return false;
    }
    return true;
  }
}
