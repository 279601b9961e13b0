package io.toolwright;

import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.spi.IdempotencyStore;

/**
 * Writes kept by call id in the application's {@link IdempotencyStore}: claimed before they run,
 * completed with their result, released when they did not run; a claim taken over after its lease
 * ran out runs again only for an idempotent tool. Whatever the store throws ends in a
 * result or the log, never in {@code execute}, and never lets a write run twice.
 */
final class IdempotentWrites {

  private final IdempotencyStore store;
  private final CallExecutor calls;

  IdempotentWrites(IdempotencyStore store, CallExecutor calls) {
    this.store = store;
    this.calls = calls;
  }

  /**
   * Claims the call's id; {@code null} when granted (the call may run), else its answer: the stored
   * result of an earlier run, or a conflict.
   */
  ToolResult claimOrAnswer(ReadyCall ready, String fingerprint) {
    ToolCall call = ready.call();
    try {
      IdempotencyStore.Claim claim = store.claim(key(call), fingerprint);
      switch (claim.state()) {
        case GRANTED:
          return null;
        case COMPLETED:
          return replay(call, claim.outcome());
        case TAKEN_OVER:
          return ready.binding().definition().idempotent() ? null : unknownOutcome(call);
        case RUNNING:
          return calls.refuse(
              call,
              ToolError.of(
                  ErrorCode.CALL_ID_CONFLICT,
                  "A call with this id is already running; it was not run a second time. Its"
                      + " result is the one that counts."));
        default:
          return calls.refuse(
              call,
              ToolError.of(
                  ErrorCode.CALL_ID_CONFLICT,
                  "This call id was used before with other arguments; the tool was not run. Give"
                      + " a new call a new id."));
      }
    } catch (Throwable thrown) {
      CallExecutor.rethrowIfFatal(thrown);
      return calls.refuse(call, PolicyErrors.storeUnavailable(), thrown);
    }
  }

  /**
   * The answer to a write that is not idempotent whose earlier claim ran out its lease without an
   * outcome: it may have taken effect, so it is not run; the answer is stored as the call's outcome.
   */
  private ToolResult unknownOutcome(ToolCall call) {
    ToolResult unknown =
        calls.refuse(
            call,
            ToolError.of(
                ErrorCode.OUTCOME_UNKNOWN,
                "A call with this id was started earlier and never reported an outcome (what ran"
                    + " it may have stopped), so it may or may not have taken effect; it was not"
                    + " run again. Find out whether it took effect before calling it again."));
    complete(call, unknown);
    return unknown;
  }

  /** Stores the call's result; a store that fails keeps the claim, so the id never runs again. */
  void complete(ToolCall call, ToolResult result) {
    try {
      store.complete(
          key(call),
          result instanceof ToolResult.Failure failure
              ? IdempotencyStore.Outcome.failure(failure.error().code(), failure.error().message())
              : IdempotencyStore.Outcome.success(result.contentBytes()));
    } catch (Throwable thrown) {
      CallExecutor.logFailure(
          "The IdempotencyStore could not store an outcome; the call's result is unchanged", thrown);
    }
  }

  /** Gives up the claim of a call that did not run, so a later call with the id may. */
  void release(ToolCall call) {
    try {
      store.release(key(call));
    } catch (Throwable thrown) {
      // A later call with the id is then refused as running: never run twice.
      CallExecutor.logFailure("The IdempotencyStore could not release a claim", thrown);
    }
  }

  private static ToolResult replay(ToolCall call, IdempotencyStore.Outcome outcome) {
    return outcome.errorCode() == null
        ? new ToolResult.Success(call.id(), call.name(), JsonContent.checked(outcome.contentJson()))
        : new ToolResult.Failure(
            call.id(),
            call.name(),
            ToolError.of(outcome.errorCode(), outcome.errorMessage()),
            null);
  }

  /** The tool's name and the call's id: the id alone is what a model or a client repeats. */
  private static String key(ToolCall call) {
    return call.name() + "\n" + call.id();
  }
}
