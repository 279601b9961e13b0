package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@link ToolRegistry#execute} with arbitrary bytes as tool arguments (Jazzer, {@code
 * com.code-intelligence:jazzer-junit}).
 *
 * <p>{@link FuzzHarness} sends each input as the arguments of a call to every tool of the
 * hand-written fixtures ({@link BillingTools}, {@link FaultyTools}), plus one call to a tool named
 * by the input's first bytes, on two registries: one with the default {@link ParseLimits} and one
 * with limits so tight ({@link FuzzHarness#TIGHT}) that a fuzzer's small inputs reach each of them.
 * Each call goes along four paths: {@code ToolCall.of(id, name, byte[])}; a {@code String} decoded
 * leniently (invalid UTF-8 becomes U+FFFD); and, when a permissive mapper (duplicates allowed,
 * trailing content ignored) parses the bytes, {@code ToolCall.ofTree} with decimals read exactly
 * and with decimals read as {@code double}, as many SDKs do. The properties, for every call:
 *
 * <ol>
 *   <li>{@code execute} never throws and returns exactly one result per call, in order, with the
 *       call's id and tool name. The one documented exception: the {@link OutOfMemoryError} that
 *       {@code fail} with {@code kind=out_of_memory} throws propagates, after that tool alone ran.
 *   <li>Every failure's code is one of {@link ErrorCode#values()}; its content is {@code
 *       {"error":{"code","message"[,"problems"][,"closest_tools"]}}}, agreeing with the {@link
 *       ToolError}; problems only for {@code INVALID_JSON} and {@code INVALID_ARGUMENTS}, at most
 *       {@value CallExecutor#MAX_PROBLEMS}; every excerpt ({@code actual}) single-line and at most
 *       {@value Excerpts#LIMIT} characters plus an ellipsis at either end; single-line messages.
 *   <li>A tool's method runs (counted by the fixtures and by a wrapper around every invoker) only
 *       for a success, or for a {@code TOOL_FAILED} of {@code fail}, the tool that throws; the
 *       counted calls equal the successes. A success's arguments are one strictly valid JSON
 *       object within the registry's limits that {@link FixtureSchemas}, an independent reading of
 *       the tools' schemas and constraints, accepts; and the same call executed again succeeds
 *       again.
 *   <li>When the bytes are valid UTF-8, the text path gives the bytes path's verdict (success or
 *       error code) for every tool; when they are also strictly valid JSON (each name once per
 *       object, nothing after the value), so does the exact tree path, unless the text and the
 *       tree's compact serialisation fall on different sides of the document-size or number-length
 *       limit: a tree is documented to meet the limits as its compact serialisation ({@code 1e-6}
 *       is written {@code 0.000001}, six digits more).
 * </ol>
 *
 * <h2>Regression mode: every build</h2>
 *
 * <p>{@code ./mvnw -pl runtime test} runs {@link #execute} as a parameterised test on the empty
 * input and on each file of the seed corpus, {@code
 * src/test/resources/io/toolwright/ExecuteFuzzTestInputs/execute/}: valid and invalid argument
 * documents, and any crash a fuzzing run saved there. It takes a few seconds. {@code
 * runtime/pom.xml} sets {@code jazzer.hooks=false} for it: with its hooks Jazzer's agent takes
 * about 15 s to attach, and the sanitizers they enable (SQL, LDAP, deserialisation, ...) have
 * nothing to look at in this code. {@link #largeDocuments} covers inputs larger than a fuzzer
 * makes, and {@link #seedsReachEveryOutcome} keeps the corpus reaching every tool's method and
 * every error code, so that the properties are not met vacuously.
 *
 * <h2>Fuzzing: on demand</h2>
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl runtime test -Dtest=ExecuteFuzzTest -Dfuzz.seconds=300
 * }</pre>
 *
 * <p>{@code JAZZER_FUZZ} switches Jazzer to fuzzing and activates the {@code fuzz} profile of
 * {@code runtime/pom.xml}, which turns the hooks (coverage instrumentation) back on and passes
 * libFuzzer its arguments through Jazzer 0.24's {@code jazzer.internal.arg.N} parameters (0.24 has
 * no {@code jazzer.max_duration}): the run's length in seconds ({@code fuzz.seconds}, default 300,
 * overriding {@code @FuzzTest(maxDuration)}), at most 10 s per input, and {@code
 * runtime/target/fuzz-corpus/} for the corpus it grows. A crashing input is saved as {@code
 * ExecuteFuzzTestInputs/execute/crash-<sha1>}, which every later build replays; also turn it into
 * a named test in {@link ExecuteFuzzFindingsTest}.
 */
class ExecuteFuzzTest {

  private static final String SEEDS = "ExecuteFuzzTestInputs/execute";

  @FuzzTest(maxDuration = "5m")
  void execute(byte[] arguments) {
    FuzzHarness.checkAll(arguments);
  }

  /**
   * Inputs larger than a fuzzer makes, at and beyond the default limits, also on a registry that
   * allows the deepest nesting a registry may ({@link ParseLimits#DEPTH_CEILING}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("large")
  void largeDocuments(String label, byte[] arguments) {
    FuzzHarness.checkAll(arguments);
    FuzzHarness.CEILING_DEPTH.check(arguments);
  }

  static Stream<Arguments> large() {
    return Stream.of(
        document("deeper than the limit", "{\"note\":" + "[".repeat(70) + "]".repeat(70) + "}"),
        document("deeper than Jackson's default", "[".repeat(2_000)),
        document("600 levels", "{\"note\":" + "[".repeat(599) + "]".repeat(599) + "}"),
        document("900 balanced levels", "[".repeat(900) + "]".repeat(900)),
        document("1200 balanced levels", "{\"note\":" + "[".repeat(1200) + "]".repeat(1200) + "}"),
        document("deep objects", "{\"filter\":" + "{\"a\":".repeat(80) + "1" + "}".repeat(81)),
        document("string at the limit", note("y".repeat(1 << 18))),
        document("string over the limit", note("x".repeat((1 << 18) + 1))),
        document("name over the limit", "{\"" + "n".repeat(257) + "\":1}"),
        document("number over the limit", "{\"limit\":1" + "0".repeat(100) + "}"),
        document("decimal over the limit", "{\"amount\":0." + "1".repeat(120) + "}"),
        document(
            "decimal whose compact form is longer",
            "{\"invoiceId\":\"INV-0001\",\"reason\":\"duplicate\",\"lines\":[{\"sku\":\"A\","
                + "\"quantity\":1}],\"amount\":1."
                + "1".repeat(98)
                + "e-6}"),
        document("huge exponent", "{\"amount\":1e999999999}"),
        document("zero with a huge exponent", "{\"amount\":0e-999999999}"),
        document("over 1 MiB of whitespace", "{" + " ".repeat((1 << 20) + 1) + "}"),
        document("300 unknown properties", unknown(300)),
        document("5000 tags", tags(5_000)),
        document("a long tool name", "x".repeat(100_000)),
        document(
            "a long tool name holding every tool's name",
            "get_balance find_invoices refund_invoice ping statement fail fragile "
                + "x".repeat(100_000)));
  }

  /**
   * The committed seeds make every tool's method run at least once and produce every error code,
   * on the registry with default limits; otherwise a property about successes or about one code
   * could hold only because nothing reached it.
   */
  @Test
  void seedsReachEveryOutcome() throws IOException, URISyntaxException {
    URL url = ExecuteFuzzTest.class.getResource(SEEDS);
    assertThat(url).as("the seed corpus on the test class path").isNotNull();
    Set<String> succeeded = new HashSet<>();
    Set<String> verdicts = new HashSet<>();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      seeds = files.sorted().toList();
    }
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(10);
    for (Path seed : seeds) {
      Map<String, Map<String, String>> outcome =
          FuzzHarness.DEFAULT_LIMITS.check(Files.readAllBytes(seed));
      outcome.values().forEach(byTool -> verdicts.addAll(byTool.values()));
      outcome.get(FuzzHarness.BYTES).forEach(
          (tool, verdict) -> {
            if (verdict.equals(FuzzHarness.SUCCESS)) {
              succeeded.add(tool);
            }
          });
    }
    assertThat(succeeded)
        .containsExactlyInAnyOrder(
            "get_balance",
            "find_invoices",
            "refund_invoice",
            "ping",
            "statement",
            "fail",
            "fragile");
    assertThat(verdicts)
        .contains(FuzzHarness.SUCCESS, FuzzHarness.OOM)
        // The codes of checks and tools; the execution policy's (caps, time-outs, attempts) need a
        // policy and a conversation, and are covered by the execution tests.
        .contains(
            Stream.of(
                    ErrorCode.UNKNOWN_TOOL,
                    ErrorCode.INVALID_JSON,
                    ErrorCode.INVALID_ARGUMENTS,
                    ErrorCode.TOOL_FAILED)
                .map(ErrorCode::name)
                .toArray(String[]::new));
  }

  private static Arguments document(String label, String json) {
    return Arguments.of(label, json.getBytes(StandardCharsets.UTF_8));
  }

  private static String note(String text) {
    return "{\"filter\":{\"status\":\"open\"},\"note\":\"" + text + "\"}";
  }

  private static String unknown(int count) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
    }
    return text.append('}').toString();
  }

  private static String tags(int count) {
    StringBuilder text =
        new StringBuilder("{\"filter\":{\"status\":\"paid\"},\"note\":null,\"tags\":[");
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ",").append('"').append(i % 1000).append('"');
    }
    return text.append("]}").toString();
  }
}
