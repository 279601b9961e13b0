package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.Problems;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code @Digits(integer = i, fraction = f)} at run time decides what its schema keywords decide:
 * {@code exclusiveMinimum: -10^i}, {@code exclusiveMaximum: 10^i} and, on a non-integral number,
 * {@code multipleOf: 10^-f}, as the processor writes them (ConstraintKeywords). Each number is
 * judged twice, from the same JSON text: by an independent JSON Schema 2020-12 validator
 * (networknt) on those keywords, and by the default validator on the Java value the registry's
 * parser and readers make of it.
 */
class DigitsAgreementTest {

  record Money(@Digits(integer = 4, fraction = 2) BigDecimal value) {}

  record Share(@Digits(integer = 0, fraction = 3) BigDecimal value) {}

  record Large(@Digits(integer = 2, fraction = 0) BigInteger value) {}

  record Count(@Digits(integer = 3, fraction = 0) long value) {}

  record Flag(@Digits(integer = 0, fraction = 0) Integer value) {}

  record Small(@Digits(integer = 2, fraction = 0) short value) {}

  record Tiny(@Digits(integer = 1, fraction = 0) byte value) {}

  record Measure(@Digits(integer = 4, fraction = 2) double value) {}

  record Reading(@Digits(integer = 3, fraction = 1) float value) {}

