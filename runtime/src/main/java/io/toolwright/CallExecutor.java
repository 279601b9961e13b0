package io.toolwright;

import io.toolwright.dispatch.ArgumentException;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Executes one call, in two halves with a seam between them:
 *
 * <ol>
 *   <li>{@link #check}: every step that must pass before the tool's method may run — look up the
 *       tool, parse the arguments within the limits, refuse context names, check the schema's
 *       structure, convert ({@code invoker.prepare}), Bean Validation. A failed step ends the call
 *       with an error and the method is not called.
 *   <li>{@link #invoke}: run the method and turn its outcome into a result.
 * </ol>
 *
 * Permission and approval checks belong between the halves, and retries and timeouts around {@link
 * #invoke} only (a validation error is never retried); a scheduler running reads in parallel works
 * on {@link ReadyCall}s, whose binding carries the tool's effect.
 *
 * <p>Which throwables a tool may not turn into a {@link ErrorCode#TOOL_FAILED} result: every {@link
 * VirtualMachineError} except {@link StackOverflowError} ({@link OutOfMemoryError}, {@link
 * InternalError}) propagates, because the JVM can no longer be trusted to produce a truthful result
 * for this call or its siblings. A stack overflow has unwound by the time it is caught and leaves
 * the thread usable, so, like every other exception and error (checked or not, an {@code
 * AssertionError}, a {@code LinkageError} from a tool's missing dependency), it fails only its own
 * call. An {@link InterruptedException} fails the call and re-asserts the thread's interrupt flag.
 */
final class CallExecutor {

  /** The most problems one error lists; the message gives the total. */
  static final int MAX_PROBLEMS = Problems.KEPT;

  private static final int TOOL_NAME_EXCERPT = 64;
  private static final int EXCEPTION_MESSAGE_LIMIT = 200;

  /** A call that passed every check, ready to run. */
  record ReadyCall(ToolCall call, ToolBinding binding, PreparedCall prepared) {}

  private final Map<String, ToolBinding> tools;
  private final List<String> names;
  private final ArgumentParser parser;
  private final ConstraintViolations constraints;
  private final ResultWriter results;

  CallExecutor(
      Map<String, ToolBinding> tools,
      ArgumentParser parser,
      ConstraintViolations constraints,
      ResultWriter results) {
    this.tools = tools;
    this.names = List.copyOf(tools.keySet());
    this.parser = parser;
    this.constraints = constraints;
    this.results = results;
  }

  /** The result of one call; never throws because of the call or the tool. */
  ToolResult execute(ToolCall call, ToolContext context) {
    ReadyCall ready;
    try {
      ready = check(call, context);
    } catch (Rejection rejection) {
      return failure(call, rejection.error());
    } catch (RuntimeException | StackOverflowError bug) {
      // Every step handles its own failures; reaching here is a defect in Toolwright, and the call
      // still gets its one result.
      return failure(
          call,
          error(
              ErrorCode.TOOL_FAILED,
              "Toolwright could not check this call ("
                  + bug.getClass().getSimpleName()
                  + "), so the tool was not run. This is an application error."));
    }
    return invoke(ready);
  }

  /**
   * Steps 1 to 6: the tool exists and the arguments pass every check.
   *
   * @throws Rejection with the error to answer, when any step fails
   */
  ReadyCall check(ToolCall call, ToolContext context) {
    ToolBinding binding = lookUp(call.name());
    ObjectNode arguments = parser.parse(call);
    List<ArgumentProblem> problems = new ArrayList<>();
    problems.addAll(ContextGuard.check(arguments, binding.contextNames()));
    problems.addAll(
        StructuralValidator.check(
            arguments, binding.definition().parameters(), binding.contextNames()));
    if (!problems.isEmpty()) {
      int total = problems.size();
      if (total < MAX_PROBLEMS) {
        // Report in the same answer what only conversion finds ("25:00" for a time), so the model
        // corrects the call in one retry.
        for (ArgumentProblem problem : conversionProblems(binding, arguments, context)) {
          if (isApart(problem, problems)) {
            problems.add(problem);
            total++;
          }
        }
      }
      throw invalidArguments("do not match the tool's parameters", problems, total);
    }
    PreparedCall prepared = prepare(binding, arguments, context);
    if (prepared.arguments() != null) {
      List<ArgumentProblem> violations = validate(prepared.arguments());
      if (!violations.isEmpty()) {
        throw invalidArguments("break the tool's constraints", violations);
      }
    }
    return new ReadyCall(call, binding, prepared);
  }

  /** Step 7: runs the tool's method and turns what happened into a result. */
  ToolResult invoke(ReadyCall ready) {
    ToolCall call = ready.call();
    Object value;
    try {
      value = ready.prepared().invoke();
    } catch (Throwable thrown) {
      rethrowIfFatal(thrown);
      if (thrown instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return failure(
          call, error(ErrorCode.TOOL_FAILED, sentence("The tool failed: " + describe(thrown))));
    }
    if (ready.prepared().returnsVoid()) {
      ObjectNode ok = JsonNodeFactory.instance.objectNode();
      ok.put("ok", true);
      return new ToolResult.Success(call.id(), call.name(), ok);
    }
    try {
      return new ToolResult.Success(call.id(), call.name(), results.write(value));
    } catch (Throwable thrown) {
      rethrowIfFatal(thrown);
      return failure(
          call,
          error(
              ErrorCode.TOOL_FAILED,
              sentence(
                      "The tool ran, but its result could not be converted to JSON: "
                          + describe(thrown))
                  + " Whatever the tool does has been done; do not call it again"
                  + " just to get the result."));
    }
  }

  private ToolBinding lookUp(String name) {
    ToolBinding binding = tools.get(name);
    if (binding != null) {
      return binding;
    }
    List<String> closest = ClosestNames.to(name, names);
    String quoted = "'" + Excerpts.bounded(Excerpts.singleLine(name), TOOL_NAME_EXCERPT) + "'";
    String message =
        closest.isEmpty()
            ? "No tool named "
                + quoted
                + ". Call one of the tools you were given, by its exact name."
            : "No tool named " + quoted + ". Did you mean " + alternatives(closest) + "?";
    throw new Rejection(new ToolError(ErrorCode.UNKNOWN_TOOL, message, List.of(), closest));
  }

  private PreparedCall prepare(ToolBinding binding, ObjectNode arguments, ToolContext context) {
    PreparedCall prepared;
    try {
      prepared = binding.invoker().prepare(arguments, context);
    } catch (ArgumentException e) {
      throw invalidArguments("cannot be converted", e.problems(), e.total());
    } catch (MissingContextException e) {
      // Not the model's doing, and the context's contents are the application's business.
      throw rejection(
          ErrorCode.TOOL_FAILED,
          "The application did not supply a context value this tool needs, so the tool was not"
              + " run. This is an application error, not a problem with the arguments.");
    } catch (IllegalArgumentException e) {
      // An arguments record whose constructor checks an invariant (from <= to) refused the values.
      throw invalidArguments(
          "were refused while building the tool's arguments",
          List.of(new ArgumentProblem("", "arguments the tool accepts: " + message(e), null)));
    } catch (RuntimeException | StackOverflowError e) {
      throw rejection(
          ErrorCode.TOOL_FAILED,
          "The tool's arguments could not be prepared ("
              + e.getClass().getSimpleName()
              + "), so the tool was not run. This is an application error.");
    }
    if (prepared == null) {
      throw rejection(
          ErrorCode.TOOL_FAILED,
          "The tool's dispatcher prepared no call, so the tool was not run. This is an"
              + " application error.");
    }
    return prepared;
  }

  /**
   * The problems converting arguments that failed the structural check would find; none when
   * conversion fails otherwise. Converting runs the arguments' record constructors and bean setters
   * but never the tool's method.
   */
  private static List<ArgumentProblem> conversionProblems(
      ToolBinding binding, ObjectNode arguments, ToolContext context) {
    try {
      binding.invoker().prepare(arguments, context);
      return List.of();
    } catch (ArgumentException e) {
      return e.problems();
    } catch (Throwable e) {
      rethrowIfFatal(e);
      return List.of(); // the structural problems are answer enough
    }
  }

  /** Whether {@code problem} is at a pointer neither inside nor around any of {@code others}. */
  private static boolean isApart(ArgumentProblem problem, List<ArgumentProblem> others) {
    String pointer = problem.pointer();
    for (ArgumentProblem other : others) {
      String at = other.pointer();
      if (at.equals(pointer) || pointer.startsWith(at + "/") || at.startsWith(pointer + "/")) {
        return false;
      }
    }
    return true;
  }

  private List<ArgumentProblem> validate(Object arguments) {
    try {
      return constraints.check(arguments);
    } catch (RuntimeException e) {
      // jakarta.validation.ValidationException: a constraint the validator cannot apply.
      throw rejection(
          ErrorCode.TOOL_FAILED,
          "The tool's argument constraints could not be checked ("
              + e.getClass().getSimpleName()
              + "), so the tool was not run. This is an application error.");
    }
  }

  private static Rejection invalidArguments(String what, List<ArgumentProblem> problems) {
    return invalidArguments(what, problems, problems.size());
  }

  /** @param total how many problems were found, at least as many as {@code problems} holds */
  private static Rejection invalidArguments(
      String what, List<ArgumentProblem> problems, int total) {
    String count =
        total == 1
            ? "1 problem"
            : total > MAX_PROBLEMS
                ? total + " problems, the first " + MAX_PROBLEMS + " listed"
                : total + " problems";
    return Rejection.of(
        ErrorCode.INVALID_ARGUMENTS,
        "The arguments "
            + what
            + " ("
            + count
            + "). Correct the value at each pointer and call the tool again.",
        problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
  }

  private static Rejection rejection(ErrorCode code, String message) {
    return new Rejection(error(code, message));
  }

  private static ToolError error(ErrorCode code, String message) {
    return new ToolError(code, message, List.of(), List.of());
  }

  private static ToolResult failure(ToolCall call, ToolError error) {
    return new ToolResult.Failure(call.id(), call.name(), error);
  }

  private static void rethrowIfFatal(Throwable thrown) {
    if (thrown instanceof VirtualMachineError && !(thrown instanceof StackOverflowError)) {
      throw (VirtualMachineError) thrown;
    }
  }

  /**
   * The exception's simple class name, and its bounded message only for a {@link ToolException}
   * (written for the model); never a stack trace, never another exception's message, which may
   * hold secrets.
   */
  private static String describe(Throwable thrown) {
    String name = thrown.getClass().getSimpleName();
    if (name.isEmpty()) {
      name = thrown.getClass().getName(); // an anonymous class
    }
    String message = thrown instanceof ToolException ? message(thrown) : "";
    return message.isEmpty() ? name : name + ": " + message;
  }

  private static String message(Throwable thrown) {
    String message = thrown.getMessage();
    return message == null
        ? ""
        : Excerpts.bounded(Excerpts.singleLine(message.strip()), EXCEPTION_MESSAGE_LIMIT);
  }

  private static String sentence(String text) {
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }

  private static String alternatives(List<String> names) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        text.append(i == names.size() - 1 ? " or " : ", ");
      }
      text.append('\'').append(names.get(i)).append('\'');
    }
    return text.toString();
  }
}
