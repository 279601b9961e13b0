package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.schema.CanonicalSchemaWriter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class ToolRegistryTest {

  private static final ToolContext CUSTOMER_42 = ToolContext.of("customer", 42L);

  private final Billing billing = new Billing();
  private final FaultyTools faults = new FaultyTools();
  /** Refunds are destructive: this registry approves them itself, as an application that gates them. */
  private final ToolRegistry registry =
      ToolRegistry.builder()
          .addAll(BillingTools.bind(billing), faults.bind())
          .execution(
              ExecutionPolicy.builder()
                  .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                  .build())
          .build();

  @Test
  void definitionsAreInRegistrationOrderAndUnmodifiable() {
    assertThat(registry.definitions())
        .extracting(ToolDefinition::name)
        .containsExactly(
            "get_balance",
            "find_invoices",
            "refund_invoice",
            "ping",
            "fail",
            "misconfigured",
            "statement",
            "fragile",
            "broken_dispatcher");
    assertThatThrownBy(() -> registry.definitions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setsFromACollectionAreAddedInIterationOrderAndANullOneIsRefused() {
    ToolRegistry fromList =
        ToolRegistry.builder().addAll(List.of(faults.bind(), BillingTools.bind(billing))).build();
    assertThat(fromList.definitions())
        .extracting(ToolDefinition::name)
        .startsWith("fail")
        .endsWith("get_balance", "find_invoices", "refund_invoice", "ping");

    List<ToolSet> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> ToolRegistry.builder().addAll(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tool set");
  }

  @Test
  void unsetOptionsTakeTheirDefaultsWhenUsed() {
    // Nothing set: the registry executes with the default parse limits, listener and policy.
    ToolRegistry plain = ToolRegistry.of(BillingTools.bind(billing));
    List<ToolResult> results =
        plain.execute(List.of(call("get_balance", "{\"accountId\":\"AC-1\"}")), CUSTOMER_42);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).isError()).as(results.get(0).toString()).isFalse();
  }

  @Test
  void fixtureSchemasAreCanonicalAsGeneratedCodeEmbedsThem() {
    for (ToolDefinition definition : registry.definitions()) {
      assertThat(CanonicalSchemaWriter.write(definition.parameters()))
          .as(definition.name())
          .isEqualTo(definition.canonicalSchema());
    }
  }

  @Test
  void duplicateToolNamesAreRejectedNamingBothSources() {
    ToolSet other =
        ToolSet.of(
            "com.acme.Accounts",
            List.of(
                ToolBinding.of(
                    BillingTools.GET_BALANCE,
                    List.of(),
                    (args, context) -> PreparedCall.returning(null, () -> "x"))));

    assertThatThrownBy(() -> ToolRegistry.of(BillingTools.bind(billing), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'get_balance'")
        .hasMessageContaining(Billing.class.getName())
        .hasMessageContaining("com.acme.Accounts");
  }

  @Test
  void aSchemaReferringToAMissingDefinitionIsRejectedWhenTheRegistryIsBuilt() {
    ToolDefinition dangling =
        ToolDefinition.of(
            "dangling",
            "Refers to nothing.",
            Effect.READ_ONLY,
            false,
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"properties\":{\"x\":{\"$ref\":\"#/$defs/Missing\"}},"
                + "\"additionalProperties\":false}");
    ToolSet set =
        ToolSet.of(
            "com.acme.Dangling",
            List.of(
                ToolBinding.of(
                    dangling,
                    List.of(),
                    (args, context) -> PreparedCall.returning(null, () -> 1))));

    assertThatThrownBy(() -> ToolRegistry.of(set))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dangling")
        .hasMessageContaining("#/$defs/Missing");
  }

  @Test
  void nullInputsFailFastBeforeAnythingRuns() {
    List<ToolCall> withNull = new ArrayList<>();
    withNull.add(call("ping", "{}"));
    withNull.add(null);

    assertThatThrownBy(() -> registry.execute(null, ToolContext.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("calls");
    assertThatThrownBy(() -> registry.execute(withNull, ToolContext.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("calls[1]");
    assertThatThrownBy(() -> registry.execute(List.of(call("ping", "{}")), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ToolContext.empty()");
    assertThat(billing.calls()).isZero();
  }

  @Test
  void oneResultPerCallInCallOrderAndAFailureDoesNotAffectItsSiblings() {
    List<ToolCall> calls =
        List.of(
            ToolCall.of("a", "ping", "{}"),
            ToolCall.of("b", "get_balanse", "{}"),
            ToolCall.of("c", "get_balance", "{\"accountId\":"),
            ToolCall.of("d", "fail", "{\"kind\":\"unchecked\"}"),
            ToolCall.of(
                "e",
                "refund_invoice",
                "{\"invoiceId\":\"INV-0001\",\"amount\":12.5,\"reason\":\"duplicate\","
                    + "\"lines\":[{\"sku\":\"A-1\",\"quantity\":1}]}"),
            ToolCall.of("f", "get_balance", "{\"accountId\":\"AC-1\"}"));

    List<ToolResult> results = registry.execute(calls, CUSTOMER_42);

    assertThat(results)
        .extracting(ToolResult::callId)
        .containsExactly("a", "b", "c", "d", "e", "f");
    assertThat(results)
        .extracting(ToolResult::toolName)
        .containsExactly(
            "ping", "get_balanse", "get_balance", "fail", "refund_invoice", "get_balance");
    assertThat(results)
        .extracting(ToolResult::isError)
        .containsExactly(false, true, true, true, false, false);
    assertThat(error(results.get(1)).code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(error(results.get(2)).code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(error(results.get(3)).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(billing.log)
        .containsExactly(
            "ping",
            "refund_invoice INV-0001 12.5 duplicate [Line[sku=A-1, quantity=1]]",
            "get_balance 42 AC-1");
    assertThat(faults.calls).hasValue(1);
  }

  @Test
  void aReturnValueBecomesJsonWithJavaTimeAsIsoStrings() {
    ToolResult result = one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);

    assertThat(result.isError()).isFalse();
    assertThat(result.content().toString())
        .isEqualTo(
            "{\"accountId\":\"AC-1\",\"customer\":42,\"amount\":120.50,\"asOf\":\"2025-01-31\"}");
  }

  @Test
  void aVoidToolAnswersOkTrue() {
    ToolResult result =
        one(
            registry,
            call(
                "refund_invoice",
                "{\"invoiceId\":\"INV-0001\",\"amount\":1,\"reason\":\"duplicate\","
                    + "\"lines\":[{\"sku\":\"A\",\"quantity\":2}]}"),
            ToolContext.empty());

    assertThat(value(result).toString()).isEqualTo("{\"ok\":true}");
    assertThat(billing.calls()).isEqualTo(1);
  }

  @Test
  void emptyArgumentsMeanNoArgumentsForAToolWithoutParameters() {
    assertThat(value(one(registry, call("ping", ""), ToolContext.empty())).stringValue())
        .isEqualTo("pong");
    assertThat(value(one(registry, call("ping", " \n\t"), ToolContext.empty())).stringValue())
        .isEqualTo("pong");
    assertThat(
            value(one(registry, ToolCall.of("x", "ping", new byte[0]), ToolContext.empty()))
                .stringValue())
        .isEqualTo("pong");
    assertThat(billing.calls()).isEqualTo(3);
  }

  @Test
  void emptyArgumentsStillFailATollWithRequiredParameters() {
    ToolResult result = one(registry, call("get_balance", ""), CUSTOMER_42);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(Results.problems(result))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/accountId");
    assertThat(billing.calls()).isZero();
  }

  @Test
  void failureContentCarriesCodeMessageAndProblemsOmittingWhatIsEmpty() {
    ToolResult result =
        one(registry, call("get_balance", "{\"accountId\":7,\"colour\":\"red\"}"), CUSTOMER_42);

    String content = result.content().toString();
    assertThat(content)
        .isEqualTo(
            "{\"error\":{\"code\":\"INVALID_ARGUMENTS\",\"message\":\""
                + error(result).message()
                + "\",\"problems\":["
                + "{\"pointer\":\"/accountId\",\"expected\":\"a string\",\"actual\":\"7\"},"
                + "{\"pointer\":\"/colour\",\"expected\":\"no property named 'colour':"
                + " the properties are accountId\",\"actual\":\"\\\"red\\\"\"}]}}");
    assertThat(error(result).message())
        .isEqualTo(
            "The arguments do not match the tool's parameters (2 problems). Correct the value at"
                + " each pointer and call the tool again.");
  }

  @Test
  void aMissingValueHasNoActualInTheContent() {
    ToolResult result = one(registry, call("get_balance", "{}"), CUSTOMER_42);

    assertThat(result.content().path("error").path("problems").get(0).toString())
        .isEqualTo("{\"pointer\":\"/accountId\",\"expected\":\"a string (required)\"}");
  }

  @Test
  void unknownToolContentListsClosestToolsAndNoProblems() {
    ToolResult result = one(registry, call("get_balanse", "{}"), CUSTOMER_42);

    assertThat(result.content().toString())
        .isEqualTo(
            "{\"error\":{\"code\":\"UNKNOWN_TOOL\",\"message\":\"No tool named 'get_balanse'."
                + " Did you mean 'get_balance'?\",\"closest_tools\":[\"get_balance\"]}}");
  }

  @Test
  void aTreeArgumentIsNeverHandedToTheToolAsGiven() {
    var tree = JsonMapper.builder().build().createObjectNode().put("accountId", "AC-1");

    ToolResult result = one(registry, ToolCall.ofTree("t", "get_balance", tree), CUSTOMER_42);

    assertThat(value(result).path("accountId").stringValue()).isEqualTo("AC-1");
    tree.put("accountId", "changed");
    assertThat(billing.log).containsExactly("get_balance 42 AC-1");
  }

  @Test
  void theResultMapperCanBeConfigured() {
    ToolRegistry snakeCase =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(billing))
            .resultMapper(
                JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .build())
            .build();

    ToolResult result =
        one(snakeCase, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);

    assertThat(value(result).has("account_id")).isTrue();
    assertThat(value(result).has("as_of")).isTrue();
  }

  @Test
  void theParseLimitsCanBeConfigured() {
    ToolRegistry tight =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(billing))
            .parseLimits(ParseLimits.builder().maxStringLength(5).build())
            .build();

    ToolResult result = one(tight, call("get_balance", "{\"accountId\":\"AC-100\"}"), CUSTOMER_42);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(error(result).message()).contains("at most 5 characters");
    assertThat(value(one(tight, call("get_balance", "{\"accountId\":\"AC-10\"}"), CUSTOMER_42)))
        .isNotNull();
  }

  @Test
  void theValidatorCanBeConfigured() {
    CountingValidator validator = new CountingValidator(ConstraintViolations.defaultValidator());
    ToolRegistry custom =
        ToolRegistry.builder().addAll(BillingTools.bind(billing)).validator(validator).build();

    one(custom, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);
    one(custom, call("ping", "{}"), CUSTOMER_42);

    // ping has no arguments object: nothing to validate.
    assertThat(validator.validations).hasValue(1);
  }

  @Test
  void aRegistryIsSafeToShareBetweenThreads() throws Exception {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(billing))
            .execution(ExecutionPolicy.builder().maxCallsPerResponse(50).build())
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ToolResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  List<ToolCall> calls = new ArrayList<>();
                  for (int i = 0; i < 50; i++) {
                    String id = thread + "-" + i;
                    calls.add(
                        i % 2 == 0
                            ? ToolCall.of(id, "get_balance", "{\"accountId\":\"AC-" + i + "\"}")
                            : ToolCall.of(
                                id,
                                "get_balance",
                                ("{\"accountId\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
                  }
                  return registry.execute(calls, CUSTOMER_42);
                }));
      }
      for (int t = 0; t < futures.size(); t++) {
        List<ToolResult> results = futures.get(t).get();
        for (int i = 0; i < results.size(); i++) {
          assertThat(results.get(i).callId()).isEqualTo(t + "-" + i);
          assertThat(results.get(i).isError()).isEqualTo(i % 2 == 1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(billing.calls()).isEqualTo(8 * 25);
  }

  /** Delegates to a real validator, counting bean validations. */
  private static final class CountingValidator implements Validator {
    private final Validator delegate;
    final AtomicInteger validations = new AtomicInteger();

    CountingValidator(Validator delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
      validations.incrementAndGet();
      return delegate.validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(
        T object, String propertyName, Class<?>... groups) {
      return delegate.validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(
        Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
      return delegate.validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
      return delegate.getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return delegate.unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
      return delegate.forExecutables();
    }
  }
}
