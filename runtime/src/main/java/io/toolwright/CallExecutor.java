package io.toolwright;

import io.toolwright.dispatch.ArgumentException;
import io.toolwright.dispatch.ConstraintException;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.spi.ExecutionListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Executes one call, in three parts with seams between them:
 *
 * <ol>
 *   <li>{@link #lookUp}: find the tool by the name the model used.
 *   <li>{@link #check}: every step that must pass before the tool's method may run — parse the
 *       arguments within the limits, refuse context names, check the schema's structure, convert
 *       ({@code invoker.prepare}), Bean Validation. A failed step ends the call with an error and
 *       the method is not called.
 *   <li>{@link #invoke}: run the method and turn its outcome into a result.
 * </ol>
 *
 * Permission and approval checks belong between check and invoke, and retries and timeouts around
 * {@link #invoke} only (a validation error is never retried); a scheduler running reads in parallel
 * works on {@link ReadyCall}s, whose binding carries the tool's effect.
 *
 * <p>Which throwables may not become a {@link ErrorCode#TOOL_FAILED} result: every {@link
 * VirtualMachineError} except {@link StackOverflowError} ({@link OutOfMemoryError}, {@link
 * InternalError}) propagates, because the JVM can no longer be trusted to produce a truthful result
 * for this call or its siblings. A stack overflow has unwound by the time it is caught and leaves
 * the thread usable, so, like every other exception and error (checked or not, an {@code
 * AssertionError}, a {@code LinkageError} from a missing dependency), it fails only its own call:
 * whether the tool's method threw it, or the application's code that runs before it (an arguments
 * record's constructor, a bean's setter, a custom constraint validator). An {@link
 * InterruptedException} fails the call and re-asserts the thread's interrupt flag.
 *
 * <p>What the model is told of an exception: its class's simple name, and the message of a {@link
 * ToolException} only. The {@link ExecutionListener} is told everything.
 */
final class CallExecutor {

  /** The most problems one error lists; the message gives the total. */
  static final int MAX_PROBLEMS = io.toolwright.dispatch.Problems.KEPT;

  private static final int TOOL_NAME_EXCERPT = 64;
  /** How many causes deep a {@link ToolException} is looked for in what user code threw. */
  private static final int CAUSE_DEPTH = 16;

  /** A call that passed every check, ready to run; {@code arguments} as parsed, for its key. */
  record ReadyCall(ToolCall call, ToolBinding binding, PreparedCall prepared, ObjectNode arguments) {}

  /** Either a call ready to run, or the answer of the check that refused it. */
  record Checked(ReadyCall ready, ToolResult refused) {}

  /**
   * One run of a tool's method: the result, and what the method threw when that is why it failed
   * (not what serialising its return value threw: a tool that ran is never retried for that).
   */
  record Attempt(ToolResult result, Throwable thrownByTool) {}

  private final Map<String, ToolBinding> tools;
  private final List<String> names;
  private final Map<String, RetiredTool> retired;
  private final int longestName;
  private final ArgumentParser parser;
  private final ConstraintViolations constraints;
  private final ResultWriter results;
  private final ExecutionListener listener;
  /** See {@link #hearsEvents()}. */
  private final boolean hearsEvents;

  CallExecutor(
      Map<String, ToolBinding> tools,
      ArgumentParser parser,
      ConstraintViolations constraints,
      ResultWriter results,
      ExecutionListener listener) {
    this(tools, parser, constraints, results, listener, Map.of());
  }

  /** @param retired the tools declared retired, by name: answered with their replacement */
  CallExecutor(
      Map<String, ToolBinding> tools,
      ArgumentParser parser,
      ConstraintViolations constraints,
      ResultWriter results,
      ExecutionListener listener,
      Map<String, RetiredTool> retired) {
    this.retired = retired;
    this.tools = tools;
    this.names = List.copyOf(tools.keySet());
    this.longestName = longest(names);
    this.parser = parser;
    this.constraints = constraints;
    this.results = results;
    this.listener = listener;
    this.hearsEvents = listener != ExecutionListener.logging();
  }

  /*
   * What runs on every first call avoids streams and lambdas: in a cold JVM each new stream
   * pipeline or lambda shape costs classes spun or loaded, which an application pays before its
   * first answer. The paths of refused calls may use them.
   */

  /** The order {@code ConstraintViolations} gives Bean Validation's problems, for them all. */
  private static final class ProblemOrder {
    static final Comparator<ArgumentProblem> BY_POINTER_THEN_MESSAGE =
        Comparator.comparing(ArgumentProblem::pointer).thenComparing(ArgumentProblem::expected);
  }

  private static int longest(List<String> names) {
    int longest = 0;
    for (String name : names) {
      longest = Math.max(longest, name.length());
    }
    return longest;
  }

  /** The result of one call; never throws because of the call, the tool or the listener. */
  ToolResult execute(ToolCall call, ToolContext context) {
    Checked checked = check(call, context);
    return checked.ready() == null ? checked.refused() : invoke(checked.ready());
  }

  /**
   * Steps 1 to 6: the call ready to run, or the answer refusing it (told to the listener); never
   * throws because of the call or the application's code.
   */
  Checked check(ToolCall call, ToolContext context) {
    ToolBinding binding = null;
    try {
      binding = lookUp(call.name());
      return new Checked(check(call, binding, context), null);
    } catch (Rejection rejection) {
      return new Checked(null, answer(call, binding, rejection));
    } catch (Throwable bug) {
      rethrowIfFatal(bug);
      // Every step handles its own failures; reaching here is a defect in Toolwright, and the call
      // still gets its one result.
      return new Checked(
          null,
          failed(
              call,
              binding,
              error(
                  ErrorCode.TOOL_FAILED,
                  "Toolwright could not check this call ("
                      + Excerpts.className(bug)
                      + "), so the tool was not run. This is an application error."),
              bug));
    }
  }

  /**
   * Step 1: the tool the model named.
   *
   * @throws Rejection with {@link ErrorCode#UNKNOWN_TOOL}, or {@link ErrorCode#RETIRED_TOOL} for a
   *     name declared retired
   */
  ToolBinding lookUp(String name) {
    // A name longer than every registered one names none, however long it is: not even hashed.
    ToolBinding binding = name.length() <= longestName ? tools.get(name) : null;
    if (binding != null) {
      return binding;
    }
    RetiredTool retiredTool = retired.get(name);
    if (retiredTool != null) {
      throw new Rejection(new ToolError(ErrorCode.RETIRED_TOOL, retiredTool.message(), List.of(),
          List.of(retiredTool.replacement())));
    }
    List<String> closest = ClosestNames.to(name, names);
    String quoted = "'" + Excerpts.text(name, TOOL_NAME_EXCERPT) + "'";
    String message =
        closest.isEmpty()
            ? "No tool named "
                + quoted
                + ". Call one of the tools you were given, by its exact name."
            : "No tool named " + quoted + ". Did you mean " + alternatives(closest) + "?";
    throw new Rejection(new ToolError(ErrorCode.UNKNOWN_TOOL, message, List.of(), closest));
  }

  /**
   * Steps 2 to 6: the arguments pass every check.
   *
   * @throws Rejection with the error to answer, when any step fails
   */
  ReadyCall check(ToolCall call, ToolBinding binding, ToolContext context) {
    ObjectNode arguments = parser.parse(call);
    StructuralProblems problems = new StructuralProblems();
    ContextGuard.check(arguments, binding.contextNames(), problems);
    StructuralValidator.check(
        arguments, binding.definition().parameters(), binding.contextNames(), problems);
    if (!problems.isEmpty()) {
      List<ArgumentProblem> listed = new ArrayList<>(problems.listed());
      int total = problems.total();
      if (total < MAX_PROBLEMS) {
        // Report in the same answer what only conversion finds ("25:00" for a time), so the model
        // corrects the call in one retry.
        for (ArgumentProblem problem : conversionProblems(binding, arguments, context)) {
          if (isApart(problem, listed)) {
            listed.add(problem);
            total++;
          }
        }
      }
      throw invalidArguments("do not match the tool's parameters", listed, total);
    }
    PreparedCall prepared = prepare(binding, arguments, context);
    if (prepared.arguments() != null) {
      List<ArgumentProblem> violations = validate(prepared.arguments());
      if (!violations.isEmpty()) {
        throw brokenConstraints(violations);
      }
    }
    return new ReadyCall(call, binding, prepared, arguments);
  }

  /** Step 7: runs the tool's method and turns what happened into a result, told to the listener. */
  ToolResult invoke(ReadyCall ready) {
    return tell(ready, attempt(ready).result());
  }

  /** Tells the listener of a failed call's final result; returns the result. */
  ToolResult tell(ReadyCall ready, ToolResult result) {
    if (result instanceof ToolResult.Failure failure) {
      ToolError error = failure.error();
      if (failure.cause() != null || error.code() == ErrorCode.TOOL_FAILED) {
        tellFailure(ready.call(), ready.binding(), error, failure.cause());
      } else {
        tellRejected(ready.call(), error, null);
      }
    }
    return result;
  }

  /** Tells the listener of a call refused without running its tool; returns it as a result. */
  ToolResult refuse(ToolCall call, ToolError error) {
    return refuse(call, error, null);
  }

  /** Like {@link #refuse(ToolCall, ToolError)}, with what the application's code threw. */
  ToolResult refuse(ToolCall call, ToolError error, Throwable cause) {
    tellRejected(call, error, cause);
    return new ToolResult.Failure(call.id(), call.name(), error, cause);
  }

  /** Runs the tool's method once and turns what happened into a result; tells no listener. */
  Attempt attempt(ReadyCall ready) {
    ToolCall call = ready.call();
    Object value;
    try {
      value = ready.prepared().invoke();
    } catch (Throwable thrown) {
      rethrowIfFatal(thrown);
      if (thrown instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new Attempt(
          new ToolResult.Failure(
              call.id(),
              call.name(),
              error(ErrorCode.TOOL_FAILED, sentence("The tool failed: " + describe(thrown))),
              thrown),
          thrown);
    }
    if (ready.prepared().returnsVoid()) {
      ObjectNode ok = JsonNodeFactory.instance.objectNode();
      ok.put("ok", true);
      return new Attempt(new ToolResult.Success(call.id(), call.name(), ok), null);
    }
    try {
      // A generated writer, if any, is used only while the registry writes with its default mapper.
      JsonContent content = results.write(value, ready.prepared().resultWriter());
      return new Attempt(new ToolResult.Success(call.id(), call.name(), content), null);
    } catch (Throwable thrown) {
      rethrowIfFatal(thrown);
      return new Attempt(
          new ToolResult.Failure(
              call.id(),
              call.name(),
              error(
                  ErrorCode.TOOL_FAILED,
                  sentence(
                          "The tool ran, but its result could not be converted to JSON: "
                              + describe(thrown))
                      + " Whatever the tool does has been done; do not call it again"
                      + " just to get the result."),
              thrown),
          null);
    }
  }

  /**
   * Converts the arguments. What the application's code throws meanwhile is told to the model as
   * follows: an {@link ArgumentException} is its problem at its pointer (its text is written for
   * the model); a {@link ToolException}, thrown or found among the causes, is its message; an
   * {@link IllegalArgumentException} (a constructor refusing the values) is the class name as
   * {@code INVALID_ARGUMENTS}; anything else is the class name as {@code TOOL_FAILED}.
   */
  private PreparedCall prepare(ToolBinding binding, ObjectNode arguments, ToolContext context) {
    PreparedCall prepared;
    try {
      prepared = binding.invoker().prepare(arguments, context);
    } catch (ArgumentException e) {
      // The cause is what a record's constructor or a bean's setter threw, for the application.
      throw new Rejection(
          invalidArguments("cannot be converted", e.problems(), e.total()).error(), e.getCause());
    } catch (ConstraintException e) {
      // Constraints the generated code checked; Bean Validation checks the rest, so that the
      // model reads every broken constraint in one answer, ordered as Bean Validation's are.
      List<ArgumentProblem> broken = new ArrayList<>(e.problems());
      if (e.arguments() != null) {
        broken.addAll(validate(e.arguments()));
      }
      broken.sort(ProblemOrder.BY_POINTER_THEN_MESSAGE);
      throw brokenConstraints(broken);
    } catch (MissingContextException e) {
      // Not the model's doing; the name is the application's choice and no secret, the types are
      // its internals.
      throw new Rejection(
          error(
              ErrorCode.TOOL_FAILED,
              "The application did not supply "
                  + (e.name() == null
                      ? "a context value"
                      : "the context value '" + Excerpts.text(e.name(), TOOL_NAME_EXCERPT) + "'")
                  + " this tool needs, so the tool was not run. This is an application error, not"
                  + " a problem with the arguments."),
          e);
    } catch (Throwable e) {
      rethrowIfFatal(e);
      throw refusedByApplicationCode(
          e,
          e instanceof IllegalArgumentException
              ? error(
                  ErrorCode.INVALID_ARGUMENTS,
                  "The arguments were refused while the tool's arguments were built ("
                      + Excerpts.className(e)
                      + "). Check them against the tool's description and call the tool again.")
              : error(
                  ErrorCode.TOOL_FAILED,
                  "The tool's arguments could not be prepared ("
                      + Excerpts.className(e)
                      + "), so the tool was not run. This is an application error."));
    }
    if (prepared == null) {
      throw new Rejection(
          error(
              ErrorCode.TOOL_FAILED,
              "The tool's dispatcher prepared no call, so the tool was not run. This is an"
                  + " application error."),
          new IllegalStateException(
              "the dispatcher of tool '"
                  + binding.definition().name()
                  + "' returned no PreparedCall"));
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

  /** Bean Validation; what a custom validator or a getter throws is told as in {@link #prepare}. */
  private List<ArgumentProblem> validate(Object arguments) {
    try {
      return constraints.check(arguments);
    } catch (Throwable e) {
      rethrowIfFatal(e);
      // Mostly jakarta.validation.ValidationException: a constraint the validator cannot apply,
      // or a validator that threw (its exception the cause). An Error a validator throws arrives
      // as it is.
      throw refusedByApplicationCode(
          e,
          error(
              ErrorCode.TOOL_FAILED,
              "The tool's argument constraints could not be checked ("
                  + Excerpts.className(e)
                  + "), so the tool was not run. This is an application error."));
    }
  }

  /**
   * The rejection for what the application's code threw before the tool ran: a {@link
   * ToolException}'s message, when one is the exception or among its causes, as {@code
   * INVALID_ARGUMENTS}; {@code otherwise} else.
   */
  private static Rejection refusedByApplicationCode(Throwable thrown, ToolError otherwise) {
    ToolException forTheModel = toolExceptionIn(thrown);
    String message = forTheModel == null ? "" : Excerpts.message(forTheModel);
    if (message.isEmpty()) {
      return new Rejection(otherwise, thrown);
    }
    return new Rejection(
        error(
            ErrorCode.INVALID_ARGUMENTS,
            sentence("The arguments were refused: " + message)
                + " Correct them and call the tool again."),
        thrown);
  }

  private static ToolException toolExceptionIn(Throwable thrown) {
    Throwable current = thrown;
    for (int depth = 0; current != null && depth < CAUSE_DEPTH; depth++) {
      if (current instanceof ToolException toolException) {
        return toolException;
      }
      current = current.getCause();
    }
    return null;
  }

  /** The answer to a call refused by a check, told to the listener. */
  private ToolResult answer(ToolCall call, ToolBinding binding, Rejection rejection) {
    ToolError error = rejection.error();
    Throwable cause = rejection.getCause();
    if (error.code() == ErrorCode.TOOL_FAILED) {
      return failed(call, binding, error, cause);
    }
    tellRejected(call, error, cause);
    return new ToolResult.Failure(call.id(), call.name(), error, cause);
  }

  /** A {@link ErrorCode#TOOL_FAILED} result, told to the listener with its cause. */
  private ToolResult failed(ToolCall call, ToolBinding binding, ToolError error, Throwable cause) {
    tellFailure(call, binding, error, cause);
    return new ToolResult.Failure(call.id(), call.name(), error, cause);
  }

  private void tellRejected(ToolCall call, ToolError error, Throwable cause) {
    try {
      listener.onRejected(call, error, cause);
    } catch (Throwable listenerFailure) {
      listenerFailed(listenerFailure);
    }
  }

  private void tellFailure(ToolCall call, ToolBinding binding, ToolError error, Throwable cause) {
    try {
      listener.onToolFailure(call, binding == null ? null : binding.definition(), error, cause);
    } catch (Throwable listenerFailure) {
      listenerFailed(listenerFailure);
    }
  }

  /**
   * Whether the listener hears {@link ExecutionListener#onCall}: every listener but the default
   * one, which leaves it empty ({@code ExecutionListenerTest} checks that it does), so that its
   * calls are neither timed nor described in events nobody reads.
   */
  boolean hearsEvents() {
    return hearsEvents;
  }

  /** Tells the listener of one attempt, or of a call answered without running. */
  void tellEvent(CallEvent event) {
    try {
      listener.onCall(event);
    } catch (Throwable listenerFailure) {
      listenerFailed(listenerFailure);
    }
  }

  /** A listener's own failure changes no result; it goes to the log instead. */
  static void listenerFailed(Throwable thrown) {
    logFailure("An ExecutionListener threw; the call's result is unchanged", thrown);
  }

  /**
   * What the application's plug-in (listener, fallback, store) threw where it cannot change a
   * result, to the log.
   */
  static void logFailure(String what, Throwable thrown) {
    rethrowIfFatal(thrown);
    try {
      System.getLogger(ExecutionListener.LOGGER_NAME)
          .log(System.Logger.Level.WARNING, what, thrown);
    } catch (RuntimeException loggingFailed) {
      // Nowhere left to report it; the result is still right.
    }
  }

  private static Rejection brokenConstraints(List<ArgumentProblem> violations) {
    return invalidArguments(
        "break the tool's constraints",
        violations.subList(0, Math.min(violations.size(), MAX_PROBLEMS)),
        violations.size());
  }

  private static Rejection invalidArguments(String what, List<ArgumentProblem> listed, int total) {
    String count =
        total == 1
            ? "1 problem"
            : total > listed.size()
                ? total + " problems, the first " + listed.size() + " listed"
                : total + " problems";
    return Rejection.of(
        ErrorCode.INVALID_ARGUMENTS,
        "The arguments "
            + what
            + " ("
            + count
            + "). Correct the value at each pointer and call the tool again.",
        listed);
  }

  private static ToolError error(ErrorCode code, String message) {
    return new ToolError(code, message, List.of(), List.of());
  }

  static void rethrowIfFatal(Throwable thrown) {
    if (thrown instanceof VirtualMachineError && !(thrown instanceof StackOverflowError)) {
      throw (VirtualMachineError) thrown;
    }
  }

  /**
   * The exception's simple class name, and its bounded message only for a {@link ToolException}
   * (written for the model); never a stack trace, never another exception's message, which may hold
   * secrets.
   */
  private static String describe(Throwable thrown) {
    String message = thrown instanceof ToolException ? Excerpts.message(thrown) : "";
    return message.isEmpty() ? Excerpts.className(thrown) : Excerpts.className(thrown) + ": " + message;
  }

  /** The simple class name; the full name of an anonymous class, which has none. */
  static String sentence(String text) {
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