  /** A property with {@code @Digits}: its schema keywords and the bean the run time validates. */
  private record Fixture(
      String name,
      boolean integral,
      int integer,
      int fraction,
      BiFunction<JsonNode, Problems, Object> read) {

    static Fixture decimal(
        String name, int integer, int fraction, BiFunction<JsonNode, Problems, Object> read) {
      return new Fixture(name, false, integer, fraction, read);
    }

    static Fixture integral(String name, int integer, BiFunction<JsonNode, Problems, Object> read) {
      return new Fixture(name, true, integer, 0, read);
    }

    /** What ConstraintKeywords writes for the constraint. */
    ObjectNode schema() {
      ObjectNode schema = JSON.createObjectNode();
      schema.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
      schema.put("type", integral ? "integer" : "number");
      BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(integer);
      schema.put("exclusiveMinimum", limit.negate());
      schema.put("exclusiveMaximum", limit);
      if (!integral) {
        schema.put("multipleOf", BigDecimal.ONE.scaleByPowerOfTen(-fraction));
      }
      return schema;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static <T> BiFunction<JsonNode, Problems, Object> reading(
      JsonReaders.Reader<T> reader, Function<T, Object> bean) {
    return (node, problems) -> bean.apply(reader.read(node, "/value", problems));
  }

  private static final Fixture MONEY =
      Fixture.decimal("BigDecimal 4.2", 4, 2, reading(JsonReaders::bigDecimal, Money::new));
  private static final Fixture SHARE =
      Fixture.decimal("BigDecimal 0.3", 0, 3, reading(JsonReaders::bigDecimal, Share::new));
  private static final Fixture LARGE =
      Fixture.integral("BigInteger 2", 2, reading(JsonReaders::bigInteger, Large::new));
  private static final Fixture COUNT =
      Fixture.integral("long 3", 3, reading(JsonReaders::longValue, Count::new));
  private static final Fixture FLAG =
      Fixture.integral("Integer 0", 0, reading(JsonReaders::intValue, Flag::new));
  private static final Fixture SMALL =
      Fixture.integral("short 2", 2, reading(JsonReaders::shortValue, Small::new));
  private static final Fixture TINY =
      Fixture.integral("byte 1", 1, reading(JsonReaders::byteValue, Tiny::new));
  private static final Fixture MEASURE =
      Fixture.decimal("double 4.2", 4, 2, reading(JsonReaders::doubleValue, Measure::new));
  private static final Fixture READING =
      Fixture.decimal("float 3.1", 3, 1, reading(JsonReaders::floatValue, Reading::new));

  /** Reads numbers as the JSON text says them: exact, trailing zeros kept. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final Validator validator = ConstraintViolations.defaultValidator();
  private final ArgumentParser parser = new ArgumentParser(ParseLimits.defaults());

  static Stream<Arguments> numbers() {
    return Stream.of(
        // Trailing zeros: Hibernate Validator counts 12.500 as three fraction digits.
        accepted(MONEY, "12.5"),
        accepted(MONEY, "12.500"),
        accepted(MONEY, "12.50000000"),
        accepted(MONEY, "9999.99"),
        accepted(MONEY, "9999.990"),
        accepted(MONEY, "-9999.99"),
        accepted(MONEY, "0.01"),
        accepted(MONEY, "1E+3"),
        accepted(MONEY, "1.0E+3"),
        accepted(MONEY, "1000.00"),
        accepted(MONEY, "125E-2"),
        // Zero written with an exponent: six integer digits to Hibernate Validator.
        accepted(MONEY, "0E+5"),
        accepted(MONEY, "0.000"),
        accepted(MONEY, "-0.0"),
        accepted(MONEY, "0"),
        rejected(MONEY, "12.501"),
        rejected(MONEY, "0.001"),
        rejected(MONEY, "1e-1000"),
        rejected(MONEY, "10000"),
        rejected(MONEY, "1E+4"),
        rejected(MONEY, "10000.00"),
        rejected(MONEY, "-10000"),
        rejected(MONEY, "9999.995"),
        rejected(MONEY, "99999.99"),
        // integer = 0: strictly between -1 and 1; zero has no integer digits.
        accepted(SHARE, "0"),
        accepted(SHARE, "0.000"),
        accepted(SHARE, "0.5"),
        accepted(SHARE, "-0.999"),
        accepted(SHARE, "0.1000"),
        rejected(SHARE, "1"),
        rejected(SHARE, "1.000"),
        rejected(SHARE, "-1"),
        rejected(SHARE, "0.0001"),
        accepted(LARGE, "99"),
        accepted(LARGE, "-99"),
        accepted(LARGE, "0"),
        rejected(LARGE, "100"),
        rejected(LARGE, "-100"),
        accepted(COUNT, "999"),
        accepted(COUNT, "-999"),
        accepted(COUNT, "0"),
        rejected(COUNT, "1000"),
        rejected(COUNT, "9223372036854775807"),
        accepted(FLAG, "0"),
        accepted(FLAG, "-0"),
        rejected(FLAG, "1"),
        rejected(FLAG, "-1"),
        accepted(SMALL, "99"),
        rejected(SMALL, "100"),
        rejected(SMALL, "-32768"),
        accepted(TINY, "9"),
        accepted(TINY, "-9"),
        accepted(TINY, "0"),
        rejected(TINY, "10"),
        rejected(TINY, "127"),
        // A double is counted as the decimal Double.toString prints: the number written, for up
        // to 15 significant digits.
        accepted(MEASURE, "0.1"),
        accepted(MEASURE, "0.29"),
        accepted(MEASURE, "1.15"),
        accepted(MEASURE, "9999.99"),
        accepted(MEASURE, "12.500"),
        accepted(MEASURE, "0"),
        accepted(MEASURE, "-0.0"),
        accepted(MEASURE, "1E+3"),
        rejected(MEASURE, "0.001"),
        rejected(MEASURE, "0.125"),
        rejected(MEASURE, "9999.995"),
        rejected(MEASURE, "10000"),
        rejected(MEASURE, "1e-300"),
        rejected(MEASURE, "1.7976931348623157E308"),
        accepted(READING, "0.1"),
        accepted(READING, "999.9"),
        accepted(READING, "-12.30"),
        rejected(READING, "0.05"),
        rejected(READING, "1000"),
        rejected(READING, "3.4028235E38"));
  }

  private static Arguments accepted(Fixture fixture, String number) {
    return Arguments.of(fixture, number, true);
  }

  private static Arguments rejected(Fixture fixture, String number) {
    return Arguments.of(fixture, number, false);
  }

  @ParameterizedTest(name = "{0}: {1} accepted {2}")
  @MethodSource("numbers")
  void theSchemaAndTheDefaultValidatorAgree(Fixture fixture, String number, boolean accepted) {
    assertThat(schemaAccepts(fixture, number)).as("the schema's verdict").isEqualTo(accepted);
    assertThat(validatorAccepts(validator, fixture, number))
        .as("the default validator's verdict")
        .isEqualTo(accepted);
  }

  /**
   * The gap that remains: a double holds about 16 significant digits, and the run time checks the
   * nearest double. Both verdicts are asserted so that docs/types-and-constraints.md stays true.
   */
  @Test
  void aDoubleIsCheckedAfterRounding() {
    // 0.1 to a double: fraction = 2 allows it, multipleOf 0.01 does not allow what was written.
    assertThat(schemaAccepts(MEASURE, "0.10000000000000001")).isFalse();
    assertThat(validatorAccepts(validator, MEASURE, "0.10000000000000001")).isTrue();
  }

  private static boolean schemaAccepts(Fixture fixture, String number) {
    Schema schema = SCHEMAS.getSchema(fixture.schema());
    return schema.validate(JSON.readTree(number)).isEmpty();
  }

  private boolean validatorAccepts(Validator validator, Fixture fixture, String number) {
    ObjectNode arguments = parser.parse(ToolCall.of("1", "digits", "{\"value\":" + number + "}"));
    Problems problems = new Problems();
    Object bean = fixture.read().apply(arguments.get("value"), problems);
    if (problems.count() > 0) {
      // Out of the Java type's range: refused before Bean Validation, with the same verdict.
      return false;
    }
    return validator.validate(bean).isEmpty();
  }
}
