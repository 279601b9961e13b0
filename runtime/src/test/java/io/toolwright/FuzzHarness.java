package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one input through a registry of the test fixtures along every input path and asserts the
 * properties {@link ExecuteFuzzTest} lists. Each registry has its own fixture instances, counters
 * and an invoker wrapper that records which tools' methods were called. Not thread-safe: fuzzing
 * and the tests run it on one thread.
 */
final class FuzzHarness {

  /** Limits a fuzzer's small inputs reach, every one of them. */
  static final ParseLimits TIGHT =
      ParseLimits.builder()
          .maxDepth(3)
          .maxDocumentBytes(600)
          .maxStringLength(24)
          .maxNumberLength(12)
          .maxNameLength(12)
          .maxExponent(20)
          .build();

  static final FuzzHarness DEFAULT_LIMITS = new FuzzHarness(ParseLimits.defaults());
  static final FuzzHarness TIGHT_LIMITS = new FuzzHarness(TIGHT);

  /** The deepest nesting a registry may allow; for inputs larger than a fuzzer makes. */
  static final FuzzHarness CEILING_DEPTH =
      new FuzzHarness(ParseLimits.builder().maxDepth(ParseLimits.DEPTH_CEILING).build());

  static final String BYTES = "bytes";
  static final String TEXT = "text";
  static final String TREE = "tree";
  static final String SDK_TREE = "sdk-tree";

  /** A verdict of a call whose tool threw the documented, propagating {@link OutOfMemoryError}. */
  static final String OOM = "OOM";

  static final String SUCCESS = "SUCCESS";

  private static final Set<String> BILLING_TOOLS =
      Set.of("get_balance", "find_invoices", "refund_invoice", "ping");
  private static final Set<String> THROWING_TOOLS = Set.of("fail");
  /**
   * Tools whose constraint, dispatcher or arguments' own code can fail: TOOL_FAILED before their
   * method runs.
   */
  private static final Set<String> UNRUNNABLE_TOOLS =
      Set.of("misconfigured", "broken_dispatcher", "fragile");
  private static final Set<String> ERROR_KEYS =
      Set.of("code", "message", "problems", "closest_tools");
  private static final Set<String> PROBLEM_KEYS = Set.of("pointer", "expected", "actual");
  private static final Set<String> CODES =
      Arrays.stream(ErrorCode.values()).map(ErrorCode::name).collect(Collectors.toSet());

  /** The longest excerpt: {@link Excerpts#LIMIT} characters, an ellipsis before and one after. */
  static final int EXCERPT_BOUND = Excerpts.LIMIT + 2;

  /** The longest tool name quoted from an input, so a huge input does not make a huge name. */
  private static final int UNKNOWN_NAME_BYTES = 300;

  private static final ToolContext CONTEXT = ToolContext.of("customer", 42L);

  /** Far beyond any registry's limits; the depth is the deepest a registry may allow. */
  private static final StreamReadConstraints RELAXED =
      StreamReadConstraints.builder()
          .maxNestingDepth(ParseLimits.DEPTH_CEILING)
          .maxNumberLength(10_000_000)
          .maxStringLength(100_000_000)
          .maxNameLength(100_000_000)
          .maxDocumentLength(-1)
          .build();

