package io.toolwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.toolwright.ArgumentProblem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.FloatNode;
import tools.jackson.databind.node.LongNode;

/**
 * Every number reader on out-of-range, huge-exponent, tiny and negative-zero inputs: a value, or a
 * problem at the pointer, never an exception. Numbers are parsed as the executor's parser does
 * (decimals exact); the nodes built in code are what a tree from elsewhere may hold.
 */
class NumberReadersTest {

  private static final JsonMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final String BYTE = "an integer from -128 to 127";
  private static final String INT = "an integer from -2147483648 to 2147483647";
  private static final String LONG = "an integer that fits in 64 bits";
  private static final String FLOAT = "a number from -3.4028235E+38 to 3.4028235E+38";
  private static final String DOUBLE =
      "a number from -1.7976931348623157E+308 to 1.7976931348623157E+308";

  @Test
  void theLimitsAreTheShortestDecimalsOfTheLargestFiniteValues() {
    // Written as literals so that no double is formatted when the class loads; they must stay the
    // decimals Java prints for the largest finite values, which round back to exactly them.
    assertThat(JsonReaders.DOUBLE_LIMIT)
        .isEqualTo(new BigDecimal(Double.toString(Double.MAX_VALUE)));
    assertThat(JsonReaders.FLOAT_LIMIT).isEqualTo(new BigDecimal(Float.toString(Float.MAX_VALUE)));
    assertThat(JsonReaders.DOUBLE_LIMIT.doubleValue()).isEqualTo(Double.MAX_VALUE);
    assertThat(JsonReaders.FLOAT_LIMIT.floatValue()).isEqualTo(Float.MAX_VALUE);
  }

  /** What a row expects instead of a value. */
  record Problem(String expected) {}

