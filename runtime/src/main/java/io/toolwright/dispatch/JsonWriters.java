package io.toolwright.dispatch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;

/**
 * Writes Java values with a jackson-core {@link JsonGenerator} exactly as the registry's default
 * Jackson 3 mapper ({@code JsonMapper.builder().build()}) writes them, for the result writers the
 * processor generates: a generated tool's result is then written without building an {@code
 * ObjectMapper}, which costs a cold JVM more than the rest of its first call. Public for generated
 * code only; not a stable API.
 *
 * <p>There is one method per {@link JsonReaders} scalar method, of the same name, so that the
 * processor names both alike. {@code null} is written as JSON {@code null} everywhere, as Jackson
 * writes it by default. The java.time formats are Jackson 3's defaults ({@code
 * WRITE_DATES_AS_TIMESTAMPS} off): some follow {@code toString()}, the rest an ISO formatter that
 * always writes seconds ({@code LocalTime} {@code 10:15:00}, where {@code toString()} gives {@code
 * 10:15}); the byte-identity test in the runtime compares each with the mapper.
 */
@ForGeneratedCode
public final class JsonWriters {

  /** Writes one value, {@code null} included. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(JsonGenerator json, T value);
  }

  private JsonWriters() {}

  public static void bool(JsonGenerator json, Boolean value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeBoolean(value);
    }
  }

  /** Jackson writes a {@code byte} as the number it holds. */
  public static void byteValue(JsonGenerator json, Byte value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  public static void shortValue(JsonGenerator json, Short value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.shortValue());
    }
  }

  public static void intValue(JsonGenerator json, Integer value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  public static void longValue(JsonGenerator json, Long value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.longValue());
    }
  }

  /** NaN and the infinities as strings, as the generator writes them by default. */
  public static void floatValue(JsonGenerator json, Float value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.floatValue());
    }
  }

  public static void doubleValue(JsonGenerator json, Double value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.doubleValue());
    }
  }

  /** A {@code char} is a string of one character. */
  public static void character(JsonGenerator json, Character value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(String.valueOf(value.charValue()));
    }
  }

  public static void string(JsonGenerator json, String value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  /** In {@code toString()} notation ({@code 1E+3}): {@code WRITE_BIGDECIMAL_AS_PLAIN} is off. */
  public static void bigDecimal(JsonGenerator json, BigDecimal value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  public static void bigInteger(JsonGenerator json, BigInteger value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  public static void uuid(JsonGenerator json, UUID value) {
    text(json, value);
  }

  public static void uri(JsonGenerator json, URI value) {
    text(json, value);
  }

  public static void instant(JsonGenerator json, Instant value) {
    text(json, value);
  }

  public static void offsetDateTime(JsonGenerator json, OffsetDateTime value) {
    formatted(json, value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** With its offset, not its zone id ({@code WRITE_DATES_WITH_ZONE_ID} is off). */
  public static void zonedDateTime(JsonGenerator json, ZonedDateTime value) {
    formatted(json, value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  public static void localDate(JsonGenerator json, LocalDate value) {
    if (value == null || value.getYear() < 0 || value.getYear() > 9999) {
      text(json, value); // a sign and more digits: LocalDate's own rules
      return;
    }
    // What toString() gives for years 0 to 9999, yyyy-MM-dd, without its StringBuilder and String:
    // dates are in most results, and this is on every call that returns one.
    char[] text = new char[10];
    digits(text, 0, value.getYear(), 4);
    text[4] = '-';
    digits(text, 5, value.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, value.getDayOfMonth(), 2);
    json.writeString(text, 0, text.length);
  }

  /** {@code value} as {@code count} decimal digits, zero-padded, at {@code from}. */
  private static void digits(char[] text, int from, int value, int count) {
    for (int i = from + count - 1; i >= from; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  public static void localDateTime(JsonGenerator json, LocalDateTime value) {
    formatted(json, value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  public static void localTime(JsonGenerator json, LocalTime value) {
    formatted(json, value, DateTimeFormatter.ISO_LOCAL_TIME);
  }

  public static void offsetTime(JsonGenerator json, OffsetTime value) {
    text(json, value);
  }

  public static void duration(JsonGenerator json, Duration value) {
    text(json, value);
  }

  public static void period(JsonGenerator json, Period value) {
    text(json, value);
  }

  /** A number, not a string: Jackson writes a {@code Year} as its value. */
  public static void year(JsonGenerator json, Year value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.getValue());
    }
  }

  public static void yearMonth(JsonGenerator json, YearMonth value) {
    text(json, value);
  }

  /**
   * By {@code toString()}: Jackson 3 enables {@code WRITE_ENUMS_USING_TO_STRING} by default, which
   * is the constant's name unless the enum overrides it.
   */
  public static void enumValue(JsonGenerator json, Enum<?> value) {
    text(json, value);
  }

  /**
   * Whether {@code value} holds something to write; when it does not (empty or {@code null}),
   * writes {@code null}. With {@link #startArray}, {@link #startObject} and {@link #name}, the
   * non-generic helpers of {@link GeneratedApi} 6 writers, which write a container's items in a
   * loop of their own: the {@link Writer}-taking methods below need a lambda or method reference
   * per container, each a class a cold JVM spins on its first call.
   */
  public static boolean present(JsonGenerator json, Optional<?> value) {
    if (value == null || value.isEmpty()) {
      json.writeNull();
      return false;
    }
    return true;
  }

  /**
   * Starts the array of a list, set or collection and answers {@code true}; for {@code null},
   * writes {@code null} and answers {@code false}. The caller writes the items and ends the array.
   */
  public static boolean startArray(JsonGenerator json, Collection<?> values) {
    if (values == null) {
      json.writeNull();
      return false;
    }
    json.writeStartArray(values, values.size());
    return true;
  }

  /** As {@link #startArray(JsonGenerator, Collection)}, for an array of objects. */
  public static boolean startArray(JsonGenerator json, Object[] values) {
    if (values == null) {
      json.writeNull();
      return false;
    }
    json.writeStartArray(values, values.length);
    return true;
  }

  /**
   * Starts the object of a {@code Map<String, T>} and answers {@code true}; for {@code null},
   * writes {@code null} and answers {@code false}. The caller writes each entry ({@link #name},
   * then the value) in the map's iteration order and ends the object.
   */
  public static boolean startObject(JsonGenerator json, Map<String, ?> values) {
    if (values == null) {
      json.writeNull();
      return false;
    }
    json.writeStartObject(values, values.size());
    return true;
  }

  /** A map entry's key. A {@code null} key fails the write, as it fails Jackson's. */
  public static void name(JsonGenerator json, String name) {
    if (name == null) {
      throw new IllegalArgumentException("Null key for a Map not allowed in JSON");
    }
    json.writeName(name);
  }

  /** An empty (or {@code null}) {@code Optional} is {@code null}. */
  public static <T> void optional(JsonGenerator json, Optional<T> value, Writer<? super T> item) {
    if (value == null || value.isEmpty()) {
      json.writeNull();
    } else {
      item.write(json, value.get());
    }
  }

  /** A list, set or collection, in its iteration order. */
  public static <T> void items(
      JsonGenerator json, Collection<T> values, Writer<? super T> item) {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray(values, values.size());
    for (T value : values) {
      item.write(json, value);
    }
    json.writeEndArray();
  }

  public static <T> void array(JsonGenerator json, T[] values, Writer<? super T> item) {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray(values, values.length);
    for (T value : values) {
      item.write(json, value);
    }
    json.writeEndArray();
  }

  public static void array(JsonGenerator json, int[] values) {
    if (values == null) {
      json.writeNull();
    } else {
      json.writeArray(values, 0, values.length);
    }
  }

  public static void array(JsonGenerator json, long[] values) {
    if (values == null) {
      json.writeNull();
    } else {
      json.writeArray(values, 0, values.length);
    }
  }

  public static void array(JsonGenerator json, double[] values) {
    if (values == null) {
      json.writeNull();
    } else {
      json.writeArray(values, 0, values.length);
    }
  }

  public static void array(JsonGenerator json, boolean[] values) {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray(values, values.length);
    for (boolean value : values) {
      json.writeBoolean(value);
    }
    json.writeEndArray();
  }

  /**
   * A {@code Map<String, T>} in its iteration order. A {@code null} key fails the write, as it
   * fails Jackson's ("Null key for a Map not allowed in JSON").
   */
  public static <T> void map(JsonGenerator json, Map<String, T> values, Writer<? super T> item) {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject(values, values.size());
    for (Map.Entry<String, T> entry : values.entrySet()) {
      String name = entry.getKey();
      if (name == null) {
        throw new IllegalArgumentException("Null key for a Map not allowed in JSON");
      }
      json.writeName(name);
      item.write(json, entry.getValue());
    }
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, Object value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value.toString());
    }
  }

  private static void formatted(
      JsonGenerator json, java.time.temporal.TemporalAccessor value, DateTimeFormatter format) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(format.format(value));
    }
  }
}
