package io.toolwright.processor.tokens;

import java.util.List;

/**
 * What a set of tools costs in prompt tokens in one dialect.
 *
 * @param perTool each tool's own text, counted alone, in the order given
 * @param total the tools' text as the model reads it for the whole set: for OpenAI the whole {@code
 *     functions} namespace, its header and footer included, counted as one text (so it may differ
 *     by a token at each join from the sum of the parts); elsewhere the sum of {@code perTool}
 * @param fixedOverhead tokens a request pays once for having tools at all, outside the tools' text
 *     and not in {@code total}: Anthropic's tool-use system prompt; 0 where none is documented
 */
public record TokenCount(List<Integer> perTool, int total, int fixedOverhead) {

  public TokenCount {
    perTool = List.copyOf(perTool);
  }

  /** The count for no tools: nothing, and no overhead either. */
  public static TokenCount none() {
    return new TokenCount(List.of(), 0, 0);
  }

  /** The most any one tool costs; 0 for no tools. */
  public int maxPerTool() {
    return perTool.stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** {@link #total} plus {@link #fixedOverhead}: what having these tools adds to a request. */
  public int withOverhead() {
    return total + fixedOverhead;
  }
}
