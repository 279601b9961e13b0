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
          "sleep",
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

  static final ToolDefinition FRAGILE =
      ToolDefinition.of(
          "fragile",
          "Doubles a number; user code in its arguments refuses some numbers in every way it can.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{\"n\":{\"type\":\"integer\",\"format\":\"int32\"}},"
              + "\"required\":[\"n\"],\"additionalProperties\":false}");

  /** The numbers {@link FragileArgs} or {@link LuckyValidator} refuse, each in its own way. */
  static final java.util.Set<Integer> REFUSED = java.util.Set.of(7, 13, 15, 17, 21, 23, 42, 43);

  record FailArgs(@NotNull String kind) {}

  /**
   * Arguments whose compact constructor, and whose custom constraint, run user code that throws
   * what such code throws: an {@code assert} (run with {@code -ea}), a failed static initialiser, a
   * missing class, a {@link ToolException} meant for the model (directly or as a cause), and
   * exceptions whose messages hold secrets.
   */
  record FragileArgs(@Lucky int n) {
    FragileArgs {
      switch (n) {
        case 7 -> throw new ToolException("n must not be 7\u2028choose another number");
        case 13 -> throw new AssertionError("unlucky");
        case 15 -> throw new ExceptionInInitializerError("pricing table at db.internal");
        case 17 -> throw new NoClassDefFoundError("com/acme/pricing/Table");
        case 21 -> throw new IllegalStateException("wrapped", new ToolException("21 is reserved"));
        case 23 ->
            throw new IllegalStateException("jdbc:postgresql://db.internal/prod?password=hunter2");
        default -> {
          if (n < 0) {
            throw new IllegalArgumentException(
                "pricing service at https://admin:hunter2@pricing.internal refused n="
                    + n
                    + "\nsee log");
          }
        }
      }
    }
  }

  /** A custom constraint whose validator fails: with an {@code Error} on 42, a secret on 43. */
  @java.lang.annotation.Documented
  @jakarta.validation.Constraint(validatedBy = LuckyValidator.class)
  @java.lang.annotation.Target({
    java.lang.annotation.ElementType.FIELD,
    java.lang.annotation.ElementType.METHOD,
    java.lang.annotation.ElementType.PARAMETER,
    java.lang.annotation.ElementType.RECORD_COMPONENT
  })
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Lucky {
    String message() default "must be lucky";

    Class<?>[] groups() default {};

    Class<? extends jakarta.validation.Payload>[] payload() default {};
  }

  /** Public, with a public constructor: Hibernate Validator instantiates it reflectively. */
  public static final class LuckyValidator
      implements jakarta.validation.ConstraintValidator<Lucky, Integer> {
    public LuckyValidator() {}

    @Override
    public boolean isValid(Integer value, jakarta.validation.ConstraintValidatorContext context) {
      if (value != null && value == 42) {
        throw new AssertionError("validator bug");
      }
      if (value != null && value == 43) {
        throw new IllegalStateException("ldap://admin:hunter2@directory.internal");
      }
      return true;
    }
  }

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
                FRAGILE,
                List.of(),
                (args, context) -> {
                  Problems problems = new Problems();
                  int n = JsonReaders.intValue(args.get("n"), "/n", problems);
                  problems.throwIfAny();
                  // Built by hand, outside the readers, so what its constructor throws reaches the
                  // executor.
                  FragileArgs arguments = new FragileArgs(n);
                  return PreparedCall.returning(
                      arguments,
                      () -> {
                        calls.incrementAndGet();
                        return 2 * arguments.n();
                      });
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
      case "sleep":
        Thread.sleep(1);
        return "slept";
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
