package io.toolwright.testkit;

import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.testkit.SchemaOracle.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Executes probes and compares two verdicts on each: the {@link SchemaOracle}'s on the tool's
 * canonical schema, and the runtime's, {@link ToolRegistry#execute}. The runtime accepts when the
 * tool's method is called (whatever the method then does), and rejects with {@code
 * INVALID_ARGUMENTS} without calling it. They must agree; and on a rejection the runtime must name
 * the probed value (its pointer, one of its ancestors, or a value inside it). Any other answer to
 * well-formed arguments, {@code INVALID_JSON} or a {@code TOOL_FAILED} before the method ran, is a
 * mismatch too.
 */
public final class VerdictCheck {

  private final ObservedTools tools;
  private final ToolRegistry registry;
  private final ToolContext context;
  private int sequence;

  public VerdictCheck(ObservedTools tools, ToolContext context) {
    this.tools = tools;
    this.registry = tools.registry();
    this.context = context;
  }

  /** The tool's probes: those {@link ProbeGenerator} makes, plus each context name as an argument. */
  public static List<Probe> probes(ToolDefinition tool, List<String> contextNames, long seed) {
    JsonNode schema = schema(tool);
    List<Probe> probes = new ArrayList<>(ProbeGenerator.probes(schema, seed));
    JsonNode minimal = probes.get(0).instance();
    for (String name : contextNames) {
      probes.add(
          new Probe(
              Probe.Kind.MUTATION,
              "additionalProperties",
              Pointers.child("", name),
              "the @Context parameter's name as an argument",
              Pointers.put(minimal, "", name, InstanceGenerator.NODES.stringNode("forged"))));
    }
    return probes;
  }

  public static JsonNode schema(ToolDefinition tool) {
    return SchemaOracle.JSON.readTree(tool.canonicalSchema());
  }

  /** Every mismatch on {@code probes} of {@code tool}. */
  public List<Mismatch> check(ToolDefinition tool, List<Probe> probes) {
    JsonNode schema = schema(tool);
    List<Mismatch> mismatches = new ArrayList<>();
    for (Probe probe : probes) {
      Outcome outcome = execute(tool.name(), schema, probe);
      String cause = outcome.mismatch();
      if (cause != null) {
        mismatches.add(new Mismatch(tool.name(), probe, outcome, cause));
      }
    }
    return mismatches;
  }

  /** Executes one probe as a tool call with its arguments as text, and both verdicts on it. */
  public Outcome execute(String tool, JsonNode schema, Probe probe) {
    List<Violation> violations = SchemaOracle.violations(schema, probe.instance());
    String arguments = SchemaOracle.JSON.writeValueAsString(probe.instance());
    int before = tools.calls(tool);
    ToolResult result =
        registry.execute(List.of(ToolCall.of("probe-" + ++sequence, tool, arguments)), context).get(0);
    Thread.interrupted();
    return new Outcome(probe, violations, result, tools.calls(tool) - before);
  }

  /**
   * Both verdicts on one probe.
   *
   * @param violations what the schema finds wrong; empty when it accepts
   * @param calls how often the tool's method was called
   */
  public record Outcome(Probe probe, List<Violation> violations, ToolResult result, int calls) {

    public boolean schemaAccepts() {
      return violations.isEmpty();
    }

    /** Why the verdicts disagree, in words that group alike cases; {@code null} if they agree. */
    public String mismatch() {
      ToolResult.Failure failure = result instanceof ToolResult.Failure f ? f : null;
      if (calls > 1) {
        return "the method was called " + calls + " times for one call";
      }
      if (failure != null && failure.error().code() == ErrorCode.INVALID_JSON) {
        return "INVALID_JSON for well-formed arguments: " + failure.error().message();
      }
      if (calls == 0 && failure != null && failure.error().code() != ErrorCode.INVALID_ARGUMENTS) {
        // Whatever the schema says, no argument is the cause of this answer: group by the answer.
        return "runtime " + runtimeCause(failure) + " (schema says "
            + (schemaAccepts() ? "valid" : "invalid") + ")";
      }
      if (schemaAccepts()) {
        if (calls == 1) {
          return null;
        }
        return "schema accepts, runtime " + runtimeCause(failure);
      }
      if (calls == 1) {
        return "schema rejects (" + keywords() + "), runtime calls the method";
      }
      if (!namesTheProbedValue(failure)) {
        return "schema rejects (" + keywords() + "), runtime rejects another value: "
            + problems(failure);
      }
      return null;
    }

    private String runtimeCause(ToolResult.Failure failure) {
      if (failure == null) {
        return "succeeds without calling the method";
      }
      if (failure.error().code() == ErrorCode.INVALID_ARGUMENTS) {
        return "rejects: " + problems(failure);
      }
      return failure.error().code() + " before the call: " + failure.error().message();
    }

    /** The problems, their pointers left out, so that alike problems at any pointer group. */
    private static String problems(ToolResult.Failure failure) {
      return failure.error().problems().stream()
          .map(ArgumentProblem::expected)
          .distinct()
          .collect(Collectors.joining("; "));
    }

    private String keywords() {
      return violations.stream().map(Violation::keyword).distinct().collect(Collectors.joining(", "));
    }

    private boolean namesTheProbedValue(ToolResult.Failure failure) {
      String probed = probe.pointer();
      for (ArgumentProblem problem : failure.error().problems()) {
        String pointer = problem.pointer();
        if (related(pointer, probed)) {
          return true;
        }
        for (Violation violation : violations) {
          if (related(pointer, violation.pointer())) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean related(String a, String b) {
      return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    /** The runtime's answer, for a report. */
    public String runtimeAnswer() {
      String called = calls == 0 ? "method not called" : "method called";
      if (result instanceof ToolResult.Failure failure) {
        String problems =
            failure.error().problems().stream()
                .map(p -> (p.pointer().isEmpty() ? "/" : p.pointer()) + " " + p.expected())
                .collect(Collectors.joining("; "));
        return failure.error().code() + (problems.isEmpty() ? ": " + failure.error().message()
            : ": " + problems) + " (" + called + ")";
      }
      return "success (" + called + ")";
    }
  }

  /**
   * A probe on which the schema and the runtime disagree.
   *
   * @param cause why, in words shared by alike mismatches
   */
  public record Mismatch(String tool, Probe probe, Outcome outcome, String cause) {

    /** A few lines for a report: the tool, the probe, both verdicts and the instance. */
    public String describe() {
      return tool + " " + probe
          + "\n      schema: " + (outcome.schemaAccepts() ? "valid" : "invalid " + outcome.violations())
          + "\n      runtime: " + outcome.runtimeAnswer()
          + "\n      instance: " + Excerpt.of(probe.instance());
    }
  }
}
