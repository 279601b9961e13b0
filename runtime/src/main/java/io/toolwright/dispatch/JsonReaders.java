package io.toolwright.dispatch;

import io.toolwright.Excerpts;
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
 * takes the node (possibly {@code null} when the property is absent) and its JSON pointer, and throws
 * {@link ArgumentException} naming that pointer when the value cannot be converted.
 *
 * <p>Generated code calls these after the structural check, so types already match the schema;
 * what remains are the checks a schema type cannot make, such as an {@code int} overflowing or
 * {@code 2025-02-30}. Public for generated code only; not a stable API.
 */
public final class JsonReaders {

  /** Reads one value at a pointer. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonNode node, String pointer);
  }

  private JsonReaders() {}

  /** Whether the property is absent or JSON {@code null}. */
  public static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /** The pointer of property {@code name} under {@code pointer}, escaped per RFC 6901. */
  public static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of array element {@code index} under {@code pointer}. */
  public static String index(String pointer, int index) {
    return pointer + "/" + index;
  }

  public static String string(JsonNode node, String pointer) {
    if (node == null || !node.isString()) {
      throw mismatch(node, pointer, "a string");
    }
    return node.stringValue();
  }

  public static char character(JsonNode node, String pointer) {
    String text = string(node, pointer);
    if (text.length() != 1) {
      throw mismatch(node, pointer, "a string of exactly one character");
    }
    return text.charAt(0);
  }

  public static boolean bool(JsonNode node, String pointer) {
    if (node == null || !node.isBoolean()) {
      throw mismatch(node, pointer, "true or false");
    }
    return node.booleanValue();
  }

  public static byte byteValue(JsonNode node, String pointer) {
    return (byte) integral(node, pointer, Byte.MIN_VALUE, Byte.MAX_VALUE, "an integer from -128 to 127");
  }

  public static short shortValue(JsonNode node, String pointer) {
    return (short)
        integral(node, pointer, Short.MIN_VALUE, Short.MAX_VALUE, "an integer from -32768 to 32767");
  }

  public static int intValue(JsonNode node, String pointer) {
    return (int)
        integral(
            node,
            pointer,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            "an integer from -2147483648 to 2147483647");
  }

  public static long longValue(JsonNode node, String pointer) {
    return integral(
        node, pointer, Long.MIN_VALUE, Long.MAX_VALUE, "an integer that fits in 64 bits");
  }

  public static float floatValue(JsonNode node, String pointer) {
    double value = doubleValue(node, pointer);
    if (Math.abs(value) > Float.MAX_VALUE) {
      throw mismatch(node, pointer, "a number within the range of a 32-bit float");
    }
    return (float) value;
  }

  public static double doubleValue(JsonNode node, String pointer) {
    if (node == null || !node.isNumber()) {
      throw mismatch(node, pointer, "a number");
    }
    double value = node.doubleValue();
    if (Double.isInfinite(value)) {
      throw mismatch(node, pointer, "a number within the range of a 64-bit double");
    }
    return value;
  }

  public static BigDecimal bigDecimal(JsonNode node, String pointer) {
    if (node == null || !node.isNumber()) {
      throw mismatch(node, pointer, "a number");
    }
    return node.decimalValue();
  }

