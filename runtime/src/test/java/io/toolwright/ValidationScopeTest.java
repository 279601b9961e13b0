package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.BillingTools.FilterArgs;
import io.toolwright.BillingTools.FindInvoicesArgs;
import io.toolwright.BillingTools.GetBalanceArgs;
import io.toolwright.BillingTools.LineArgs;
import io.toolwright.BillingTools.RefundArgs;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.spi.ExecutionListener;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The registry's default validator in Hibernate Validator's predefined scope, built from the
 * classes the tool sets name ({@link ToolSet#validating}): it finds what the regular validator
 * finds for those classes, refuses any other, and is not started when no set names a class.
 */
class ValidationScopeTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);

  private static final List<Class<?>> BILLING_CLASSES =
      List.of(
          GetBalanceArgs.class,
          FindInvoicesArgs.class,
          FilterArgs.class,
          RefundArgs.class,
          LineArgs.class);

  /** Calls that break constraints at the top level, in a nested record, a list, a set, a map. */
  private static final List<ToolCall> CALLS =
      List.of(
          call("get_balance", "{\"accountId\":\"  \"}"),
          call("get_balance", "{\"accountId\":\"" + "x".repeat(21) + "\"}"),
          call(
              "find_invoices",
              "{\"filter\":{\"status\":\"open\",\"from\":\"2999-01-01\"},\"note\":null}"),
          call(
              "find_invoices",
              "{\"filter\":{\"status\":\"open\"},\"limit\":0,\"tags\":[\"abcdefghijkl\"],"
                  + "\"weights\":{\"a\":-1},\"note\":null}"),
          call(
              "refund_invoice",
              "{\"invoiceId\":\"INV-1\",\"amount\":0.001,\"reason\":\"duplicate\","
                  + "\"lines\":[{\"sku\":\" \",\"quantity\":0}]}"),
          call(
              "refund_invoice",
              "{\"invoiceId\":\"INV-0001\",\"amount\":1,\"reason\":\"duplicate\",\"lines\":[]}"));

  @Test
  void thePredefinedScopeFindsWhatTheRegularValidatorFinds() {
    ToolRegistry regular = ToolRegistry.of(BillingTools.bind(new Billing()));
    ToolRegistry scoped =
        ToolRegistry.of(BillingTools.bind(new Billing()).validating(BILLING_CLASSES));

    for (ToolCall call : CALLS) {
      List<ArgumentProblem> expected = problems(one(regular, call, CUSTOMER));
      assertThat(expected).as(call.toString()).isNotEmpty();
      assertThat(problems(one(scoped, call, CUSTOMER))).as(call.toString()).isEqualTo(expected);
    }
  }

  @Test
  void theScopeIsTheUnionOfTheSets() {
    ToolSet billing = BillingTools.bind(new Billing());
    List<ToolBinding> balance = billing.bindings().subList(0, 1);
    List<ToolBinding> refund = billing.bindings().subList(2, 3);
    ToolRegistry registry =
        ToolRegistry.of(
            ToolSet.of("p.Balances", balance).validating(List.of(GetBalanceArgs.class)),
            ToolSet.of("p.Refunds", refund).validating(List.of(RefundArgs.class, LineArgs.class)));

    assertThat(problems(one(registry, CALLS.get(0), CUSTOMER)))
        .containsExactly(new ArgumentProblem("/accountId", "must not be blank", "\"  \""));
    assertThat(problems(one(registry, CALLS.get(4), CUSTOMER)))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/amount", "/invoiceId", "/lines/0/quantity", "/lines/0/sku");
  }

  @Test
  void anObjectOfAClassNoSetNamedIsRefusedAndTheToolNotRun() {
    Billing billing = new Billing();
    List<Throwable> told = new ArrayList<>();
    ExecutionListener listener =
        new ExecutionListener() {
          @Override
          public void onToolFailure(
              ToolCall call, ToolDefinition tool, ToolError error, Throwable cause) {
            told.add(cause);
          }
        };
    // RefundArgs is left out: a set that forgot a class.
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(billing).validating(List.of(GetBalanceArgs.class)))
            .listener(listener)
            .build();

    ToolResult result =
        one(
            registry,
            call(
                "refund_invoice",
                "{\"invoiceId\":\"INV-0001\",\"amount\":1,\"reason\":\"duplicate\","
                    + "\"lines\":[{\"sku\":\"A\",\"quantity\":1}]}"),
            CUSTOMER);

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message()).contains("constraints could not be checked");
    assertThat(billing.calls()).isZero();
    assertThat(told).singleElement().isInstanceOf(IllegalStateException.class);
    assertThat(told.get(0).getMessage())
        .contains(RefundArgs.class.getName(), "did not name", "ToolSet.validating");
  }

  @Test
  void aRegistryWhoseSetsNameNoClassRefusesAnyArgumentsObject() {
    Billing billing = new Billing();
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing).validating(List.of()));

    ToolResult result = one(registry, call("get_balance", "{\"accountId\":\"ACC-1\"}"), CUSTOMER);

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(billing.calls()).isZero();
    // A tool without arguments to validate runs.
    assertThat(one(registry, call("ping", "{}"), CUSTOMER).isError()).isFalse();
  }

  @Test
  void oneSetThatDoesNotNameItsClassesKeepsTheRegularValidatorForAll() {
    ToolSet billing = BillingTools.bind(new Billing());
    ToolRegistry registry =
        ToolRegistry.of(
            ToolSet.of("p.Balances", billing.bindings().subList(0, 1)).validating(List.of()),
            ToolSet.of("p.Refunds", billing.bindings().subList(2, 3)));

    assertThat(problems(one(registry, CALLS.get(0), CUSTOMER)))
        .containsExactly(new ArgumentProblem("/accountId", "must not be blank", "\"  \""));
  }

  @Test
  void validatedClassesArePartOfTheSetsValue() {
    ToolSet plain = ToolSet.of("p.A", List.of());
    ToolSet named = plain.validating(List.of(GetBalanceArgs.class));

    assertThat(plain.validatedClasses()).isEmpty();
    assertThat(named.validatedClasses()).contains(Set.of(GetBalanceArgs.class));
    assertThat(named).isNotEqualTo(plain).isEqualTo(plain.validating(List.of(GetBalanceArgs.class)));
  }

  @Constraint(validatedBy = {})
  @Pattern(regexp = "ACC-[0-9]{4}")
  @Retention(RetentionPolicy.RUNTIME)
  @interface AccountNumber {
    String message() default "not an account number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  record Composed(@AccountNumber String account, Optional<@Email String> email) {}

  record Repeated(@Pattern(regexp = "a.*") @Pattern(regexp = ".*z") String word) {}

  @Test
  void theAnnotationNamesReachComposedConstraintsTypeArgumentsAndRepeatedOnes() {
    assertThat(ValidationScope.annotationNames(Set.of(Composed.class, Repeated.class)))
        .contains(
            AccountNumber.class.getName(),
            Pattern.class.getName(),
            Pattern.List.class.getName(),
            Email.class.getName());
  }

  @Test
  void composedAndRepeatedConstraintsAreEnforcedInThePredefinedScope() {
    ValidationScope scope =
        ValidationScope.of(
            List.of(ToolSet.of("p.A", List.of()).validating(List.of(Composed.class, Repeated.class))));
    ConstraintViolations violations = scope.defaultConstraintViolations();

    assertThat(violations.check(new Composed("ACC-1", Optional.of("no"))))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/account", "/email");
    assertThat(violations.check(new Repeated("abc"))).hasSize(1);
    assertThat(violations.check(new Repeated("abz"))).isEmpty();
  }

  /** Executes a call in a registry whose sets name no class, and prints what it loaded. */
  static final class WithoutConstraints {
    public static void main(String[] args) {
      ToolSet billing = BillingTools.bind(new Billing());
      ToolRegistry registry =
          ToolRegistry.of(
              ToolSet.of("p.Ping", billing.bindings().subList(3, 4)).validating(List.of()));
      ToolResult result = one(registry, call("ping", "{}"), ToolContext.empty());
      System.out.println(result.isError() ? "failed" : "ran");
    }
  }

  @Test
  void aRegistryWithoutConstraintsLoadsNoHibernateValidatorClass()
      throws IOException, InterruptedException {
    String output = ChildJvm.loadedClasses(WithoutConstraints.class);

    assertThat(output).contains("\nran").contains(ToolRegistry.class.getName());
    assertThat(output.lines().filter(line -> line.contains(" org.hibernate.")))
        .as("Hibernate Validator's classes loaded")
        .isEmpty();
  }

  /**
   * Validates a {@code get_balance} call in a registry of two sets, the other's tool carrying
   * {@code @DecimalMin}; prints what it loaded.
   */
  static final class TwoSets {
    public static void main(String[] args) {
      ToolSet billing = BillingTools.bind(new Billing());
      ToolRegistry registry =
          ToolRegistry.of(
              ToolSet.of("p.Balances", billing.bindings().subList(0, 1))
                  .validating(List.of(GetBalanceArgs.class)),
              ToolSet.of("p.Refunds", billing.bindings().subList(2, 3))
                  .validating(List.of(RefundArgs.class, LineArgs.class)));
      System.out.println(problems(one(registry, CALLS.get(0), CUSTOMER)));
    }
  }

  @Test
  void eachSetsValidatorStartsWhenOneOfItsCallsIsFirstChecked()
      throws IOException, InterruptedException {
    String output = ChildJvm.loadedClasses(TwoSets.class);

    assertThat(output).contains("must not be blank");
    assertThat(output).contains("org.hibernate.validator.internal.constraintvalidators.bv.NotBlankValidator");
    // @DecimalMin is on the other set's arguments only: its validators are not started.
    assertThat(output.lines().filter(line -> line.contains(".bv.number.bound.decimal.")))
        .isEmpty();
  }
}
