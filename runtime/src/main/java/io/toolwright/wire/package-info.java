/**
 * The providers' wire formats for tool calls, as plain JSON, without any provider SDK: {@link
 * io.toolwright.wire.WireFormat} reads the calls out of an OpenAI Chat Completions or Responses,
 * Anthropic Messages or Gemini response into a {@link io.toolwright.wire.ModelTurn}, and writes the
 * {@link io.toolwright.ToolResult}s back as the conversation items that provider expects, one per
 * call, in the order it requires. See docs/loop.md.
 */
package io.toolwright.wire;