  public static BigInteger bigInteger(JsonNode node, String pointer) {
    BigDecimal value = bigDecimal(node, pointer);
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException notWhole) {
      throw mismatch(node, pointer, "a whole number");
    }
  }

  public static UUID uuid(JsonNode node, String pointer) {
    String text = string(node, pointer);
    try {
      UUID value = UUID.fromString(text);
      // UUID.fromString accepts short groups such as "1-2-3-4-5"; only the canonical form is valid.
      if (value.toString().equalsIgnoreCase(text)) {
        return value;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    throw mismatch(node, pointer, "a UUID such as 123e4567-e89b-12d3-a456-426614174000");
  }

  public static URI uri(JsonNode node, String pointer) {
    String text = string(node, pointer);
    try {
      URI value = new URI(text);
      if (value.isAbsolute()) {
        return value;
      }
    } catch (URISyntaxException ignored) {
      // reported below
    }
    throw mismatch(node, pointer, "an absolute URI such as https://example.com/path");
  }

  public static Instant instant(JsonNode node, String pointer) {
    return time(node, pointer, Instant::parse, "a date-time such as 2025-01-31T09:30:00Z");
  }

  public static OffsetDateTime offsetDateTime(JsonNode node, String pointer) {
    return time(
        node, pointer, OffsetDateTime::parse, "a date-time such as 2025-01-31T09:30:00+01:00");
  }

  public static ZonedDateTime zonedDateTime(JsonNode node, String pointer) {
    return time(
        node, pointer, ZonedDateTime::parse, "a date-time such as 2025-01-31T09:30:00+01:00");
  }

  public static LocalDate localDate(JsonNode node, String pointer) {
    return time(node, pointer, LocalDate::parse, "a date such as 2025-01-31");
  }

  public static LocalDateTime localDateTime(JsonNode node, String pointer) {
    return time(node, pointer, LocalDateTime::parse, "a local date-time such as 2025-01-31T09:30:00");
  }

  public static LocalTime localTime(JsonNode node, String pointer) {
    return time(node, pointer, LocalTime::parse, "a local time such as 09:30:00");
  }

  public static OffsetTime offsetTime(JsonNode node, String pointer) {
    return time(node, pointer, OffsetTime::parse, "a time such as 09:30:00+01:00");
  }

  public static Duration duration(JsonNode node, String pointer) {
    return time(node, pointer, Duration::parse, "an ISO-8601 duration such as PT15M");
  }

  public static Period period(JsonNode node, String pointer) {
    return time(node, pointer, Period::parse, "an ISO-8601 period such as P1Y2M3D");
  }

  public static Year year(JsonNode node, String pointer) {
    return time(node, pointer, Year::parse, "a year such as 2025");
  }

  public static YearMonth yearMonth(JsonNode node, String pointer) {
    return time(node, pointer, YearMonth::parse, "a year and month such as 2025-01");
  }

  /** The constant whose {@code name()} equals the string. */
  public static <E extends Enum<E>> E enumConstant(JsonNode node, String pointer, E[] constants) {
    String text = string(node, pointer);
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    throw mismatch(node, pointer, "one of " + names);
  }

  /** A string that must be one of {@code allowed} (an {@code @Enum} parameter). */
  public static String allowedString(JsonNode node, String pointer, List<String> allowed) {
    String text = string(node, pointer);
    if (!allowed.contains(text)) {
      throw mismatch(node, pointer, "one of " + allowed);
    }
    return text;
  }

  public static <T> Optional<T> optional(JsonNode node, String pointer, Reader<T> value) {
    return isAbsent(node) ? Optional.empty() : Optional.of(value.read(node, pointer));
  }

  /** {@code null} when absent, else the value; for {@code @Nullable} and optional properties. */
  public static <T> T nullable(JsonNode node, String pointer, Reader<T> value) {
    return isAbsent(node) ? null : value.read(node, pointer);
  }

  public static <T> List<T> list(JsonNode node, String pointer, Reader<T> element) {
    requireArray(node, pointer);
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(element.read(node.get(i), index(pointer, i)));
    }
    return Collections.unmodifiableList(values);
  }

  /** A set in the model's order; a repeated element is an error, not silently dropped. */
  public static <T> Set<T> set(JsonNode node, String pointer, Reader<T> element) {
    requireArray(node, pointer);
    Set<T> values = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      if (!values.add(element.read(node.get(i), index(pointer, i)))) {
        throw mismatch(node.get(i), index(pointer, i), "no repeated values in this list");
      }
    }
    return Collections.unmodifiableSet(values);
  }

  public static <T> Map<String, T> map(JsonNode node, String pointer, Reader<T> value) {
    if (node == null || !node.isObject()) {
      throw mismatch(node, pointer, "an object");
    }
    Map<String, T> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      values.put(entry.getKey(), value.read(entry.getValue(), child(pointer, entry.getKey())));
    }
    return Collections.unmodifiableMap(values);
  }

  public static <T> T[] array(
      JsonNode node, String pointer, Reader<T> element, IntFunction<T[]> newArray) {
    return list(node, pointer, element).toArray(newArray.apply(0));
  }

  public static int[] intArray(JsonNode node, String pointer) {
    requireArray(node, pointer);
    int[] values = new int[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = intValue(node.get(i), index(pointer, i));
    }
    return values;
  }

  public static long[] longArray(JsonNode node, String pointer) {
    requireArray(node, pointer);
    long[] values = new long[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = longValue(node.get(i), index(pointer, i));
    }
    return values;
  }

  public static double[] doubleArray(JsonNode node, String pointer) {
    requireArray(node, pointer);
    double[] values = new double[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = doubleValue(node.get(i), index(pointer, i));
    }
    return values;
  }

  public static boolean[] booleanArray(JsonNode node, String pointer) {
    requireArray(node, pointer);
    boolean[] values = new boolean[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = bool(node.get(i), index(pointer, i));
    }
    return values;
  }

  /**
   * A bounded, single-line excerpt of a value for error messages: compact JSON cut after {@value
   * io.toolwright.Excerpts#LIMIT} characters with a trailing {@code …}, invisible and
   * line-breaking characters escaped; {@code null} when absent. See {@link
   * io.toolwright.Excerpts#of}.
   */
  public static String excerpt(JsonNode node) {
    return Excerpts.of(node);
  }

  private static long integral(JsonNode node, String pointer, long min, long max, String expected) {
    if (node == null || !node.isNumber()) {
      throw mismatch(node, pointer, expected);
    }
    BigDecimal value = node.decimalValue();
    try {
      BigInteger whole = value.toBigIntegerExact();
      if (whole.compareTo(BigInteger.valueOf(min)) >= 0
          && whole.compareTo(BigInteger.valueOf(max)) <= 0) {
        return whole.longValue();
      }
    } catch (ArithmeticException notWhole) {
      // reported below
    }
    throw mismatch(node, pointer, expected);
  }

  private static <T> T time(
      JsonNode node, String pointer, Function<String, T> parse, String expected) {
    String text = string(node, pointer);
    try {
      return parse.apply(text);
    } catch (DateTimeException | ArithmeticException e) {
      throw mismatch(node, pointer, expected);
    }
  }

  private static void requireArray(JsonNode node, String pointer) {
    if (node == null || !node.isArray()) {
      throw mismatch(node, pointer, "an array");
    }
  }

  private static ArgumentException mismatch(JsonNode node, String pointer, String expected) {
    return new ArgumentException(pointer, expected, excerpt(node));
  }
}
