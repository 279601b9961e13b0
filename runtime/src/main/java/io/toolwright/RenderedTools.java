package io.toolwright;

import io.toolwright.schema.dialect.AnthropicStrictPlan;
import io.toolwright.schema.dialect.DialectProblem;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.schema.dialect.Rendering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A registry's tools in one {@link Dialect}, ready to send: {@link #json()} is the value of the
 * request's tools field. Computed once per registry and dialect, by the functions that rendered the
 * tools into {@code META-INF/toolwright} at build time, so it equals what the build recorded.
 *
 * <pre>{@code
 * RenderedTools tools = registry.definitions(Dialect.OPENAI_CHAT_STRICT);
 * String body = "{\"model\":\"...\",\"messages\":[...],\"tools\":" + tools.json() + "}";
 * }</pre>
 *
 * <p>In a strict dialect, a tool that cannot be strict is sent without strict rather than left out
 * or refused: a {@code Map} parameter under OpenAI strict (when the build did not select that
 * dialect, so it did not fail), or, for {@link Dialect#ANTHROPIC_STRICT}, a tool beyond
 * Anthropic's per-request strict budget ({@link AnthropicStrictPlan}). {@link #relaxed()} says
 * which and why; the run time checks their arguments either way.
 */
public final class RenderedTools {

  private final Dialect dialect;
  private final List<RenderedTool> tools;
  private final Map<String, String> relaxed;
  private final String json;

  private RenderedTools(Dialect dialect, List<RenderedTool> tools, Map<String, String> relaxed) {
    this.dialect = dialect;
    this.tools = List.copyOf(tools);
    this.relaxed = Collections.unmodifiableMap(new LinkedHashMap<>(relaxed));
    boolean gemini = dialect == Dialect.GEMINI || dialect == Dialect.GEMINI_JSON_SCHEMA;
    StringBuilder out = new StringBuilder(gemini ? "[{\"functionDeclarations\":[" : "[");
    for (int i = 0; i < tools.size(); i++) {
      out.append(i == 0 ? "" : ",").append(tools.get(i).json());
    }
    this.json = out.append(gemini ? "]}]" : "]").toString();
  }

  /**
   * {@code definitions} in {@code dialect}, from the build's renderings when {@code build} holds
   * every tool's, exactly as {@link #of(Dialect, List)} would render them: then neither the schema
   * model nor the dialect writer is needed. Anthropic's strict dialect is always planned at run
   * time (its budget is per request), and so is any dialect in which the build recorded a tool as
   * rejected (the relaxed fallback and its reason are worked out at run time).
   *
   * @param build the registry's tool sets' build renderings, looked up by definition
   */
  static RenderedTools of(
      Dialect dialect, List<ToolDefinition> definitions, BuildRecords build) {
    if (dialect != Dialect.ANTHROPIC_STRICT) {
      List<RenderedTool> tools = new ArrayList<>(definitions.size());
      for (ToolDefinition definition : definitions) {
        String json = build.rendering(definition, dialect);
        if (json == null) {
          return of(dialect, definitions);
        }
        tools.add(new RenderedTool(definition.name(), dialect.strict(), json));
      }
      return new RenderedTools(dialect, tools, Map.of());
    }
    return of(dialect, definitions);
  }

  /**
   * Renders {@code definitions} in {@code dialect}.
   *
   * @throws IllegalStateException if the dialect rejects a tool and has no relaxed form for it
   *     (Gemini's {@code parameters} and a recursive type, say): the build reports that as {@code
   *     provider-rejects} when the dialect is selected
   */
  static RenderedTools of(Dialect dialect, List<ToolDefinition> definitions) {
    List<Rendering> renderings = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (ToolDefinition definition : definitions) {
      Rendering rendering = DialectRenderer.render(dialect, definition);
      renderings.add(rendering);
      if (rendering.json() == null && relaxedDialect(dialect) == null) {
        rejected.add(definition.name() + ": " + problems(rendering));
      }
    }
    if (!rejected.isEmpty()) {
      throw new IllegalStateException(
          dialect.displayName()
              + " rejects "
              + String.join("; ", rejected)
              + ". Build with -Atoolwright.dialects including "
              + dialect.key()
              + " to have these reported at their source, or send another dialect.");
    }
    AnthropicStrictPlan plan =
        dialect == Dialect.ANTHROPIC_STRICT ? AnthropicStrictPlan.of(definitions) : null;
    Set<String> strictAllowed = plan == null ? null : Set.copyOf(plan.strict());
    Map<String, String> budgetReasons = plan == null ? Map.of() : plan.relaxed();
    List<RenderedTool> tools = new ArrayList<>();
    Map<String, String> relaxed = new LinkedHashMap<>();
    for (int i = 0; i < definitions.size(); i++) {
      ToolDefinition definition = definitions.get(i);
      Rendering rendering = renderings.get(i);
      String reason = null;
      if (rendering.json() == null) {
        reason = problems(rendering);
      } else if (strictAllowed != null && !strictAllowed.contains(definition.name())) {
        reason = budgetReasons.getOrDefault(definition.name(), "over the strict budget");
      }
      if (reason == null) {
        tools.add(new RenderedTool(definition.name(), dialect.strict(), rendering.json()));
        continue;
      }
      Rendering fallback = DialectRenderer.render(relaxedDialect(dialect), definition);
      if (fallback.json() == null) {
        throw new IllegalStateException(
            dialect.displayName()
                + " rejects "
                + definition.name()
                + ", even without strict: "
                + problems(fallback));
      }
      tools.add(new RenderedTool(definition.name(), false, fallback.json()));
      relaxed.put(definition.name(), reason);
    }
    return new RenderedTools(dialect, tools, relaxed);
  }

  /** The non-strict form of a strict dialect, or {@code null}. */
  private static Dialect relaxedDialect(Dialect dialect) {
    return switch (dialect) {
      case OPENAI_CHAT_STRICT -> Dialect.OPENAI_CHAT;
      case OPENAI_RESPONSES_STRICT -> Dialect.OPENAI_RESPONSES;
      case ANTHROPIC_STRICT -> Dialect.ANTHROPIC;
      default -> null;
    };
  }

  private static String problems(Rendering rendering) {
    return rendering.problems().stream()
        .map(RenderedTools::describe)
        .collect(Collectors.joining("; "));
  }

  private static String describe(DialectProblem problem) {
    String at = problem.pointer().isEmpty() ? "" : " at " + problem.pointer();
    return problem.message() + " (" + problem.rule() + at + ")";
  }

  /** The dialect the tools are rendered in. */
  public Dialect dialect() {
    return dialect;
  }

  /** The tools, in the registry's order. */
  public List<RenderedTool> tools() {
    return tools;
  }

  /**
   * The tools of a strict dialect sent without strict, each with the reason, in the registry's
   * order; empty in a dialect that is not strict.
   */
  public Map<String, String> relaxed() {
    return relaxed;
  }

  /**
   * The value of the request's tools field, compact JSON: an array of the tools for OpenAI,
   * Anthropic and MCP ({@code tools/list}'s {@code tools}); for Gemini, an array holding one {@code
   * Tool} whose {@code functionDeclarations} are the tools.
   */
  public String json() {
    return json;
  }

  @Override
  public String toString() {
    return "RenderedTools[" + dialect.key() + ", " + tools.size() + " tools]";
  }
}
