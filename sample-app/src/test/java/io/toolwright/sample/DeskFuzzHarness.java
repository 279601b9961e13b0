package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ErrorCode;
import io.toolwright.ParseLimits;
import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.testkit.ObservedTools;
import io.toolwright.testkit.SchemaOracle;
import io.toolwright.testkit.SchemaOracle.Violation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Runs one input as the arguments of a call to every tool of a fresh sample desk (its generated
 * dispatchers, not hand-written fixtures), plus one call to a tool named by the input, along two
 * paths ({@code byte[]}, and a {@code String} decoded leniently), and asserts {@link DeskFuzzTest}'s
 * properties. Every method call is counted by {@link ObservedTools}.
 */
final class DeskFuzzHarness {

  static final String SUCCESS = "SUCCESS";
  /** A verdict: the method ran and refused (a {@code ToolException}), so the arguments passed. */
  static final String REFUSED = "TOOL_FAILED after the call";

  /** The longest excerpt ({@code actual}): about 80 characters, an ellipsis at either end. */
  private static final int EXCERPT_BOUND = 82;

  private static final ParseLimits LIMITS = ParseLimits.defaults();
  private static final Set<String> ERROR_KEYS =
      Set.of("code", "message", "problems", "closest_tools");
  private static final Set<String> CODES =
      Arrays.stream(ErrorCode.values()).map(ErrorCode::name).collect(Collectors.toSet());
  private static final int UNKNOWN_NAME_BYTES = 300;

  private DeskFuzzHarness() {}

  /**
   * Every property for one input.
   *
   * @return each tool's verdict on the bytes path: {@link #SUCCESS}, {@link #REFUSED} or an error
   *     code; the call to the tool the input names is under {@code <unknown>}
   */
  static Map<String, String> check(byte[] input) {
    byte[] bytes = input.clone();
    String unknown = new String(bytes, 0, Math.min(bytes.length, UNKNOWN_NAME_BYTES), StandardCharsets.UTF_8);
    Map<String, String> byBytes =
        run((id, name) -> ToolCall.of(id, name, bytes), unknown, bytes, true);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Map<String, String> byText =
        run((id, name) -> ToolCall.of(id, name, text), unknown, bytes, true);
    if (isUtf8(bytes)) {
      assertThat(byText).as("verdicts of the text path against the bytes path").isEqualTo(byBytes);
    }
    return byBytes;
  }

  /** Each tool's verdict on the bytes path, without checking any property. */
  static Map<String, String> verdicts(byte[] input) {
    String unknown = new String(input, 0, Math.min(input.length, UNKNOWN_NAME_BYTES), StandardCharsets.UTF_8);
    return run((id, name) -> ToolCall.of(id, name, input), unknown, input, false);
  }

