package io.toolwright;

import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.BillingTools.FilterArgs;
import io.toolwright.BillingTools.FindInvoicesArgs;
import io.toolwright.BillingTools.GetBalanceArgs;
import io.toolwright.BillingTools.LineArgs;
import io.toolwright.BillingTools.RefundArgs;
import io.toolwright.dispatch.ValidatedClasses;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ToolSet#validating(ValidatedClasses)} ({@code GeneratedApi} 6): the classes are asked for
 * when the registry first needs them, its first call, not when the set is made nor when the
 * registry is built or asked for definitions; and the registry then validates exactly as with
 * {@link ToolSet#validating(List)}.
 */
class ToolSetValidatedClassesTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);

  private static final List<Class<?>> BILLING_CLASSES =
      List.of(
          GetBalanceArgs.class,
          FindInvoicesArgs.class,
          FilterArgs.class,
          RefundArgs.class,
          LineArgs.class);

  /** Counts how often it is asked, as a generated invoker would answer. */
  private static final class Counting implements ValidatedClasses {
    final AtomicInteger asked = new AtomicInteger();

    @Override
    public List<Class<?>> validatedClasses() {
      asked.incrementAndGet();
      return BILLING_CLASSES;
    }
  }

  @Test
  void theClassesAreAskedForOnTheFirstCallNotBefore() {
    Counting classes = new Counting();
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(new Billing()).validating(classes));
    registry.definitions(Dialect.OPENAI_CHAT).json();

    assertThat(classes.asked).as("asked at bind, build or definitions").hasValue(0);

    ToolCall blank = Results.call("get_balance", "{\"accountId\":\"  \"}");
    assertThat(problems(one(registry, blank, CUSTOMER)))
        .containsExactly(new ArgumentProblem("/accountId", "must not be blank", "\"  \""));
    assertThat(classes.asked).hasValue(1);
    one(registry, blank, CUSTOMER);
    assertThat(classes.asked).as("asked again on a later call").hasValue(1);
  }

  @Test
  void theRegistryValidatesAsWithTheListNamedAtBind() {
    ToolRegistry asked = ToolRegistry.of(BillingTools.bind(new Billing()).validating(new Counting()));
    ToolRegistry listed =
        ToolRegistry.of(BillingTools.bind(new Billing()).validating(BILLING_CLASSES));
    ToolCall refund =
        Results.call(
            "refund_invoice",
            "{\"invoiceId\":\"INV-1\",\"amount\":0.001,\"reason\":\"duplicate\","
                + "\"lines\":[{\"sku\":\" \",\"quantity\":0}]}");

    List<ArgumentProblem> expected = problems(one(listed, refund, CUSTOMER));
    assertThat(expected).isNotEmpty();
    assertThat(problems(one(asked, refund, CUSTOMER))).isEqualTo(expected);
  }

  @Test
  void theSetsValueHoldsTheClassesEitherWayNamed() {
    ToolSet plain = ToolSet.of("p.A", List.of());
    ToolSet asked = plain.validating(() -> List.of(GetBalanceArgs.class));

    assertThat(asked.validatedClasses()).contains(Set.of(GetBalanceArgs.class));
    assertThat(asked)
        .isNotEqualTo(plain)
        .isEqualTo(plain.validating(List.of(GetBalanceArgs.class)))
        .hasSameHashCodeAs(plain.validating(List.of(GetBalanceArgs.class)));
  }
}
