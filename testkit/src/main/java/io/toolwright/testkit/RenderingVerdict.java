package io.toolwright.testkit;

import io.toolwright.Dialect;
import io.toolwright.ErrorCode;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolResult;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.schema.dialect.Rendering;
import io.toolwright.testkit.SchemaOracle.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether what a dialect's rendering tells a model agrees with what the run time enforces, on probes
 * generated from the tool's canonical schema (whose verdict equals the run time's: {@link
 * VerdictCheck}), so the canonical schema stands in for the run time:
 *
 * <ul>
 *   <li>the rendering never refuses what the run time accepts; the one documented exception is an
 *       explicit {@code null} for an optional property, which non-strict renderings leave out of
 *       the type (the model may omit the property instead) and the run time still accepts;
 *   <li>the rendering accepts what the run time refuses only where the dialect has no keyword for
 *       the constraint, which it then states in the description, or where the value lies beyond
 *       the Java type's range, whose bounds lean renderings leave out;
 *   <li>OpenAI strict sends {@code null} for every optional property left out, and the run time
 *       gives those arguments the verdict it gives the arguments without them.
 * </ul>
 */
public final class RenderingVerdict {

  /** Beyond this, a bound can only be one restating a Java type's range (int at the least). */
  private static final BigDecimal TYPE_RANGE = BigDecimal.valueOf(Integer.MAX_VALUE);

  private static final Set<String> BOUNDS =
      Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

  /** A pattern only when it has lookaround or backreferences, which strict grammars may not take. */
  private static final Set<String> OPENAI_STRICT_WORDS =
      Set.of(
          "minLength", "maxLength", "uniqueItems", "minProperties", "maxProperties", "format",
          "pattern");

  /**
   * Keywords each dialect cannot carry, so its renderings state them in words; and, for Gemini's
   * {@code parameters}, {@code additionalProperties}, which the OpenAPI subset cannot say at all
   * (a property the model invents is refused by the run time with a structured error).
   */
  private static final Map<Dialect, Set<String>> IN_WORDS =
      Map.of(
          Dialect.OPENAI_CHAT_STRICT, OPENAI_STRICT_WORDS,
          Dialect.OPENAI_RESPONSES_STRICT, OPENAI_STRICT_WORDS,
          Dialect.ANTHROPIC_STRICT,
          Set.of(
              "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
              "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "format", "pattern",
              "minProperties", "maxProperties"),
          Dialect.GEMINI,
          Set.of(
              "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems", "format",
              "const", "minProperties", "maxProperties", "additionalProperties", "pattern"));

  private final VerdictCheck runtime;

  /** Checks against the run time {@code runtime} executes calls on. */
  public RenderingVerdict(VerdictCheck runtime) {
    this.runtime = runtime;
  }

  /**
   * Every disagreement between {@code tool}'s rendering in {@code dialect} and the run time on
   * {@code probes}; empty when they agree, or when the dialect rejects the tool (its problems are
   * the build's business, see {@link Rendering#problems()}).
   */
  public List<String> disagreements(Dialect dialect, ToolDefinition tool, List<Probe> probes) {
    Rendering rendering = DialectRenderer.render(dialect, tool);
    if (rendering.json() == null) {
      return List.of();
    }
    JsonNode schema = RenderedSchemas.parametersOf(dialect, rendering.json());
    JsonNode canonical = VerdictCheck.schema(tool);
    boolean fillsNulls =
        dialect == Dialect.OPENAI_CHAT_STRICT || dialect == Dialect.OPENAI_RESPONSES_STRICT;
    Set<String> inWords = IN_WORDS.getOrDefault(dialect, Set.of());
    List<String> disagreements = new ArrayList<>();
    for (Probe probe : probes) {
      JsonNode instance = probe.instance();
      JsonNode sent = fillsNulls ? RenderedSchemas.withNullsForAbsent(schema, instance) : instance;
      List<Violation> byCanonical = SchemaOracle.violations(canonical, instance);
      List<Violation> byRendering = SchemaOracle.violations(schema, sent);
      if (byCanonical.isEmpty()
          && !byRendering.isEmpty()
          && (fillsNulls || !RenderedSchemas.containsNull(instance))) {
        disagreements.add("refuses what the run time accepts: " + probe + " " + byRendering);
      }
      if (!byCanonical.isEmpty() && byRendering.isEmpty()) {
        for (Violation violation : byCanonical) {
          // Under a union ({"anyOf":[{"$ref"},{"type":"null"}]}) the validator names the
          // branches' keywords, so the keyword the probe broke counts too.
          if (!inWords.contains(violation.keyword())
              && !beyondTypeRange(violation, instance)
              && !inWords.contains(probe.keyword())) {
            disagreements.add(
                "accepts, without a word, what the run time refuses: " + probe + " " + violation);
          }
        }
      }
      if (fillsNulls && !sent.equals(instance)) {
        ToolResult withNulls =
            runtime.execute(tool.name(), canonical, withInstance(probe, sent)).result();
        ToolResult without = runtime.execute(tool.name(), canonical, probe).result();
        if (reachedTheMethod(withNulls) != reachedTheMethod(without)) {
          disagreements.add("null is not absent at run time: " + probe);
        }
      }
    }
    return disagreements;
  }

  /** A tool's own refusal counts as reaching it: its arguments passed every check. */
  private static boolean reachedTheMethod(ToolResult result) {
    return !(result instanceof ToolResult.Failure failure)
        || failure.error().code() == ErrorCode.TOOL_FAILED;
  }

  private static boolean beyondTypeRange(Violation violation, JsonNode instance) {
    if (!BOUNDS.contains(violation.keyword())) {
      return false;
    }
    JsonNode value = instance.at(violation.pointer());
    return value.isNumber() && value.decimalValue().abs().compareTo(TYPE_RANGE) >= 0;
  }

  private static Probe withInstance(Probe probe, JsonNode instance) {
    return new Probe(probe.kind(), probe.keyword(), probe.pointer(), probe.label(), instance);
  }
}
