package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.JsonWriters;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a cold JVM's first executed call makes the runtime load, in a fresh JVM (every class a first
 * call loads is paid for before the application's first answer): no lambda or stream of the
 * runtime's own is spun on the way, and Jackson starts one parser, the one arguments are read with.
 * It checks no timing: a class the first call should not need shows up here as a name.
 */
class FirstCallClassesTest {

  /**
   * A tool written as the processor generates one for a method whose arguments carry no Bean
   * Validation constraint (Bean Validation's start is a cost of its own): the arguments read with
   * {@link JsonReaders}, the result with a generated writer. And a {@code void} tool.
   */
  static final class Tools {
    static final ToolDefinition GET_BALANCE =
        ToolDefinition.of(
            "get_balance",
            "The balance of one account.",
            Effect.READ_ONLY,
            true,
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"properties\":{\"accountId\":{\"type\":\"string\"},"
                + "\"includeUpcoming\":{\"type\":\"boolean\"}},"
                + "\"required\":[\"accountId\",\"includeUpcoming\"],\"additionalProperties\":false}");

    static final ToolDefinition TOUCH =
        ToolDefinition.of(
            "touch",
            "Marks the account as seen.",
            Effect.WRITE,
            true,
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"properties\":{},\"additionalProperties\":false}");

    static ToolSet bind() {
      return ToolSet.of(
          "p.Accounts",
          List.of(
              ToolBinding.of(GET_BALANCE, List.of(), Tools::getBalance),
              ToolBinding.of(TOUCH, List.of(), (args, context) -> PreparedCall.ofVoid(null, () -> {}))))
          // As generated for a set none of whose arguments carry a constraint.
          .validating(List.of());
    }

    private static PreparedCall getBalance(ObjectNode args, ToolContext context) {
      Problems problems = new Problems();
      String accountId = JsonReaders.string(args.get("accountId"), "/accountId", problems);
      boolean upcoming = JsonReaders.bool(args.get("includeUpcoming"), "/includeUpcoming", problems);
      problems.throwIfAny();
      return PreparedCall.returning(
          null, () -> upcoming ? accountId + " 12.50" : accountId, Tools::write);
    }

    private static void write(JsonGenerator json, String value) {
      JsonWriters.string(json, value);
    }
  }

  /** The first call of each tool in a fresh registry, on the calling thread. */
  static final class FirstCall {
    public static void main(String[] args) {
      ToolRegistry registry = ToolRegistry.of(Tools.bind());
      // Not rendered: a tool no build recorded is rendered at run time, with lambdas of its own.
      System.out.println(registry.definitions().isEmpty() ? "none" : "listed");
      for (ToolCall call :
          List.of(
              ToolCall.of("call_1", "get_balance", "{\"accountId\":\"A-1\",\"includeUpcoming\":true}"),
              ToolCall.of("call_2", "touch", "{}"))) {
        ToolResult result = registry.execute(List.of(call), ToolContext.empty()).get(0);
        System.out.println("ran " + result.isError() + " " + result.contentJson());
      }
    }
  }

  private static String output;

  @BeforeAll
  static void runTheFirstCall() throws IOException, InterruptedException {
    output = ChildJvm.loadedAndInitialisedClasses(FirstCall.class);
    assertThat(output).as(output).contains("\nran false \"A-1 12.50\"").contains("\nran false {\"ok\":true}");
    assertThat(output).contains("\nlisted\n");
  }

  /** {@code [class,load] <name> source: <where>}, by name. */
  private static Map<String, String> sources() {
    Map<String, String> sources = new HashMap<>();
    Matcher line = Pattern.compile("\\[class,load\\] (\\S+) source: (\\S+)").matcher(output);
    while (line.find()) {
      sources.put(line.group(1), line.group(2));
    }
    return sources;
  }

  @Test
  void theRuntimeSpinsNoLambdaOfItsOwn() {
    Map<String, String> sources = sources();
    // A lambda's class is hidden, "Host$$Lambda$12/0x..." with its host as its source; the test's
    // fixtures (written as generated code is, with lambdas) are loaded from test-classes.
    List<String> runtimeLambdas =
        sources.entrySet().stream()
            .filter(entry -> entry.getKey().contains("$$Lambda$"))
            .map(Map.Entry::getValue)
            .filter(host -> host.startsWith("io.toolwright."))
            .filter(host -> !sources.getOrDefault(host, "").contains("test-classes"))
            .distinct()
            .toList();

    assertThat(runtimeLambdas).as("runtime classes whose lambdas the first call spun").isEmpty();
  }

  @Test
  void jacksonStartsOnlyTheByteParser() {
    // Loaded, to verify JsonFactory, but never initialised: schema text is read from bytes too.
    assertThat(output).contains("Initializing 'tools/jackson/core/json/UTF8StreamJsonParser'");
    assertThat(output).doesNotContain("Initializing 'tools/jackson/core/json/ReaderBasedJsonParser'");
    // Every parser recycles its buffers per thread; the default pool is a deque of its own.
    assertThat(output).doesNotContain("JsonRecyclerPools$ConcurrentDequePool");
  }

  @Test
  void aRegistryThatOnlyListsItsToolsLoadsNoExecutionPolicy() {
    // Without a policy set, the defaults are taken when calls run, not when the registry is built.
    String listing = output.substring(0, output.indexOf("\nlisted\n"));
    assertThat(listing).doesNotContain(" io.toolwright.ExecutionPolicy ");
    assertThat(listing).doesNotContain(" io.toolwright.spi.SystemExecutionClock ");
    assertThat(output).contains(" io.toolwright.ExecutionPolicy ");
  }

  @Test
  void callsAnsweredOnTheCallingThreadUseNoFuture() {
    // CompletableFuture (whose initialisation starts ForkJoinPool's common pool object) only where
    // an outcome is handed between threads: a time-out, an executor, an approval.
    assertThat(sources()).containsKey("io.toolwright.BatchRunner");
    assertThat(sources()).doesNotContainKey("java.util.concurrent.CompletableFuture");
  }

  @Test
  void noDoubleIsFormatted() {
    // JsonReaders' limits are literals: Double.toString would start FloatingDecimal.
    assertThat(sources()).doesNotContainKey("jdk.internal.math.FloatingDecimal");
  }
}
