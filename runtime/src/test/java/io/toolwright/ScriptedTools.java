package io.toolwright;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Four tools of each effect, written like generated code, whose bodies a test scripts: {@code
 * lookup} (read-only), {@code update} (a write, not idempotent), {@code upsert} (an idempotent
 * write) and {@code delete} (destructive). Each takes {@code {"key": string}}. Every run is
 * recorded ({@link #ran}, {@link #events}) and the most bodies running at once is kept.
 */
final class ScriptedTools {

  /** What a tool's body does; the default returns {@code "<tool>:<key>"}. */
  @FunctionalInterface
  interface Body {
    Object run(String tool, String key) throws Exception;
  }

  private static final String SCHEMA =
      "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
          + "\"properties\":{\"key\":{\"type\":\"string\"}},"
          + "\"required\":[\"key\"],\"additionalProperties\":false}";

  static final ToolDefinition LOOKUP =
      ToolDefinition.of("lookup", "Looks a key up.", Effect.READ_ONLY, false, SCHEMA);
  static final ToolDefinition UPDATE =
      ToolDefinition.of("update", "Updates a key.", Effect.WRITE, false, SCHEMA);
  static final ToolDefinition UPSERT =
      ToolDefinition.of("upsert", "Sets a key.", Effect.WRITE, true, SCHEMA);
  static final ToolDefinition DELETE =
      ToolDefinition.of("delete", "Deletes a key.", Effect.DESTRUCTIVE, false, SCHEMA);

  record KeyArgs(String key) {}

  volatile Body body = (tool, key) -> tool + ":" + key;

  /** "tool:key" for every body run, in the order they started. */
  final List<String> ran = Collections.synchronizedList(new ArrayList<>());

  /** "start tool:key" and "end tool:key", in the order they happened. */
  final List<String> events = Collections.synchronizedList(new ArrayList<>());

  private final AtomicInteger running = new AtomicInteger();
  final AtomicInteger mostAtOnce = new AtomicInteger();

  ToolSet bind() {
    List<ToolBinding> bindings = new ArrayList<>();
    for (ToolDefinition tool : List.of(LOOKUP, UPDATE, UPSERT, DELETE)) {
      bindings.add(
          ToolBinding.of(
              tool,
              List.of(),
              (args, context) -> {
                Problems problems = new Problems();
                KeyArgs arguments = new KeyArgs(JsonReaders.string(args.get("key"), "/key", problems));
                problems.throwIfAny();
                return PreparedCall.returning(arguments, () -> run(tool.name(), arguments.key()));
              }));
    }
    return ToolSet.of(ScriptedTools.class.getName(), bindings);
  }

  int runs(String tool) {
    synchronized (ran) {
      return (int) ran.stream().filter(entry -> entry.startsWith(tool + ":")).count();
    }
  }

  private Object run(String tool, String key) throws Exception {
    String name = tool + ":" + key;
    ran.add(name);
    events.add("start " + name);
    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      return body.run(tool, key);
    } finally {
      running.decrementAndGet();
      events.add("end " + name);
    }
  }

  static ToolCall call(String id, String tool, String key) {
    return ToolCall.of(id, tool, "{\"key\":\"" + key + "\"}");
  }
}
