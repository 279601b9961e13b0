package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraints.LuhnCheck;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bean Validation of converted arguments, reported at the pointers the model used. */
class BeanValidationTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);

  private final Billing billing = new Billing();
  private final ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing));

  @Test
  void aTopLevelViolation() {
    ToolResult result = one(registry, call("get_balance", "{\"accountId\":\"  \"}"), CUSTOMER);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(problems(result))
        .containsExactly(new ArgumentProblem("/accountId", "must not be blank", "\"  \""));
    assertThat(billing.calls()).isZero();
  }

  @Test
  void messagesInterpolateConstraintParameters() {
    ToolResult result =
        one(
            registry,
            call(
                "refund_invoice",
                "{\"invoiceId\":\"INV-1\",\"amount\":0.001,\"reason\":\"duplicate\","
                    + "\"lines\":[{\"sku\":\"A\",\"quantity\":1}]}"),
            CUSTOMER);

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/amount", "must be greater than or equal to 0.01", "0.001"),
            new ArgumentProblem("/invoiceId", "must match \"^INV-[0-9]{4}$\"", "\"INV-1\""));
  }

  @Test
  void aNestedRecordViolation() {
    ToolResult result =
        one(
            registry,
            call(
                "find_invoices",
                "{\"filter\":{\"status\":\"open\",\"from\":\"2999-01-01\"},\"note\":null}"),
            CUSTOMER);

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem(
                "/filter/from", "must be a date in the past or in the present", "\"2999-01-01\""));
  }

  @Test
  void aListElementViolation() {
    ToolResult result =
        one(
            registry,
            call(
                "refund_invoice",
                "{\"invoiceId\":\"INV-0001\",\"amount\":5,\"reason\":\"duplicate\","
                    + "\"lines\":[{\"sku\":\"A\",\"quantity\":1},{\"sku\":\"\",\"quantity\":0}]}"),
            CUSTOMER);

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/lines/1/quantity", "must be greater than 0", "0"),
            new ArgumentProblem("/lines/1/sku", "must not be blank", "\"\""));
  }

  @Test
  void aListSizeViolationPointsAtTheList() {
    ToolResult result =
        one(
            registry,
            call(
                "refund_invoice",
                "{\"invoiceId\":\"INV-0001\",\"amount\":5,\"reason\":\"duplicate\",\"lines\":[]}"),
            CUSTOMER);

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/lines", "size must be between 1 and 2147483647", "[0 items]"));
  }

  @Test
  void aMapValueViolation() {
    ToolResult result =
        one(
            registry,
            call(
                "find_invoices",
                "{\"filter\":{\"status\":\"open\"},\"note\":null,\"weights\":{\"eu/west\":-1}}"),
            CUSTOMER);

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/weights/eu~1west", "must be greater than or equal to 0", "-1"));
  }

  @Test
  void aSetElementViolationPointsAtTheSetBecauseSetsHaveNoIndex() {
    ToolResult result =
        one(
            registry,
            call(
                "find_invoices",
                "{\"filter\":{\"status\":\"open\"},\"note\":null,\"tags\":[\"ok\",\"much-too-long\"]}"),
            CUSTOMER);

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/tags", "size must be between 0 and 10", "\"much-too-long\""));
  }

  record Item(@NotBlank String name) {}

  record Order(List<@Valid Item> items, Map<String, @Valid Item> byCode, @Valid Item main) {}

  @Test
  void pointersFromPropertyPaths() {
    ConstraintViolations violations =
        new ConstraintViolations(ConstraintViolations.defaultValidator());
    Order order =
        new Order(
            List.of(new Item("a"), new Item("b"), new Item(" ")),
            Map.of("k~1", new Item("")),
            new Item(null));

    assertThat(violations.check(order))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/byCode/k~01/name", "/items/2/name", "/main/name");
  }

  /** Shaped like the processor's generated arguments classes: public final fields. */
  static final class GeneratedStyleArguments {
    @Size(max = 5)
    public final String query;

    public final Optional<@Size(max = 3) String> code;

    @Positive public final int limit;

    GeneratedStyleArguments(String query, Optional<String> code, int limit) {
      this.query = query;
      this.code = code;
      this.limit = limit;
    }
  }

  @Test
  void generatedStyleFieldsAndOptionalValuesMapToTheirPointers() {
    ConstraintViolations violations =
        new ConstraintViolations(ConstraintViolations.defaultValidator());

    assertThat(violations.check(new GeneratedStyleArguments("too long", Optional.of("ABCD"), 0)))
        .containsExactly(
            new ArgumentProblem("/code", "size must be between 0 and 3", "\"ABCD\""),
            new ArgumentProblem("/limit", "must be greater than 0", "0"),
            new ArgumentProblem("/query", "size must be between 0 and 5", "\"too long\""));
  }

  record Bounds(
      @DecimalMin(value = "0.01", inclusive = false) BigDecimal above,
      @DecimalMax("10") BigDecimal atMost,
      @DurationMax(hours = 1, minutes = 30) Duration delay,
      @DurationMin(days = 1, inclusive = false) Duration notice,
      @LuhnCheck String card) {}

  @Test
  void builtInMessagesThatUseExpressionLanguageReadPlainly() {
    ConstraintViolations violations =
        new ConstraintViolations(ConstraintViolations.defaultValidator());

    assertThat(
            violations.check(
                new Bounds(
                    new BigDecimal("0.01"),
                    new BigDecimal("11"),
                    Duration.ofHours(2),
                    Duration.ofDays(1),
                    "79927398710")))
        .containsExactly(
            new ArgumentProblem("/above", "must be greater than 0.01", "0.01"),
            new ArgumentProblem("/atMost", "must be less than or equal to 10", "11"),
            new ArgumentProblem(
                "/card",
                "the check digit is invalid, Luhn Modulo 10 checksum failed",
                "\"79927398710\""),
            new ArgumentProblem(
                "/delay", "must be shorter than or equal to 1 hour 30 minutes", "\"PT2H\""),
            new ArgumentProblem("/notice", "must be longer than 1 day", "\"PT24H\""));
  }

  @Test
  void messagesAreInEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      ConstraintViolations violations =
          new ConstraintViolations(ConstraintViolations.defaultValidator());

      assertThat(violations.check(new Item(" ")))
          .extracting(ArgumentProblem::expected)
          .containsExactly("must not be blank");
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jakarta.el.ExpressionFactory",
        "org.glassfish.expressly.ExpressionFactoryImpl",
        "com.sun.el.ExpressionFactoryImpl"
      })
  void noExpressionLanguageIsOnTheClasspath(String className) {
    // The tests above interpolate messages, so they prove validation works without it.
    assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
  }
}