  private static Map<String, String> run(
      BiFunction<String, String, ToolCall> calls, String unknownName, byte[] bytes, boolean check) {
    ObservedTools tools = new ObservedTools(SupportDesk.withSampleData().toolSets());
    ToolRegistry registry = tools.registry();
    List<ToolDefinition> definitions = tools.definitions();
    List<String> names = definitions.stream().map(ToolDefinition::name).toList();
    List<ToolCall> batch = new ArrayList<>();
    int id = 0;
    for (String name : names) {
      batch.add(calls.apply("call-" + id++, name));
    }
    boolean extra = !names.contains(unknownName);
    if (extra) {
      batch.add(calls.apply("call-" + id, unknownName));
    }
    Map<String, Integer> before = new LinkedHashMap<>();
    names.forEach(name -> before.put(name, tools.calls(name)));

    List<ToolResult> results = registry.execute(batch, SupportDesk.signedIn(SampleData.ANA));

    assertThat(results).as("one result per call").hasSize(batch.size());
    JsonNode strictObject = strictObject(bytes);
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      ToolCall call = batch.get(i);
      ToolResult result = results.get(i);
      if (!check) {
        boolean unknown = extra && i == batch.size() - 1;
        verdicts.put(
            unknown ? "<unknown>" : call.name(),
            verdict(result, unknown ? 0 : tools.calls(call.name()) - before.get(call.name())));
        continue;
      }
      assertThat(result.callId()).as("id of the result of %s", call).isEqualTo(call.id());
      assertThat(result.toolName()).isEqualTo(call.name());
      if (result instanceof ToolResult.Failure failure) {
        checkFailure(call, failure, names);
      }
      if (extra && i == batch.size() - 1) {
        assertThat(verdict(result, 0)).as("a call to a tool named %s", call.name()).isEqualTo("UNKNOWN_TOOL");
        verdicts.put("<unknown>", "UNKNOWN_TOOL");
        continue;
      }
      int ran = tools.calls(call.name()) - before.get(call.name());
      String verdict = verdict(result, ran);
      assertThat(ran).as("method calls for %s", call).isLessThanOrEqualTo(1);
      if (ran == 1) {
        assertThat(verdict).as("a call whose method ran: %s", call).isIn(SUCCESS, REFUSED);
      } else {
        assertThat(verdict).as("a success whose method did not run: %s", call).isNotEqualTo(SUCCESS);
      }
      checkVerdictAgainstSchema(definitions.get(i), call, verdict, strictObject, bytes);
      verdicts.put(call.name(), verdict);
    }
    return verdicts;
  }

  /**
   * The arguments are one strictly valid JSON object within the registry's limits: then the
   * runtime calls the method exactly when the tool's schema accepts them, and rejects them with
   * {@code INVALID_ARGUMENTS} otherwise.
   */
  private static void checkVerdictAgainstSchema(
      ToolDefinition tool, ToolCall call, String verdict, JsonNode object, byte[] bytes) {
    boolean accepted = verdict.equals(SUCCESS) || verdict.equals(REFUSED);
    if (object == null) {
      assertThat(accepted).as("accepted arguments that are not one JSON object: %s", call).isFalse();
      return;
    }
    if (!withinLimits(bytes)) {
      return;
    }
    List<Violation> violations =
        SchemaOracle.violations(SchemaOracle.JSON.readTree(tool.canonicalSchema()), object);
    if (accepted && violations.stream().allMatch(DeskFuzzHarness::emailTopLevelDomain)) {
      return;
    }
    String answer = verdict + " for " + call + "; the schema says " + (violations.isEmpty() ? "valid" : violations);
    if (violations.isEmpty()) {
      assertThat(accepted).as(answer).isTrue();
    } else {
      assertThat(verdict).as(answer).isEqualTo(ErrorCode.INVALID_ARGUMENTS.name());
    }
  }

  /**
   * networknt's {@code email} format also checks the address's top-level domain against IANA's
   * list; RFC 5321 and Hibernate Validator's {@code @Email} check the syntax only. A difference of
   * the two libraries, not of Toolwright's schema and runtime.
   */
  private static boolean emailTopLevelDomain(Violation violation) {
    return violation.keyword().equals("format") && violation.message().contains("email");
  }

  private static void checkFailure(ToolCall call, ToolResult.Failure failure, List<String> names) {
    String where = "error content of " + call;
    assertThat(CODES).contains(failure.error().code().name());
    JsonNode content = failure.content();
    assertThat(content.propertyNames()).as(where).containsExactly("error");
    JsonNode body = content.get("error");
    assertThat(body.propertyNames()).as(where).contains("code", "message");
    assertThat(ERROR_KEYS).as(where).containsAll(body.propertyNames());
    assertThat(body.get("code").stringValue()).as(where).isEqualTo(failure.error().code().name());
    String message = body.get("message").stringValue();
    assertThat(message).as(where).isEqualTo(failure.error().message()).isNotBlank();
    assertThat(singleLine(message)).as("single-line message: %s", message).isTrue();
    JsonNode problems = body.get("problems");
    if (problems != null) {
      assertThat(failure.error().code()).isIn(ErrorCode.INVALID_JSON, ErrorCode.INVALID_ARGUMENTS);
      for (JsonNode problem : problems) {
        String pointer = problem.get("pointer").stringValue();
        assertThat(pointer.isEmpty() || pointer.startsWith("/")).as("pointer %s", pointer).isTrue();
        assertThat(singleLine(problem.get("expected").stringValue())).as(where).isTrue();
        JsonNode actual = problem.get("actual");
        if (actual != null) {
          assertThat(actual.stringValue().length()).as(where).isLessThanOrEqualTo(EXCERPT_BOUND);
          assertThat(singleLine(actual.stringValue())).as(where).isTrue();
        }
      }
    }
    JsonNode closest = body.get("closest_tools");
    if (closest != null) {
      assertThat(failure.error().code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
      closest.forEach(name -> assertThat(names).contains(name.stringValue()));
    }
  }

  static String verdict(ToolResult result, int ran) {
    if (result instanceof ToolResult.Failure failure) {
      ErrorCode code = failure.error().code();
      return code == ErrorCode.TOOL_FAILED && ran == 1 ? REFUSED : code.name();
    }
    return SUCCESS;
  }

  private static boolean singleLine(String text) {
    return text.chars().noneMatch(Character::isISOControl);
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

  /** The bytes as one strictly valid JSON object ({@code {}} when blank), or {@code null}. */
  private static JsonNode strictObject(byte[] bytes) {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank() && isUtf8(bytes)) {
      return SchemaOracle.JSON.createObjectNode();
    }
    try {
      JsonNode tree = SchemaOracle.JSON.readTree(bytes);
      return tree != null && tree.isObject() ? tree : null;
    } catch (RuntimeException | StackOverflowError e) {
      // Not JSON, or Jackson's own limits: no schema verdict.
      return null;
    }
  }

  /** Whether no default {@link ParseLimits} limit is broken, measured token by token. */
  private static boolean withinLimits(byte[] bytes) {
    if (bytes.length > LIMITS.maxDocumentBytes()) {
      return false;
    }
    int depth = 0;
    try (JsonParser parser = SchemaOracle.JSON.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > LIMITS.maxDepth()) {
              return false;
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case PROPERTY_NAME -> {
            if (parser.currentName().getBytes(StandardCharsets.UTF_8).length > LIMITS.maxNameLength()) {
              return false;
            }
          }
          case VALUE_STRING -> {
            if (parser.getTextLength() > LIMITS.maxStringLength()) {
              return false;
            }
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            String number = parser.getString();
            if (number.chars().filter(Character::isDigit).count() > LIMITS.maxNumberLength()
                || exponent(number) > LIMITS.maxExponent()) {
              return false;
            }
          }
          default -> {}
        }
      }
    }
    return true;
  }

  /** The decimal exponent n of d.ddd × 10^n, as the runtime measures it. */
  private static long exponent(String number) {
    String text = number.toLowerCase(java.util.Locale.ROOT);
    int e = text.indexOf('e');
    java.math.BigDecimal digits = new java.math.BigDecimal(e < 0 ? text : text.substring(0, e));
    java.math.BigInteger written =
        e < 0 ? java.math.BigInteger.ZERO : new java.math.BigInteger(text.substring(e + 1));
    return written
        .add(java.math.BigInteger.valueOf((long) digits.precision() - digits.scale() - 1))
        .abs()
        .min(java.math.BigInteger.valueOf(Long.MAX_VALUE))
        .longValue();
  }
}
