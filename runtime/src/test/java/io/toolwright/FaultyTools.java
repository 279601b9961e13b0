package io.toolwright;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tools that misbehave in every way a tool can, written like generated code; {@link #calls} counts
 * how often a tool body ran.
 */
final class FaultyTools {

  static final List<String> KINDS =
      List.of(
          "checked",
          "for_the_model",
          "unchecked",
          "long_message",
          "anonymous",
          "assertion",
          "stack_overflow",
          "out_of_memory",
          "interrupted",
          "unserialisable",
          "cyclic",
          "null",
          "time");

  static final ToolDefinition FAIL =
      ToolDefinition.of(
          "fail",
          "Fails in the way asked.",
          Effect.WRITE,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{\"kind\":{\"type\":\"string\",\"enum\":["
              + String.join(",", KINDS.stream().map(kind -> "\"" + kind + "\"").toList())
              + "]}},\"required\":[\"kind\"],\"additionalProperties\":false}");

  static final ToolDefinition MISCONFIGURED =
      ToolDefinition.of(
          "misconfigured",
          "Has a constraint Bean Validation cannot apply.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{\"count\":{\"type\":\"integer\",\"format\":\"int32\"}},"
              + "\"required\":[\"count\"],\"additionalProperties\":false}");

  static final ToolDefinition STATEMENT =
      ToolDefinition.of(
          "statement",
          "A statement for a range of days.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{\"from\":{\"type\":\"string\",\"format\":\"date\"},"
              + "\"to\":{\"type\":\"string\",\"format\":\"date\"}},"
              + "\"required\":[\"from\",\"to\"],\"additionalProperties\":false}");

  static final ToolDefinition BROKEN_DISPATCHER =
      ToolDefinition.of(
          "broken_dispatcher",
          "Its generated dispatcher has a bug.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{},\"additionalProperties\":false}");

  record FailArgs(@NotNull String kind) {}

  record MisconfiguredArgs(@Size(max = 3) Integer count) {}

  /** Checks its invariant in the constructor, as many records do. */
  record DateRange(LocalDate from, LocalDate to) {
    DateRange {
      if (from.isAfter(to)) {
        throw new IllegalArgumentException("from must not be after to");
      }
    }
  }

  record Stamp(LocalDate day, Instant at) {}

  /** A result whose getter fails, like a lazily loaded entity outside its session. */
  static final class LazyInvoice {
    public String getCustomer() {
      throw new IllegalStateException("could not initialize proxy - no Session");
    }
  }

  final AtomicInteger calls = new AtomicInteger();

  ToolSet bind() {
    return ToolSet.of(
        FaultyTools.class.getName(),
        List.of(
            ToolBinding.of(FAIL, List.of(), (args, context) -> prepareFail(args)),
            ToolBinding.of(
                MISCONFIGURED,
                List.of(),
                (args, context) -> {
                  Problems problems = new Problems();
                  MisconfiguredArgs arguments =
                      new MisconfiguredArgs(
                          JsonReaders.intValue(args.get("count"), "/count", problems));
                  problems.throwIfAny();
                  return PreparedCall.returning(arguments, calls::incrementAndGet);
                }),
            ToolBinding.of(
                STATEMENT,
                List.of(),
                (args, context) -> {
                  Problems problems = new Problems();
                  LocalDate from = JsonReaders.localDate(args.get("from"), "/from", problems);
                  LocalDate to = JsonReaders.localDate(args.get("to"), "/to", problems);
                  problems.throwIfAny();
                  // Built by hand, outside the readers, so its exception reaches the executor.
                  DateRange range = new DateRange(from, to);
                  return PreparedCall.returning(range, () -> calls.incrementAndGet() + " days");
                }),
            ToolBinding.of(
                BROKEN_DISPATCHER,
                List.of(),
                (args, context) -> {
                  String missing = null;
                  return PreparedCall.returning(null, missing::length);
                })));
  }

  private PreparedCall prepareFail(tools.jackson.databind.node.ObjectNode args) {
    Problems problems = new Problems();
    FailArgs arguments = new FailArgs(JsonReaders.string(args.get("kind"), "/kind", problems));
    problems.throwIfAny();
    return PreparedCall.returning(arguments, () -> fail(arguments.kind()));
  }

  private Object fail(String kind) throws Exception {
    calls.incrementAndGet();
    switch (kind) {
      case "checked":
        throw new IOException("disk on fire");
      case "for_the_model":
        throw new ToolException("invoice INV-0001 is already refunded");
      case "unchecked":
        throw new IllegalStateException("jdbc:postgresql://db.internal/prod?password=hunter2");
      case "long_message":
        throw new ToolException("line one\nline two " + "x".repeat(10_000));
      case "anonymous":
        throw new RuntimeException("no name") {
          private static final long serialVersionUID = 1L;
        };
      case "assertion":
        throw new AssertionError("cannot happen");
      case "stack_overflow":
        throw new StackOverflowError();
      case "out_of_memory":
        throw new OutOfMemoryError("simulated");
      case "interrupted":
        throw new InterruptedException("shutting down");
      case "unserialisable":
        return new LazyInvoice();
      case "cyclic":
        List<Object> cycle = new java.util.ArrayList<>();
        cycle.add(cycle);
        return cycle;
      case "null":
        return null;
      case "time":
        return new Stamp(LocalDate.of(2025, 1, 31), Instant.parse("2025-01-31T09:30:00Z"));
      default:
        throw new IllegalArgumentException(kind);
    }
  }
}
