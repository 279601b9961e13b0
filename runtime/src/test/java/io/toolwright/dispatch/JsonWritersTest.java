package io.toolwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each {@link JsonWriters} method writes exactly the bytes the registry's default mapper writes for
 * the same value, over the edges of its type: this is what lets a generated result writer stand in
 * for the mapper.
 */
class JsonWritersTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private enum Plain {
    OPEN,
    PAID
  }

  private enum Renamed {
    LOUD {
      @Override
      public String toString() {
        return "loud/\u2028";
      }
    },
    QUIET
  }

  @Test
  void scalarsAreWrittenAsTheMapperWritesThem() {
    same(JsonWriters::bool, true, false, null);
    same(JsonWriters::byteValue, Byte.MIN_VALUE, (byte) 0, Byte.MAX_VALUE, null);
    same(JsonWriters::shortValue, Short.MIN_VALUE, (short) -1, Short.MAX_VALUE, null);
    same(JsonWriters::intValue, Integer.MIN_VALUE, 0, Integer.MAX_VALUE, null);
    same(JsonWriters::longValue, Long.MIN_VALUE, 0L, Long.MAX_VALUE, null);
    same(
        JsonWriters::floatValue,
        0.1f, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.NEGATIVE_INFINITY, 1e10f,
        null);
    same(
        JsonWriters::doubleValue,
        0.1, -0.0, 1e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, 100.0, 1e7, 1e-3, null);
    same(JsonWriters::character, 'a', '"', '\u2028', '\ud800', '\u0000', '/', null);
    same(
        JsonWriters::string,
        "", "plain", "quote \" backslash \\ slash / </script>", "\u2028\u2029", "tab\tnl\n\u0001",
        "lone \ud800 high", "lone \udc00 low", "pair \ud83d\ude00", "é中", null);
    same(
        JsonWriters::bigDecimal,
        new BigDecimal("1E+3"), new BigDecimal("0.00"), new BigDecimal("-0"),
        new BigDecimal("-0.0"), new BigDecimal("123456789012345678901234567890.123456789"),
        new BigDecimal("1E-20"), BigDecimal.ZERO, null);
    same(
        JsonWriters::bigInteger,
        BigInteger.ZERO, BigInteger.TWO.pow(200), BigInteger.TWO.pow(200).negate(), null);
    same(JsonWriters::uuid, new UUID(0, 0), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), null);
    same(JsonWriters::uri, URI.create("https://a.example/b%20c?q=é#f"), URI.create("urn:x"), null);
  }

  @Test
  void javaTimeIsWrittenAsTheMapperWritesIt() {
    same(
        JsonWriters::instant,
        Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("2025-01-01T10:15:30.5Z"),
        Instant.ofEpochSecond(-1, 1), null);
    OffsetDateTime odt = OffsetDateTime.of(2025, 1, 1, 10, 15, 0, 0, ZoneOffset.ofHours(2));
    same(
        JsonWriters::offsetDateTime,
        odt, odt.withNano(500_000_000), odt.withNano(1), OffsetDateTime.MIN, OffsetDateTime.MAX,
        odt.withYear(12345), odt.withYear(-5), null);
    ZonedDateTime paris = ZonedDateTime.of(2025, 7, 1, 10, 15, 30, 0, ZoneId.of("Europe/Paris"));
    same(
        JsonWriters::zonedDateTime,
        paris, paris.withZoneSameInstant(ZoneOffset.UTC), paris.withNano(123_000_000),
        ZonedDateTime.of(LocalDateTime.MAX, ZoneOffset.MIN), null);
    same(JsonWriters::localDate, LocalDate.of(2025, 2, 28), LocalDate.MIN, LocalDate.MAX, LocalDate.of(10000, 1, 1), null);
    // Years 0 to 9999 are written digit by digit: every width and the edges of the range.
    same(
        JsonWriters::localDate,
        LocalDate.of(0, 1, 1),
        LocalDate.of(7, 10, 9),
        LocalDate.of(99, 12, 31),
        LocalDate.of(999, 2, 3),
        LocalDate.of(1970, 1, 1),
        LocalDate.of(9999, 12, 31),
        LocalDate.of(-1, 12, 31));
    same(
        JsonWriters::localDateTime,
        LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 1, 1, 10, 15, 30, 1),
        LocalDateTime.MIN, LocalDateTime.MAX, null);
    same(
        JsonWriters::localTime,
        LocalTime.MIDNIGHT, LocalTime.of(10, 15), LocalTime.of(10, 15, 0, 500_000_000),
        LocalTime.of(10, 15, 1, 1000), LocalTime.MAX, null);
    same(
        JsonWriters::offsetTime,
        OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC), OffsetTime.of(10, 15, 30, 5, ZoneOffset.ofHoursMinutes(-3, -30)),
        OffsetTime.MIN, OffsetTime.MAX, null);
    same(
        JsonWriters::duration,
        Duration.ZERO, Duration.ofMillis(1500), Duration.ofSeconds(-1, 1), Duration.ofDays(400),
        null);
    same(JsonWriters::period, Period.ZERO, Period.of(1, -2, 3), Period.ofDays(400), null);
    same(JsonWriters::year, Year.of(2025), Year.of(-5), Year.of(0), Year.of(Year.MAX_VALUE), null);
    same(JsonWriters::yearMonth, YearMonth.of(2025, 1), YearMonth.of(-1, 12), YearMonth.of(12345, 6), null);
  }

  @Test
  void enumsAreWrittenByToStringAsJackson3DoesByDefault() {
    same(JsonWriters::enumValue, Plain.OPEN, Plain.PAID, Renamed.LOUD, Renamed.QUIET, null);
  }

  @Test
  void containersAreWrittenAsTheMapperWritesThem() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", null);
    map.put("", 3);
    map.put("\u2028 \"k\"", 4);
    JsonWriters.Writer<Map<String, Integer>> maps =
        (g, v) -> JsonWriters.map(g, v, JsonWriters::intValue);
    same(maps, map, Map.of(), null);
    List<String> withNull = new ArrayList<>(Arrays.asList("a", null, "c"));
    JsonWriters.Writer<List<String>> strings =
        (g, v) -> JsonWriters.items(g, v, JsonWriters::string);
    same(strings, withNull, List.of(), null);
    JsonWriters.Writer<LinkedHashSet<Integer>> ints =
        (g, v) -> JsonWriters.items(g, v, JsonWriters::intValue);
    same(ints, new LinkedHashSet<>(List.of(3, 1, 2)), null);
    JsonWriters.Writer<List<List<String>>> nested =
        (g, v) -> JsonWriters.items(g, v, (g1, i1) -> JsonWriters.items(g1, i1, JsonWriters::string));
    same(nested, List.of(List.of("a"), List.of()), null);
    JsonWriters.Writer<String[]> array = (g, v) -> JsonWriters.array(g, v, JsonWriters::string);
    same(array, new String[] {"a", null}, new String[0], null);
    JsonWriters.Writer<int[]> intArray = JsonWriters::array;
    same(intArray, new int[] {Integer.MIN_VALUE, 0}, new int[0], null);
    JsonWriters.Writer<long[]> longArray = JsonWriters::array;
    same(longArray, new long[] {Long.MAX_VALUE}, new long[0], null);
    JsonWriters.Writer<double[]> doubleArray = JsonWriters::array;
    same(doubleArray, new double[] {-0.0, Double.NaN, 1e300}, new double[0], null);
    JsonWriters.Writer<boolean[]> booleanArray = JsonWriters::array;
    same(booleanArray, new boolean[] {true, false}, new boolean[0], null);
    JsonWriters.Writer<Optional<BigDecimal>> optionals =
        (g, v) -> JsonWriters.optional(g, v, JsonWriters::bigDecimal);
    same(optionals, Optional.of(new BigDecimal("1E+3")), Optional.empty(), null);
  }

  /** The helpers of API 6 writers, used as generated code uses them: a local and a loop. */
  @Test
  void containersWrittenWithLoopsAreWrittenAsTheMapperWritesThem() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", null);
    map.put("\u2028 \"k\"", 4);
    JsonWriters.Writer<Map<String, Integer>> maps =
        (json, value) -> {
          if (JsonWriters.startObject(json, value)) {
            for (var entry : value.entrySet()) {
              JsonWriters.name(json, entry.getKey());
              JsonWriters.intValue(json, entry.getValue());
            }
            json.writeEndObject();
          }
        };
    same(maps, map, Map.of(), null);
    JsonWriters.Writer<List<String>> strings =
        (json, value) -> {
          if (JsonWriters.startArray(json, value)) {
            for (var item : value) {
              JsonWriters.string(json, item);
            }
            json.writeEndArray();
          }
        };
    same(strings, new ArrayList<>(Arrays.asList("a", null, "c")), List.of(), null);
    JsonWriters.Writer<String[]> array =
        (json, value) -> {
          if (JsonWriters.startArray(json, value)) {
            for (var item : value) {
              JsonWriters.string(json, item);
            }
            json.writeEndArray();
          }
        };
    same(array, new String[] {"a", null}, new String[0], null);
    JsonWriters.Writer<Optional<BigDecimal>> optionals =
        (json, value) -> {
          if (JsonWriters.present(json, value)) {
            JsonWriters.bigDecimal(json, value.get());
          }
        };
    same(optionals, Optional.of(new BigDecimal("1E+3")), Optional.empty(), null);
  }

  @Test
  void aNullMapKeyFailsTheWriteAsItFailsTheMappers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      json.writeStartObject();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonWriters.name(json, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Null key");
      JsonWriters.name(json, "k");
      json.writeNull();
      json.writeEndObject();
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"k\":null}");
  }

  @SafeVarargs
  private static <T> void same(JsonWriters.Writer<T> writer, T... values) {
    for (T value : values) {
      assertThat(written(writer, value))
          .as("%s", value)
          .isEqualTo(new String(MAPPER.writeValueAsBytes(value), StandardCharsets.UTF_8));
    }
  }

  private static <T> String written(JsonWriters.Writer<T> writer, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.write(json, value);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
