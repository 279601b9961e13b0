package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which tools of one request can be sent to Anthropic with {@code "strict": true}. A request may
 * hold at most 20 strict tools, 24 optional parameters and 16 union-typed parameters over all of
 * them; beyond that the API answers "Schema is too complex for compilation". Tools are admitted
 * greedily, those that can do most harm first: destructive, then writing, then read-only ones, each
 * in list order. A tool not admitted is sent without {@code strict} (its {@link Dialect#ANTHROPIC}
 * rendering): the run time still checks its arguments.
 */
public final class AnthropicStrictPlan {

  private static final List<Effect> ORDER =
      List.of(Effect.DESTRUCTIVE, Effect.WRITE, Effect.READ_ONLY);

  private final List<String> strict;
  private final Map<String, String> relaxed;

  private AnthropicStrictPlan(List<String> strict, Map<String, String> relaxed) {
    this.strict = Collections.unmodifiableList(strict);
    this.relaxed = Collections.unmodifiableMap(relaxed);
  }

  /** The plan for one request's tools. */
  public static AnthropicStrictPlan of(List<ToolDefinition> tools) {
    Map<String, String> why = new LinkedHashMap<>();
    List<String> admitted = new ArrayList<>();
    int optionals = 0;
    int unions = 0;
    for (Effect effect : ORDER) {
      for (ToolDefinition tool : tools) {
        Objects.requireNonNull(tool, "tool");
        if (tool.effect() != effect) {
          continue;
        }
        AnthropicTools.Counted counted = AnthropicTools.counted(Dialect.ANTHROPIC_STRICT, tool);
        if (!counted.rendering().problems().isEmpty()) {
          why.put(tool.name(), counted.rendering().problems().get(0).message());
        } else if (admitted.size() == AnthropicTools.MAX_STRICT_TOOLS) {
          why.put(tool.name(), "The request already has 20 strict tools, Anthropic's limit.");
        } else if (optionals + counted.optionals() > AnthropicTools.MAX_OPTIONALS) {
          why.put(
              tool.name(),
              "Its "
                  + counted.optionals()
                  + " optional parameters would exceed Anthropic's 24 per"
                  + " request ("
                  + optionals
                  + " already taken by tools that can do more harm).");
        } else if (unions + counted.unions() > AnthropicTools.MAX_UNIONS) {
          why.put(
              tool.name(),
              "Its "
                  + counted.unions()
                  + " union-typed parameters would exceed Anthropic's 16 per"
                  + " request ("
                  + unions
                  + " already taken by tools that can do more harm).");
        } else {
          admitted.add(tool.name());
          optionals += counted.optionals();
          unions += counted.unions();
        }
      }
    }
    // Both in the tools' own order, which is the order they are sent in.
    List<String> strict = new ArrayList<>();
    Map<String, String> relaxed = new LinkedHashMap<>();
    for (ToolDefinition tool : tools) {
      if (admitted.contains(tool.name())) {
        strict.add(tool.name());
      } else if (why.containsKey(tool.name())) {
        relaxed.put(tool.name(), why.get(tool.name()));
      }
    }
    return new AnthropicStrictPlan(strict, relaxed);
  }

  /** Names of the tools sent with {@code "strict": true}, in the order given. */
  public List<String> strict() {
    return strict;
  }

  /** Name of each tool sent without {@code strict} and why, in the order given. */
  public Map<String, String> relaxed() {
    return relaxed;
  }

  @Override
  public String toString() {
    return "AnthropicStrictPlan[strict=" + strict + ", relaxed=" + relaxed.keySet() + "]";
  }
}
