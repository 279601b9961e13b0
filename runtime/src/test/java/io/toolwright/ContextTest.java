package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static io.toolwright.Results.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Context} values come from the application, never from the model. */
class ContextTest {

  private final Billing billing = new Billing();
  private final ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing));

  @Test
  void theApplicationsValueReachesTheTool() {
    ToolResult result =
        one(
            registry,
            call("get_balance", "{\"accountId\":\"AC-1\"}"),
            ToolContext.of("customer", 42L));

    assertThat(value(result).path("customer").asLong()).isEqualTo(42L);
    assertThat(billing.log).containsExactly("get_balance 42 AC-1");
  }

  @Test
  void aModelArgumentNamedLikeAContextValueIsRejected() {
    ToolResult result =
        one(
            registry,
            call("get_balance", "{\"accountId\":\"AC-1\",\"customer\":7}"),
            ToolContext.of("customer", 42L));

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem(
                "/customer",
                "no value: 'customer' is set by the application, not by the model; leave it out",
                "7"));
    assertThat(billing.calls()).isZero();
  }

  @Test
  void theContextProblemIsReportedWithTheOthers() {
    ToolResult result =
        one(registry, call("get_balance", "{\"customer\":7}"), ToolContext.of("customer", 42L));

    assertThat(problems(result))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/customer", "/accountId");
  }

  @Test
  void aContextNameIsRejectedEvenIfASchemaWronglyDeclaredIt() {
    ToolDefinition leaky =
        ToolDefinition.of(
            "leaky",
            "Declares its context parameter by mistake.",
            Effect.READ_ONLY,
            false,
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"properties\":{\"tenant\":{\"type\":\"string\"}},\"additionalProperties\":false}");
    int[] calls = {0};
    ToolRegistry withLeak =
        ToolRegistry.of(
            ToolSet.of(
                "com.acme.Leaky",
                List.of(
                    ToolBinding.of(
                        leaky,
                        List.of("tenant"),
                        (args, context) -> PreparedCall.returning(null, () -> ++calls[0])))));

    ToolResult result =
        one(withLeak, call("leaky", "{\"tenant\":\"other\"}"), ToolContext.of("tenant", "acme"));

    assertThat(problems(result)).extracting(ArgumentProblem::pointer).containsExactly("/tenant");
    assertThat(calls[0]).isZero();
  }

  @Test
  void aMissingContextValueFailsTheToolWithoutCallingItOrSayingWhatTheContextHolds() {
    ToolResult result =
        one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), ToolContext.empty());

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message())
        .contains("did not supply the context value 'customer'")
        .doesNotContain("java.lang.Long");
    assertThat(billing.calls()).isZero();
  }

  @Test
  void aContextValueOfTheWrongTypeIsAsMissingAndIsNotQuoted() {
    ToolResult result =
        one(
            registry,
            call("get_balance", "{\"accountId\":\"AC-1\"}"),
            ToolContext.of("customer", "secret-session-token"));

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(result.content().toString())
        .doesNotContain("secret-session-token")
        .doesNotContain("java.lang");
    assertThat(billing.calls()).isZero();
  }
}