  /** How an SDK that keeps decimals exact reads arguments: duplicates allowed, last one wins. */
  static final JsonMapper PERMISSIVE_EXACT =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(RELAXED).build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** How a typical SDK reads arguments: decimals as {@code double}s. */
  static final JsonMapper PERMISSIVE_DOUBLES =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(RELAXED).build())
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Exactly one JSON value, each name at most once per object; decimals exact. */
  static final JsonMapper STRICT =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(RELAXED)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Writes a tree compactly, as the executor does before parsing it again. */
  private static final JsonMapper WRITER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamWriteConstraints(
                      StreamWriteConstraints.builder()
                          .maxNestingDepth(ParseLimits.DEPTH_CEILING)
                          .build())
                  .build())
          .build();

  private final ParseLimits limits;
  private final Billing billing = new Billing();
  private final FaultyTools faulty = new FaultyTools();
  private final List<String> invoked = new ArrayList<>();
  private final ToolRegistry registry;
  private final List<String> names;
  private long sequence;

  private FuzzHarness(ParseLimits limits) {
    this.limits = limits;
    this.registry =
        ToolRegistry.builder()
            .addAll(observed(BillingTools.bind(billing)), observed(faulty.bind()))
            .parseLimits(limits)
            // Refunds are destructive; the harness approves them, to reach their method.
            .execution(
                ExecutionPolicy.builder()
                    .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                    .build())
            .build();
    this.names = registry.definitions().stream().map(ToolDefinition::name).toList();
  }

  /** Every property, for one input, on the registry with default and with tight limits. */
  static void checkAll(byte[] input) {
    DEFAULT_LIMITS.check(input);
    TIGHT_LIMITS.check(input);
  }

  /**
   * Every property for one input on this registry.
   *
   * @return per path, each tool's verdict ({@link #SUCCESS}, an error code or {@link #OOM})
   */
  Map<String, Map<String, String>> check(byte[] input) {
    byte[] bytes = input.clone();
    Map<String, Map<String, String>> verdicts = new LinkedHashMap<>();
    String unknown = unknownName(bytes);
    verdicts.put(BYTES, run((id, name) -> ToolCall.of(id, name, bytes), unknown));
    String text = new String(bytes, StandardCharsets.UTF_8);
    verdicts.put(TEXT, run((id, name) -> ToolCall.of(id, name, text), unknown));
    JsonNode exact = permissiveTree(PERMISSIVE_EXACT, bytes);
    if (exact != null) {
      verdicts.put(TREE, run((id, name) -> ToolCall.ofTree(id, name, exact.deepCopy()), unknown));
    }
    JsonNode doubles = permissiveTree(PERMISSIVE_DOUBLES, bytes);
    if (doubles != null) {
      verdicts.put(
          SDK_TREE, run((id, name) -> ToolCall.ofTree(id, name, doubles.deepCopy()), unknown));
    }

    if (isUtf8(bytes)) {
      assertThat(verdicts.get(TEXT))
          .as("verdicts of the text path against the bytes path")
          .isEqualTo(verdicts.get(BYTES));
      if (exact != null && isStrictJson(bytes) && sameSideOfLengthLimits(bytes, exact)) {
        assertThat(verdicts.get(TREE))
            .as("verdicts of the tree path against the bytes path")
            .isEqualTo(verdicts.get(BYTES));
      }
    }
    return verdicts;
  }

  /**
   * One batch with a call to every tool but {@code fail} (and to {@code extraName}, when it names
   * no tool), then {@code fail} alone: it may throw the {@link OutOfMemoryError} that propagates.
   */
  private Map<String, String> run(BiFunction<String, String, ToolCall> calls, String extraName) {
    List<String> batchNames = new ArrayList<>();
    for (String name : names) {
      if (!name.equals("fail")) {
        batchNames.add(name);
      }
    }
    if (extraName != null && !names.contains(extraName)) {
      batchNames.add(extraName);
    }
    Map<String, String> verdicts = new LinkedHashMap<>();
    List<ToolCall> batch = new ArrayList<>();
    for (String name : batchNames) {
      batch.add(calls.apply(nextId(), name));
    }
    List<ToolResult> results = executeCounted(batch);
    for (int i = 0; i < batch.size(); i++) {
      String name = batch.get(i).name();
      String verdict = verdict(results.get(i));
      if (!names.contains(name)) {
        assertThat(verdict).as("a call to a tool named %s", name).isEqualTo("UNKNOWN_TOOL");
        name = "<unknown>";
      }
      verdicts.put(name, verdict);
    }

    ToolCall failCall = calls.apply(nextId(), "fail");
    invoked.clear();
    int before = faulty.calls.get();
    try {
      List<ToolResult> failResults = executeCounted(List.of(failCall));
      verdicts.put("fail", verdict(failResults.get(0)));
    } catch (OutOfMemoryError thrown) {
      // The documented exception: a VirtualMachineError other than StackOverflowError propagates.
      assertThat(thrown).as("the only error execute may throw").hasMessage("simulated");
      assertThat(invoked).as("tools called before the OutOfMemoryError").containsExactly("fail");
      assertThat(faulty.calls.get() - before).isEqualTo(1);
      Thread.interrupted();
      verdicts.put("fail", OOM);
    }
    return verdicts;
  }

  /** Executes a batch and checks properties 1 to 3 for each of its results. */
  private List<ToolResult> executeCounted(List<ToolCall> batch) {
    invoked.clear();
    int billingBefore = billing.calls();
    int faultyBefore = faulty.calls.get();

    List<ToolResult> results = registry.execute(batch, CONTEXT);
    boolean interrupted = Thread.interrupted();

    List<String> ran = List.copyOf(invoked);
    assertThat(results).as("one result per call").hasSize(batch.size());
    assertThat(new HashSet<>(ran)).as("no tool runs twice in a batch").hasSize(ran.size());
    if (interrupted) {
      assertThat(ran).as("only fail (kind interrupted) re-asserts an interrupt").contains("fail");
    }
    int billingSuccesses = 0;
    List<ToolCall> again = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      ToolCall call = batch.get(i);
      ToolResult result = results.get(i);
      boolean wasInvoked = ran.contains(call.name());
      checkResult(call, result, wasInvoked);
      if (result instanceof ToolResult.Success) {
        if (BILLING_TOOLS.contains(call.name())) {
          billingSuccesses++;
        }
        again.add(call);
      }
    }
    long billingRan = ran.stream().filter(BILLING_TOOLS::contains).count();
    long faultyRan = ran.stream().filter(name -> !BILLING_TOOLS.contains(name)).count();
    assertThat(billing.calls() - billingBefore)
        .as("billing methods that ran (%s)", ran)
        .isEqualTo(billingRan)
        .isEqualTo(billingSuccesses);
    assertThat(faulty.calls.get() - faultyBefore)
        .as("faulty tool methods that ran (%s)", ran)
        .isEqualTo(faultyRan);

    // Determinism: the same call, executed again, succeeds again (and runs the method once more).
    for (ToolCall call : again) {
      invoked.clear();
      ToolCall repeat = copy(call, nextId());
      List<ToolResult> repeated = registry.execute(List.of(repeat), CONTEXT);
      Thread.interrupted();
      assertThat(repeated).hasSize(1);
      assertThat(verdict(repeated.get(0))).as("%s executed again", call).isEqualTo(SUCCESS);
      assertThat(invoked).containsExactly(call.name());
    }
    return results;
  }

  private void checkResult(ToolCall call, ToolResult result, boolean wasInvoked) {
    assertThat(result).as("result of %s", call).isNotNull();
    assertThat(result.callId()).as("id of the result of %s", call).isEqualTo(call.id());
    assertThat(result.toolName()).isEqualTo(call.name());
    if (result instanceof ToolResult.Failure failure) {
      checkFailure(call, failure);
      assertThat(failure.error().message())
          .as("the executor's catch-all for its own defects, for %s", call)
          .doesNotStartWith("Toolwright could not check this call");
      if (!wasInvoked && failure.error().code() == ErrorCode.TOOL_FAILED) {
        assertThat(call.name())
            .as("TOOL_FAILED without running the method: %s", failure.error())
            .isIn(UNRUNNABLE_TOOLS);
      }
      if (wasInvoked) {
        assertThat(call.name())
            .as("a tool whose method ran and then failed: %s", failure.error())
            .isIn(THROWING_TOOLS);
        assertThat(failure.error().code()).isEqualTo(ErrorCode.TOOL_FAILED);
      }
      return;
    }
    ToolResult.Success success = (ToolResult.Success) result;
    assertThat(wasInvoked).as("a success whose method did not run: %s", call).isTrue();
    assertThat(success.value()).isNotNull();
    byte[] arguments = argumentsAsSent(call);
    JsonNode object = strictObject(arguments);
    if (object == null) {
      fail("a success for arguments that are not one strictly valid JSON object: %s", call);
    }
    String breach = JsonMeasures.of(arguments).breach(limits);
    if (breach != null) {
      fail("a success for arguments beyond %s (%s): %s", limits, breach, call);
    }
    if (call.argumentTree() == null && declaresUtf8(arguments) && !isUtf8(arguments)) {
      fail("a success for arguments that are not well-formed UTF-8: %s", call);
    }
    String unpaired = unpairedSurrogate(object);
    if (unpaired != null) {
      fail("a success for arguments with an unpaired surrogate at %s: %s", unpaired, call);
    }
    String problem = FixtureSchemas.problem(call.name(), object);
    if (problem != null) {
      fail("a success for arguments the tool's schema rejects (%s): %s", problem, call);
    }
  }

  private void checkFailure(ToolCall call, ToolResult.Failure failure) {
    ToolError error = failure.error();
    assertThat(error).isNotNull();
    assertThat(error.code()).isNotNull();
    assertThat(CODES).contains(error.code().name());
    String where = "error content of " + call;
    JsonNode content = failure.content();
    assertThat(content.isObject()).as(where).isTrue();
    assertThat(content.propertyNames()).as(where).containsExactly("error");
    JsonNode body = content.get("error");
    assertThat(body.isObject()).as(where).isTrue();
    assertThat(body.propertyNames()).as(where).contains("code", "message");
    assertThat(ERROR_KEYS).as(where).containsAll(body.propertyNames());
    assertThat(body.get("code").isString()).as(where).isTrue();
    assertThat(body.get("code").stringValue()).as(where).isIn(CODES).isEqualTo(error.code().name());
    assertThat(body.get("message").isString()).as(where).isTrue();
    String message = body.get("message").stringValue();
    assertThat(message).as(where).isEqualTo(error.message()).isNotBlank();
    assertThat(isSingleLine(message)).as("single-line message: %s", message).isTrue();

    JsonNode problems = body.get("problems");
    if (error.problems().isEmpty()) {
      assertThat(problems).as(where).isNull();
    } else {
      assertThat(EnumSet.of(ErrorCode.INVALID_JSON, ErrorCode.INVALID_ARGUMENTS))
          .as("codes with problems")
          .contains(error.code());
      assertThat(problems.isArray()).as(where).isTrue();
      assertThat(problems.size())
          .as(where)
          .isEqualTo(error.problems().size())
          .isLessThanOrEqualTo(CallExecutor.MAX_PROBLEMS);
      for (int i = 0; i < problems.size(); i++) {
        JsonNode problem = problems.get(i);
        assertThat(problem.isObject()).as(where).isTrue();
        assertThat(problem.propertyNames()).as(where).contains("pointer", "expected");
        assertThat(PROBLEM_KEYS).as(where).containsAll(problem.propertyNames());
        String pointer = problem.get("pointer").stringValue();
        assertThat(pointer.isEmpty() || pointer.startsWith("/")).as("pointer %s", pointer).isTrue();
        String expected = problem.get("expected").stringValue();
        assertThat(expected).as(where).isNotBlank();
        assertThat(isSingleLine(expected)).as("single-line expected: %s", expected).isTrue();
        JsonNode actual = problem.get("actual");
        if (actual != null) {
          assertThat(actual.isString()).as(where).isTrue();
          String excerpt = actual.stringValue();
          assertThat(excerpt.length())
              .as("length of the excerpt %s", excerpt)
              .isLessThanOrEqualTo(EXCERPT_BOUND);
          assertThat(isSingleLine(excerpt)).as("single-line excerpt: %s", excerpt).isTrue();
        }
      }
    }

    JsonNode closest = body.get("closest_tools");
    if (error.closestTools().isEmpty()) {
      assertThat(closest).as(where).isNull();
    } else {
      assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
      assertThat(closest.isArray()).as(where).isTrue();
      for (JsonNode name : closest) {
        assertThat(names).contains(name.stringValue());
      }
    }
  }

  // ---- the paths' inputs

  /** The arguments as the executor reads them: a tree is written compactly first. */
  private static byte[] argumentsAsSent(ToolCall call) {
    JsonNode tree = call.argumentTree();
    if (tree == null) {
      return call.argumentBytes();
    }
    return tree.isMissingNode() ? new byte[0] : WRITER.writeValueAsBytes(tree);
  }

  private static ToolCall copy(ToolCall call, String id) {
    JsonNode tree = call.argumentTree();
    return tree != null
        ? ToolCall.ofTree(id, call.name(), tree.deepCopy())
        : ToolCall.of(id, call.name(), call.argumentBytes());
  }

  /** A tool name made from the input, so that unknown and hostile names are fuzzed too. */
  private static String unknownName(byte[] input) {
    return new String(input, 0, Math.min(input.length, UNKNOWN_NAME_BYTES), StandardCharsets.UTF_8);
  }

  /** The tree a permissive reader makes of the bytes, or {@code null} if it makes none. */
  static JsonNode permissiveTree(JsonMapper mapper, byte[] input) {
    try {
      return mapper.readTree(input);
    } catch (RuntimeException | StackOverflowError e) {
      // JacksonException, or the NumberFormatException Jackson throws for an exponent beyond int.
      return null;
    }
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Blank, or exactly one JSON value with each name at most once per object. */
  static boolean isStrictJson(byte[] bytes) {
    if (isBlank(bytes)) {
      return true;
    }
    try {
      return STRICT.readTree(bytes) != null;
    } catch (RuntimeException | StackOverflowError e) {
      // JacksonException, or the NumberFormatException Jackson throws for an exponent beyond int.
      return false;
    }
  }

  /**
   * The arguments as one strictly valid JSON object (blank, or no value at all, counting as {@code
   * {}}, as documented), or {@code null} when the bytes are not one.
   */
  static JsonNode strictObject(byte[] bytes) {
    if (isBlank(bytes)) {
      return STRICT.createObjectNode();
    }
    try {
      JsonNode tree = STRICT.readTree(bytes);
      if (tree == null || tree.isMissingNode()) {
        // No value although not blank ASCII (a byte-order mark, UTF-16 or UTF-32 whitespace).
        return STRICT.createObjectNode();
      }
      return tree.isObject() ? tree : null;
    } catch (RuntimeException | StackOverflowError e) {
      // JacksonException, or the NumberFormatException Jackson throws for an exponent beyond int.
      return null;
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text and the compact serialisation of its tree are on the same side of the
   * document-size and number-length limits, which a tree is documented to meet as its compact
   * serialisation ({@code 1e-7} is written {@code 1E-7}, {@code 1e-6} as {@code 0.000001}).
   */
  private boolean sameSideOfLengthLimits(byte[] text, JsonNode tree) {
    if (tree.isMissingNode()) {
      return true;
    }
    JsonMeasures original = JsonMeasures.of(text);
    JsonMeasures compact = JsonMeasures.of(WRITER.writeValueAsBytes(tree));
    return (original.bytes() <= limits.maxDocumentBytes())
            == (compact.bytes() <= limits.maxDocumentBytes())
        && (original.mostDigits() <= limits.maxNumberLength())
            == (compact.mostDigits() <= limits.maxNumberLength());
  }

  /**
   * Whether text shows on one line as it is: no control character, line or paragraph separator,
   * no invisible format character (bidi controls, zero-width characters, tags), no unpaired
   * surrogate.
   */
  static boolean isSingleLine(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      switch (Character.getType(c)) {
        case Character.CONTROL,
            Character.FORMAT,
            Character.LINE_SEPARATOR,
            Character.PARAGRAPH_SEPARATOR,
            Character.SURROGATE -> {
          return false;
        }
        default -> i += Character.charCount(c);
      }
    }
    return true;
  }

  /**
   * Whether bytes are meant as UTF-8 by JSON's encoding detection: no UTF-16 byte-order mark and no
   * zero byte among the first four (UTF-16 and UTF-32 text has one there).
   */
  static boolean declaresUtf8(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** The pointer of the first name or string holding an unpaired surrogate, or {@code null}. */
  static String unpairedSurrogate(JsonNode node) {
    if (node.isString()) {
      return hasUnpairedSurrogate(node.stringValue()) ? "" : null;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (hasUnpairedSurrogate(property.getKey())) {
          return "/" + property.getKey();
        }
        String below = unpairedSurrogate(property.getValue());
        if (below != null) {
          return "/" + property.getKey() + below;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String below = unpairedSurrogate(node.get(i));
        if (below != null) {
          return "/" + i + below;
        }
      }
    }
    return null;
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  static String verdict(ToolResult result) {
    return result instanceof ToolResult.Failure failure
        ? failure.error().code().name()
        : SUCCESS;
  }

  private String nextId() {
    return "call-" + ++sequence;
  }

  /** The set's bindings, each recording in {@link #invoked} when its method is about to run. */
  private ToolSet observed(ToolSet set) {
    List<ToolBinding> bindings = new ArrayList<>();
    for (ToolBinding binding : set.bindings()) {
      String name = binding.definition().name();
      bindings.add(
          ToolBinding.of(
              binding.definition(),
              binding.contextNames(),
              (arguments, context) -> {
                PreparedCall prepared = binding.invoker().prepare(arguments, context);
                if (prepared == null) {
                  return null;
                }
                return prepared.returnsVoid()
                    ? PreparedCall.ofVoid(
                        prepared.arguments(),
                        () -> {
                          invoked.add(name);
                          prepared.invoke();
                        })
                    : PreparedCall.returning(
                        prepared.arguments(),
                        () -> {
                          invoked.add(name);
                          return prepared.invoke();
                        });
              }));
    }
    return ToolSet.of(set.source(), bindings);
  }

  /** What a document measures against each {@link ParseLimits} limit, read token by token. */
  record JsonMeasures(
      int bytes,
      int depth,
      int longestString,
      int longestNameBytes,
      int mostDigits,
      long widestExponent) {

    static JsonMeasures of(byte[] json) {
      int depth = 0;
      int deepest = 0;
      int longestString = 0;
      int longestName = 0;
      int mostDigits = 0;
      long widestExponent = 0;
      if (!isBlank(json)) {
        try (JsonParser parser = STRICT.createParser(json)) {
          for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            switch (token) {
              case START_OBJECT, START_ARRAY -> deepest = Math.max(deepest, ++depth);
              case END_OBJECT, END_ARRAY -> depth--;
              case PROPERTY_NAME ->
                  longestName =
                      Math.max(
                          longestName,
                          parser.currentName().getBytes(StandardCharsets.UTF_8).length);
              case VALUE_STRING -> longestString = Math.max(longestString, parser.getTextLength());
              case VALUE_NUMBER_INT ->
                  mostDigits = Math.max(mostDigits, digits(parser.getString()));
              case VALUE_NUMBER_FLOAT -> {
                mostDigits = Math.max(mostDigits, digits(parser.getString()));
                widestExponent = Math.max(widestExponent, exponent(parser.getString()));
              }
              default -> {}
            }
          }
        }
      }
      return new JsonMeasures(
          json.length, deepest, longestString, longestName, mostDigits, widestExponent);
    }

    /** The first limit these measures break, or {@code null}. */
    String breach(ParseLimits limits) {
      if (bytes > limits.maxDocumentBytes()) {
        return "document of " + bytes + " bytes";
      }
      if (depth > limits.maxDepth()) {
        return "depth " + depth;
      }
      if (longestString > limits.maxStringLength()) {
        return "string of " + longestString + " characters";
      }
      if (longestNameBytes > limits.maxNameLength()) {
        return "name of " + longestNameBytes + " bytes";
      }
      if (mostDigits > limits.maxNumberLength()) {
        return "number of " + mostDigits + " digits";
      }
      if (widestExponent > limits.maxExponent()) {
        return "exponent " + widestExponent;
      }
      return null;
    }

    /** The decimal exponent n of d.ddd × 10^n, as {@code TreeLimits} measures it, exactly. */
    private static long exponent(String number) {
      String text = number.toLowerCase(java.util.Locale.ROOT);
      int e = text.indexOf('e');
      String mantissa = e < 0 ? text : text.substring(0, e);
      java.math.BigInteger written =
          e < 0 ? java.math.BigInteger.ZERO : new java.math.BigInteger(text.substring(e + 1));
      java.math.BigDecimal digits = new java.math.BigDecimal(mantissa);
      java.math.BigInteger exponent =
          written.add(
              java.math.BigInteger.valueOf((long) digits.precision() - digits.scale() - 1));
      return exponent.abs().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    private static int digits(String number) {
      int count = 0;
      for (int i = 0; i < number.length(); i++) {
        if (Character.isDigit(number.charAt(i))) {
          count++;
        }
      }
      return count;
    }
  }
}
