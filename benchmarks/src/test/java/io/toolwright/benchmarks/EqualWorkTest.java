package io.toolwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolCall;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import io.toolwright.sample.CustomerId;
import io.toolwright.sample.SampleData;
import io.toolwright.sample.SupportDesk;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the benchmarks set side by side does the same work: for the same arguments' JSON, the
 * hand-written baseline answers with the same JSON as the registry, so that a ratio of their times
 * compares equal work. The peers too: {@link LangChain4jTools} run by LangChain4j's {@code
 * DefaultToolExecutor} and {@link SpringAiTools} run by Spring AI's {@code ToolCallback}s answer the
 * same calls with the same JSON tree. Each writes its own text (LangChain4j with Jackson 2), so the
 * trees are compared after one mapper read both: whitespace or a number's scale could differ, the
 * content may not. No timing is measured or asserted.
 */
class EqualWorkTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  // One desk each: both record every call in the desk's activity log, results do not depend on it.
  private final SupportDesk toolwrightDesk = SupportDesk.withSampleData();
  private final ToolRegistry registry =
      ToolRegistry.builder()
          .addAll(toolwrightDesk.toolSets().toArray(ToolSet[]::new))
          .addAll(ArithmeticTools.bind(new Arithmetic()))
          .build();
  private final HandWritten handWritten =
      new HandWritten(SupportDesk.withSampleData(), new Arithmetic());
  private final LangChain4jPeer langChain4j =
      new LangChain4jPeer(new LangChain4jTools(SupportDesk.withSampleData()));
  private final SpringAiPeer springAi = new SpringAiPeer(new SpringAiTools(SupportDesk.withSampleData()));

  @ParameterizedTest
  @ValueSource(
      strings = {
        ExecuteBenchmark.BALANCE_ARGUMENTS,
        "{\"accountId\":\"ACC-1001\",\"includeUpcoming\":false}",
        "{\"includeUpcoming\":true,\"accountId\":\"ACC-1002\"}"
      })
  void getBalanceAnswersAlike(String arguments) {
    assertSameAnswer("get_balance", arguments, handWritten::getBalance);
    assertSameAnswer("get_balance", arguments, langChain4j("get_balance"));
    assertSameAnswer("get_balance", arguments, springAi("get_balance"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ExecuteBenchmark.INVOICES_ARGUMENTS,
        "{\"pageSize\":3,\"page\":1}",
        "{\"status\":\"OPEN\",\"pageSize\":100,\"page\":0}",
        "{\"issuedBetween\":{\"from\":\"2025-03-01\",\"to\":\"2025-03-31\"},\"pageSize\":5,\"page\":0}"
      })
  void listInvoicesAnswersAlike(String arguments) {
    assertSameAnswer("list_invoices", arguments, handWritten::listInvoices);
    assertSameAnswer("list_invoices", arguments, langChain4j("list_invoices"));
    assertSameAnswer("list_invoices", arguments, springAi("list_invoices"));
  }

  @Test
  void addAnswersAlike() {
    assertSameAnswer(
        "add", "{\"a\":40,\"b\":2}", (customer, arguments) -> handWritten.add(arguments));
    assertSameAnswer(
        "add",
        "{\"a\":2147483647,\"b\":2147483647}",
        (customer, arguments) -> handWritten.add(arguments));
  }

  @Test
  void theBenchmarkedCallsAreTheComparedOnes() {
    ExecuteBenchmark benchmark = new ExecuteBenchmark();
    benchmark.setUp(); // fails when a benchmarked call fails
    assertThat(JSON.readTree(benchmark.getBalanceHandWritten()))
        .isEqualTo(JSON.readTree(benchmark.getBalanceExecute().get(0).contentBytes()));
    assertThat(JSON.readTree(benchmark.listInvoicesHandWritten()))
        .isEqualTo(JSON.readTree(benchmark.listInvoicesExecute().get(0).contentBytes()));
    assertThat(JSON.readTree(benchmark.getBalanceLangChain4j()))
        .isEqualTo(JSON.readTree(benchmark.getBalanceExecute().get(0).contentBytes()));
    assertThat(JSON.readTree(benchmark.listInvoicesLangChain4j()))
        .isEqualTo(JSON.readTree(benchmark.listInvoicesExecute().get(0).contentBytes()));
    assertThat(JSON.readTree(benchmark.getBalanceSpringAi()))
        .isEqualTo(JSON.readTree(benchmark.getBalanceExecute().get(0).contentBytes()));
    assertThat(JSON.readTree(benchmark.listInvoicesSpringAi()))
        .isEqualTo(JSON.readTree(benchmark.listInvoicesExecute().get(0).contentBytes()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"threadLocal", "shared"})
  void theSharedRegistryBenchmarkExecutesWithEitherPool(String pool) {
    SharedRegistryBenchmark benchmark = new SharedRegistryBenchmark();
    benchmark.pool = pool;
    benchmark.setUp();

    List<ToolResult> results = benchmark.threads02();

    assertThat(results.get(0).content()).isEqualTo(JSON.readTree("{\"sum\":42}"));
  }

  @Test
  void langChain4jDescribesTheSameToolsWithTheSameDescriptions() {
    ToolRegistry sample = SupportDesk.withSampleData().registry();
    assertThat(langChain4j.specifications())
        .extracting(specification -> specification.name())
        .containsExactlyInAnyOrder("get_balance", "list_invoices");
    langChain4j
        .specifications()
        .forEach(
            specification ->
                assertThat(specification.description())
                    .isEqualTo(
                        sample.definitions().stream()
                            .filter(tool -> tool.name().equals(specification.name()))
                            .findFirst()
                            .orElseThrow()
                            .description()));
    // Its OpenAI JSON names the same required arguments: the filters are optional on both sides.
    JsonNode invoices =
        langChain4j.openAiChatJsons().stream()
            .map(JSON::readTree)
            .filter(tool -> tool.at("/function/name").stringValue().equals("list_invoices"))
            .findFirst()
            .orElseThrow();
    assertThat(invoices.at("/function/parameters/required"))
        .isEqualTo(JSON.readTree("[\"pageSize\",\"page\"]"));
  }

  @Test
  void springAiDescribesTheSameToolsWithTheSameDescriptions() {
    ToolRegistry sample = SupportDesk.withSampleData().registry();
    assertThat(springAi.callbacks())
        .extracting(callback -> callback.getToolDefinition().name())
        .containsExactlyInAnyOrder("get_balance", "list_invoices");
    springAi
        .callbacks()
        .forEach(
            callback ->
                assertThat(callback.getToolDefinition().description())
                    .isEqualTo(
                        sample.definitions().stream()
                            .filter(tool -> tool.name().equals(callback.getToolDefinition().name()))
                            .findFirst()
                            .orElseThrow()
                            .description()));
    JsonNode invoices =
        springAi.openAiChatJsons().stream()
            .map(JSON::readTree)
            .filter(tool -> tool.at("/function/name").stringValue().equals("list_invoices"))
            .findFirst()
            .orElseThrow();
    // The ToolContext parameter is not an argument the model sees.
    assertThat(invoices.at("/function/parameters/properties").propertyNames())
        .containsExactlyInAnyOrder("status", "issuedBetween", "pageSize", "page");
    assertThat(invoices.at("/function/parameters/required"))
        .isEqualTo(JSON.readTree("[\"pageSize\",\"page\"]"));
  }

  private BiFunction<CustomerId, String, byte[]> springAi(String tool) {
    return (customer, arguments) ->
        springAi.execute(customer, tool, arguments).getBytes(StandardCharsets.UTF_8);
  }

  private BiFunction<CustomerId, String, byte[]> langChain4j(String tool) {
    return (customer, arguments) ->
        langChain4j
            .execute(customer, LangChain4jPeer.request(tool, arguments))
            .getBytes(StandardCharsets.UTF_8);
  }

  private void assertSameAnswer(
      String tool, String arguments, BiFunction<CustomerId, String, byte[]> byHand) {
    ToolResult result =
        registry
            .execute(
                List.of(ToolCall.of("call_1", tool, arguments)),
                SupportDesk.signedIn(SampleData.ANA))
            .get(0);
    assertThat(result.isError()).as(result.toString()).isFalse();
    // Both texts read by one mapper: equal trees, whatever each side's reader makes of 298.00.
    JsonNode expected = JSON.readTree(result.contentBytes());

    JsonNode actual = JSON.readTree(byHand.apply(SampleData.ANA, arguments));

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.isEmpty()).isFalse();
  }
}
