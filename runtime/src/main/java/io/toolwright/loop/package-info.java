/**
 * The tool-calling loop: {@link io.toolwright.loop.ModelLoop} sends a registry's tools, runs the
 * calls the model returns, sends the results back and repeats until the model answers in text,
 * bounded in rounds and in result size. A provider plugs in as a {@link
 * io.toolwright.loop.ModelClient}; its format is a {@link io.toolwright.wire.WireFormat}. See
 * docs/loop.md.
 */
package io.toolwright.loop;