  static Stream<Arguments> rows() {
    JsonReaders.Reader<Byte> bytes = JsonReaders::byteValue;
    JsonReaders.Reader<Short> shorts = JsonReaders::shortValue;
    JsonReaders.Reader<Integer> ints = JsonReaders::intValue;
    JsonReaders.Reader<Long> longs = JsonReaders::longValue;
    JsonReaders.Reader<Float> floats = JsonReaders::floatValue;
    JsonReaders.Reader<Double> doubles = JsonReaders::doubleValue;
    JsonReaders.Reader<BigDecimal> decimals = JsonReaders::bigDecimal;
    JsonReaders.Reader<BigInteger> integers = JsonReaders::bigInteger;
    BigInteger huge = BigInteger.TEN.pow(400);
    return Stream.of(
        arguments("byte", bytes, json("127"), (byte) 127),
        arguments("byte", bytes, json("-128"), (byte) -128),
        arguments("byte", bytes, json("128"), new Problem(BYTE)),
        arguments("byte", bytes, json("1e2"), (byte) 100),
        arguments("byte", bytes, json("-0.0"), (byte) 0),
        arguments("byte", bytes, json("1e1000"), new Problem(BYTE)),
        arguments("byte", bytes, json("1e-400"), new Problem(BYTE)),
        arguments("short", shorts, json("32768"), new Problem("an integer from -32768 to 32767")),
        arguments("short", shorts, json("-32768.000"), (short) -32768),
        arguments("int", ints, json("2147483647"), Integer.MAX_VALUE),
        arguments("int", ints, json("2147483648"), new Problem(INT)),
        arguments("int", ints, json("-1e1000"), new Problem(INT)),
        arguments("int", ints, json("1.5"), new Problem(INT)),
        arguments("int", ints, json("-0"), 0),
        arguments("int", ints, DoubleNode.valueOf(Double.NaN), new Problem("a number")),
        arguments("int", ints, DoubleNode.valueOf(2.0), 2),
        arguments("int", ints, json("\"1\""), new Problem(INT)),
        arguments("long", longs, json("-9223372036854775808"), Long.MIN_VALUE),
        arguments("long", longs, json("9223372036854775808"), new Problem(LONG)),
        arguments("long", longs, json("1e18"), 1_000_000_000_000_000_000L),
        arguments("long", longs, json("1e19"), new Problem(LONG)),
        arguments("long", longs, json("1e1000"), new Problem(LONG)),
        arguments("long", longs, BigIntegerNode.valueOf(huge), new Problem(LONG)),
        arguments("float", floats, json("3.4028235e38"), Float.MAX_VALUE),
        arguments("float", floats, json("3.5e38"), new Problem(FLOAT)),
        arguments("float", floats, json("3.40282351e38"), new Problem(FLOAT)),
        arguments("float", floats, json("-1e39"), new Problem(FLOAT)),
        arguments("float", floats, json("1e309"), new Problem(FLOAT)),
        arguments("float", floats, json("1e-50"), 0.0f),
        arguments("float", floats, json("-1e-50"), -0.0f),
        arguments("float", floats, json("-0.0"), 0.0f),
        arguments("float", floats, FloatNode.valueOf(1.5f), 1.5f),
        arguments(
            "float", floats, DoubleNode.valueOf(Double.POSITIVE_INFINITY), new Problem("a number")),
        arguments("double", doubles, json("1e309"), new Problem(DOUBLE)),
        arguments("double", doubles, json("-1e309"), new Problem(DOUBLE)),
        arguments("double", doubles, json("1e1000"), new Problem(DOUBLE)),
        arguments("double", doubles, json("1.7976931348623157e308"), Double.MAX_VALUE),
        arguments("double", doubles, json("-1.79769313486231571e308"), new Problem(DOUBLE)),
        arguments("double", doubles, json("4.9e-324"), Double.MIN_VALUE),
        arguments("double", doubles, json("1e-400"), 0.0),
        arguments("double", doubles, json("-1e-400"), -0.0),
        arguments("double", doubles, json("-0.0"), 0.0),
        arguments("double", doubles, json("0.1"), 0.1),
        arguments("double", doubles, BigIntegerNode.valueOf(huge), new Problem(DOUBLE)),
        arguments("double", doubles, DoubleNode.valueOf(Double.NaN), new Problem("a number")),
        arguments("double", doubles, LongNode.valueOf(Long.MAX_VALUE), 9.223372036854776E18),
        arguments("BigDecimal", decimals, json("1e309"), new BigDecimal("1e309")),
        arguments("BigDecimal", decimals, json("-1e-1000"), new BigDecimal("-1e-1000")),
        arguments("BigDecimal", decimals, json("-0.0"), new BigDecimal("0.0")),
        arguments("BigDecimal", decimals, DoubleNode.valueOf(Double.NaN), new Problem("a number")),
        arguments("BigInteger", integers, json("1e309"), BigInteger.TEN.pow(309)),
        arguments("BigInteger", integers, json("2.50e1"), BigInteger.valueOf(25)),
        arguments("BigInteger", integers, json("1.5"), new Problem("a whole number")),
        arguments("BigInteger", integers, json("1e-1000"), new Problem("a whole number")),
        arguments("BigInteger", integers, json("-0.0"), BigInteger.ZERO));
  }

  @ParameterizedTest(name = "{0} of {2}")
  @MethodSource("rows")
  void readsTheValueOrReportsAProblem(
      String type, JsonReaders.Reader<?> reader, JsonNode node, Object expected) {
    Problems problems = new Problems();
    Object value = reader.read(node, "/x", problems);
    if (expected instanceof Problem problem) {
      assertThat(problems.count()).isEqualTo(1);
      List<ArgumentProblem> found = thrown(problems);
      assertThat(found).extracting(ArgumentProblem::pointer).containsExactly("/x");
      assertThat(found).extracting(ArgumentProblem::expected).containsExactly(problem.expected());
    } else {
      assertThat(problems.count()).isZero();
      assertThat(value).isEqualTo(expected);
    }
  }

  private static List<ArgumentProblem> thrown(Problems problems) {
    try {
      problems.throwIfAny();
    } catch (ArgumentException e) {
      return e.problems();
    }
    throw new AssertionError("no problem was thrown");
  }

  private static JsonNode json(String text) {
    return EXACT.readTree(text);
  }
}
