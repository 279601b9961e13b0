package io.toolwright;

import io.toolwright.CallExecutor.Attempt;
import io.toolwright.CallExecutor.Checked;
import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.annotation.Effect;
import io.toolwright.spi.ConversationState;
import io.toolwright.spi.ExecutionClock;
import io.toolwright.spi.Fallback;
import io.toolwright.spi.IdempotencyStore;
import io.toolwright.spi.ToolPermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the calls of one model response under an {@link ExecutionPolicy}, in two phases.
 *
 * <p><b>Phase 1</b>, on the calling thread: every call is checked ({@link CallExecutor#check}) and
 * counted against the caps; a call past a cap, a call refused by a check and a call whose attempts
 * earlier responses spent are answered now and never run. (Approvals will fit here: the calls that
 * need one are known after phase 1, before anything ran.)
 *
 * <p><b>Phase 2</b>: the remaining calls run in segments, in the model's order. Consecutive
 * read-only calls form one segment and run in parallel on the executor, at most {@code
 * maxParallelReads} at once; every write is a segment of its own, a barrier: it starts when
 * everything before it has ended and nothing after it starts until its worker has ended (even
 * after a time-out, so two writes never overlap). Each call has its time-out and up to three
 * attempts.
 *
 * <p>Every call is answered exactly once: its slot in the result array is written once, by phase 1
 * or by the call's last attempt; a result arriving after its time-out is dropped.
 */
final class BatchRunner {

  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** What a timed-out attempt reports instead of an {@link Attempt}. */
  private static final Attempt TIMED_OUT = new Attempt(null, null);

  private final CallExecutor calls;
  private final ExecutionPolicy policy;
  private final ExecutionClock clock;
  /** {@code null}: the calling thread. */
  private final Executor executor;
  /** {@code null}: writes are not kept by call id. */
  private final IdempotencyStore store;

  BatchRunner(CallExecutor calls, ExecutionPolicy policy) {
    this.calls = calls;
    this.policy = policy;
    this.clock = policy.clock();
    this.executor = policy.executor();
    this.store = policy.idempotency();
  }

  /** The store's key: the tool's name and the call's id, which alone the model may repeat. */
  private static String storeKey(ToolCall call) {
    return call.name() + "\n" + call.id();
  }

  /** One batch in progress. */
  final class Run {
    private final List<ToolCall> batch;
    private final ToolResult[] results;
    private final Conversation conversation;
    private final Thread origin = Thread.currentThread();
    /** Whether a call run on the calling thread left the interrupt flag set. */
    private volatile boolean originInterrupted;
    private final CompletableFuture<List<ToolResult>> done;

    private Run(List<ToolCall> batch, ToolContext context, Conversation conversation) {
      this.batch = batch;
      this.results = new ToolResult[batch.size()];
      this.conversation = conversation;
      List<List<BatchSlot>> segments = check(batch, context);
      this.done = runSegments(segments, 0).handle(this::collect);
    }

    CompletableFuture<List<ToolResult>> done() {
      return done;
    }

    /** Whether a call that ran on the calling thread left its interrupt flag set. */
    boolean originInterrupted() {
      return originInterrupted;
    }

    /** Phase 1: answers what may not run; returns the rest as segments. */
    private List<List<BatchSlot>> check(List<ToolCall> batch, ToolContext context) {
      List<List<BatchSlot>> segments = new ArrayList<>();
      List<BatchSlot> reads = null;
      for (int i = 0; i < batch.size(); i++) {
        ToolCall call = batch.get(i);
        if (i >= policy.maxCallsPerResponse()) {
          refuse(i, call, PolicyErrors.tooMany(batch.size()));
          continue;
        }
        Checked checked = calls.check(call, context);
        if (checked.ready() == null) {
          answer(i, checked.refused(), 0, Duration.ZERO);
          continue;
        }
        ReadyCall ready = checked.ready();
        Throwable[] why = new Throwable[1];
        if (!permitted(context, ready, why)) {
          answer(i, calls.refuse(call, PolicyErrors.permissionDenied(), why[0]), 0, Duration.ZERO);
          continue;
        }
        boolean destructive = ready.binding().definition().effect() == Effect.DESTRUCTIVE;
        if (destructive && policy.approvals() == null) {
          refuse(i, call, PolicyErrors.approvalRequired());
          continue;
        }
        String key = CallKey.of(call.name(), ready.arguments());
        boolean claimed = false;
        if (store != null && !BatchSlot.isRead(ready)) {
          IdempotencyStore.Claim claim;
          try {
            claim = store.claim(storeKey(call), key);
          } catch (Throwable thrown) {
            CallExecutor.rethrowIfFatal(thrown);
            answer(i, calls.refuse(call, PolicyErrors.storeUnavailable(), thrown), 0, Duration.ZERO);
            continue;
          }
          if (claim.state() != IdempotencyStore.Claim.State.GRANTED) {
            answer(i, replayOrConflict(ready, claim), 0, Duration.ZERO);
            continue;
          }
          claimed = true;
        }
        int failures = conversation.failures(key);
        if (failures >= policy.maxAttempts()) {
          ToolError exhausted =
              ToolError.of(
                  ErrorCode.ATTEMPTS_EXHAUSTED,
                  "This call, with these arguments, has failed "
                      + failures
                      + " times in this conversation, so it was not run again.");
          releaseIf(claimed, call);
          answer(i, calls.refuse(call, withNextStep(ready, exhausted, exhausted)), 0, Duration.ZERO);
          continue;
        }
        ConversationState.Count counted =
            conversation.tryCount(
                call.name(), policy.maxCallsPerTool(), policy.maxCallsPerConversation());
        if (counted != ConversationState.Count.COUNTED) {
          releaseIf(claimed, call);
          refuse(
              i,
              call,
              counted == ConversationState.Count.TOOL_BUDGET_SPENT
                  ? PolicyErrors.toolBudgetSpent(policy.maxCallsPerTool())
                  : PolicyErrors.conversationBudgetSpent(policy.maxCallsPerConversation()));
          continue;
        }
        BatchSlot slot = new BatchSlot(i, ready, key, policy.maxAttempts() - failures, claimed);
        if (destructive) {
          askForApproval(slot, context);
        }
        if (slot.isRead()) {
          if (reads == null) {
            reads = new ArrayList<>();
            segments.add(reads);
          }
          reads.add(slot);
        } else {
          segments.add(List.of(slot));
          reads = null;
        }
      }
      return segments;
    }

    private CompletableFuture<Void> runSegments(List<List<BatchSlot>> segments, int from) {
      for (int s = from; s < segments.size(); s++) {
        CompletableFuture<Void> segment = runSegment(segments.get(s));
        if (!segment.isDone()) {
          int next = s + 1;
          return segment.thenCompose(ignored -> runSegments(segments, next));
        }
        if (segment.isCompletedExceptionally()) {
          return segment;
        }
      }
      return DONE;
    }

    /** A write alone, or reads in parallel lanes that each take the next call when free. */
    private CompletableFuture<Void> runSegment(List<BatchSlot> segment) {
      int lanes = executor == null ? 1 : Math.min(policy.maxParallelReads(), segment.size());
      AtomicInteger next = new AtomicInteger();
      CompletableFuture<?>[] running = new CompletableFuture<?>[lanes];
      for (int lane = 0; lane < lanes; lane++) {
        running[lane] = lane(segment, next);
      }
      return lanes == 1 ? castVoid(running[0]) : CompletableFuture.allOf(running);
    }

    private CompletableFuture<Void> lane(List<BatchSlot> segment, AtomicInteger next) {
      while (true) {
        int index = next.getAndIncrement();
        if (index >= segment.size()) {
          return DONE;
        }
        CompletableFuture<Void> call = runFirst(segment.get(index));
        if (!call.isDone()) {
          return call.thenCompose(ignored -> lane(segment, next));
        }
        if (call.isCompletedExceptionally()) {
          return call;
        }
      }
    }

    /** Runs attempt {@code number} of a call and, if it fails transiently, the next. */
    private CompletableFuture<Void> runCall(BatchSlot slot, int number) {
      long start = clock.nanoTime();
      CompletableFuture<Void> ended = new CompletableFuture<>();
      CompletableFuture<Attempt> reported = start(slot, ended);
      CompletableFuture<Void> decided =
          reported.thenCompose(
              attempt -> decide(slot, number, attempt, Duration.ofNanos(clock.nanoTime() - start)));
      // A write's barrier holds until its worker has ended, even after a time-out.
      return slot.isRead() ? decided : decided.thenCombine(ended, (a, b) -> null);
    }

    /** Starts one attempt on the executor, with its time-out. */
    private CompletableFuture<Attempt> start(BatchSlot slot, CompletableFuture<Void> ended) {
      CompletableFuture<Attempt> reported = new CompletableFuture<>();
      AttemptWorker worker = new AttemptWorker();
      Duration timeout = policy.timeout(slot.name());
      Runnable cancelTimeout =
          timeout == null
              ? null
              : clock.schedule(
                  timeout,
                  () -> {
                    if (reported.complete(TIMED_OUT)) {
                      worker.interrupt();
                    }
                  });
      Runnable task =
          () -> {
            try {
              if (!worker.begin(reported)) {
                return; // timed out while queued: never started, never will
              }
              boolean onOrigin = Thread.currentThread() == origin;
              // Each call starts with the flag clear, so an earlier interrupt fails no call.
              if (Thread.interrupted() && onOrigin) {
                originInterrupted = true;
              }
              Attempt attempt;
              try {
                attempt = calls.attempt(slot.ready);
              } finally {
                if (worker.end() && onOrigin) {
                  originInterrupted = true;
                }
              }
              if (cancelTimeout != null) {
                cancelTimeout.run();
              }
              reported.complete(attempt); // false when late: a late result is dropped
            } catch (Throwable fatal) {
              reported.completeExceptionally(fatal);
            } finally {
              ended.complete(null);
            }
          };
      try {
        if (executor == null) {
          task.run();
        } else {
          executor.execute(task);
        }
      } catch (RejectedExecutionException e) {
        if (cancelTimeout != null) {
          cancelTimeout.run();
        }
        reported.complete(
            new Attempt(
                new ToolResult.Failure(
                    slot.ready.call().id(),
                    slot.name(),
                    ToolError.of(
                        ErrorCode.TOOL_FAILED,
                        "The application could not start the tool (its executor refused the"
                            + " task), so the tool was not run. This is an application error."),
                    e),
                null));
        ended.complete(null);
      }
      return reported;
    }

    /** What one attempt's outcome means: the call's answer, or another attempt. */
    private CompletableFuture<Void> decide(BatchSlot slot, int number, Attempt attempt, Duration took) {
      ReadyCall ready = slot.ready;
      if (attempt == TIMED_OUT) {
        conversation.failed(slot.key);
        ToolError error = PolicyErrors.timedOut(slot.isRead(), policy.timeout(slot.name()));
        event(slot, number, error.code(), took, false);
        finish(
            slot,
            calls.tell(
                ready,
                new ToolResult.Failure(
                    ready.call().id(),
                    slot.name(),
                    error,
                    new TimeoutException(
                        "tool '" + slot.name() + "' did not answer within "
                            + policy.timeout(slot.name())))));
        return DONE;
      }
      ToolResult result = attempt.result();
      if (!(result instanceof ToolResult.Failure failure)) {
        conversation.succeeded(slot.key);
        event(slot, number, null, took, false);
        finish(slot, ResultCap.apply(result, policy.maxResultBytes(slot.name())));
        return DONE;
      }
      conversation.failed(slot.key);
      Throwable thrown = attempt.thrownByTool();
      boolean isTransient = thrown != null && policy.isTransient(thrown);
      if (!isTransient) {
        event(slot, number, failure.error().code(), took, false);
        finish(slot, calls.tell(ready, result));
        return DONE;
      }
      if (!slot.isRepeatable()) {
        ToolError error =
            ToolError.of(
                ErrorCode.TOOL_FAILED,
                failure.error().message()
                    + " The failure may be temporary, but this tool changes state and is not"
                    + " idempotent, so it was not called again: find out whether it took effect"
                    + " before calling it again.");
        event(slot, number, error.code(), took, false);
        finish(
            slot,
            calls.tell(
                ready, new ToolResult.Failure(ready.call().id(), slot.name(), error, thrown)));
        return DONE;
      }
      if (number < slot.allowedAttempts) {
        event(slot, number, failure.error().code(), took, true);
        return backoff(number + 1).thenCompose(ignored -> runCall(slot, number + 1));
      }
      event(slot, number, ErrorCode.ATTEMPTS_EXHAUSTED, took, false);
      ToolError exhausted =
          ToolError.of(
              ErrorCode.ATTEMPTS_EXHAUSTED,
              "The tool failed "
                  + conversation.failures(slot.key)
                  + " times with what may be a temporary error ("
                  + Excerpts.className(thrown)
                  + ").");
      ToolError told = withNextStep(ready, exhausted, failure.error());
      finish(
          slot,
          calls.tell(ready, new ToolResult.Failure(ready.call().id(), slot.name(), told, thrown)));
      return DONE;
    }

    /**
     * The wait before another attempt: on the calling thread a sleep (it is waiting anyway), on an
     * executor a timer, so no worker is held. An interrupted sleep ends the retrying.
     */
    private CompletableFuture<Void> backoff(int next) {
      Duration delay = policy.backoff(next);
      if (executor == null) {
        try {
          clock.sleep(delay);
          return DONE;
        } catch (InterruptedException e) {
          originInterrupted = true;
          // Still one more attempt: the caller asked to stop waiting, not to lose the answer.
          return DONE;
        }
      }
      CompletableFuture<Void> waited = new CompletableFuture<>();
      clock.schedule(delay, () -> waited.complete(null));
      return waited;
    }

    private ToolError withNextStep(ReadyCall ready, ToolError error, ToolError lastError) {
      Fallback fallback = policy.fallback(ready.call().name());
      String step = null;
      if (fallback != null) {
        try {
          step = fallback.nextStep(ready.binding().definition(), lastError);
        } catch (Throwable thrown) {
          CallExecutor.logFailure(
              "A Fallback threw; the model is told the default next step", thrown);
        }
      }
      if (step == null || step.isBlank()) {
        step = "Do not call it again with the same arguments; tell the user it is unavailable.";
      }
      return ToolError.of(error.code(), error.message() + " " + CallExecutor.sentence(step.strip()));
    }

    /**
     * Asks the handler about a destructive call, now, so that a person can decide while the calls
     * before it run; the call waits for the answer in its place.
     */
    private void askForApproval(BatchSlot slot, ToolContext context) {
      CompletableFuture<Approval> decided = new CompletableFuture<>();
      try {
        ReadyCall ready = slot.ready;
        slot.request =
            new ApprovalRequest(
                ready.call().id(),
                ready.binding().definition(),
                ready.arguments().toString(),
                slot.key,
                policy.principal(context));
        policy
            .approvals()
            .request(slot.request)
            .whenComplete(
                (approval, failure) -> {
                  if (failure != null) {
                    decided.completeExceptionally(failure);
                  } else {
                    decided.complete(approval);
                  }
                });
      } catch (Throwable thrown) {
        CallExecutor.rethrowIfFatal(thrown);
        decided.completeExceptionally(thrown);
      }
      slot.approval = decided;
    }

    /** Runs a call once it is approved, if it needs to be. */
    private CompletableFuture<Void> runFirst(BatchSlot slot) {
      if (slot.approval == null) {
        return runCall(slot, 1);
      }
      if (executor == null) {
        // Everything runs on the calling thread: wait for the decision here.
        try {
          slot.approval.join();
        } catch (RuntimeException decidedBadly) {
          // handled below
        }
      }
      return slot.approval
          .handle((approval, failure) -> refusal(slot, approval, failure))
          .thenCompose(
              refusal -> {
                if (refusal == null) {
                  return runCall(slot, 1);
                }
                ToolCall call = slot.ready.call();
                releaseIf(slot.claimed, call);
                answer(
                    slot.index,
                    calls.refuse(
                        call, ToolError.of(ErrorCode.NOT_APPROVED, refusal), slot.approvalFailure),
                    0,
                    Duration.ZERO);
                return DONE;
              });
    }

    /** Why the decision does not let the call run; {@code null} when it does. */
    private String refusal(BatchSlot slot, Approval approval, Throwable failure) {
      if (failure != null || approval == null) {
        slot.approvalFailure = failure;
        return "No approval was given; the call was not run.";
      }
      return approval.refusal(slot.request, policy.wallClock().instant());
    }

    /** Whether the application lets this call run; an exception from its check says no. */
    private boolean permitted(ToolContext context, ReadyCall ready, Throwable[] why) {
      ToolPermissions permissions = policy.permissions();
      ToolDefinition tool = ready.binding().definition();
      try {
        return permissions.mayUse(context, tool)
            && permissions.permits(context, tool, ready.arguments());
      } catch (Throwable thrown) {
        CallExecutor.rethrowIfFatal(thrown);
        why[0] = thrown;
        return false;
      }
    }

    /** A stored outcome as this call's result, or the refusal of a conflicting id. */
    private ToolResult replayOrConflict(ReadyCall ready, IdempotencyStore.Claim claim) {
      ToolCall call = ready.call();
      switch (claim.state()) {
        case COMPLETED:
          IdempotencyStore.Outcome outcome = claim.outcome();
          return outcome.errorCode() == null
              ? new ToolResult.Success(
                  call.id(), call.name(), JsonContent.checked(outcome.contentJson()))
              : new ToolResult.Failure(
                  call.id(),
                  call.name(),
                  ToolError.of(outcome.errorCode(), outcome.errorMessage()),
                  null);
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
    }

    private void releaseIf(boolean claimed, ToolCall call) {
      if (claimed) {
        try {
          store.release(storeKey(call));
        } catch (Throwable thrown) {
          // The call was not run; a later call with the id is refused as running, never run twice.
          CallExecutor.logFailure("The IdempotencyStore could not release a claim", thrown);
        }
      }
    }

    private void refuse(int index, ToolCall call, ToolError error) {
      answer(index, calls.refuse(call, error), 0, Duration.ZERO);
    }

    private void answer(int index, ToolResult result, int attempt, Duration took) {
      results[index] = result;
      ToolError error = result instanceof ToolResult.Failure f ? f.error() : null;
      calls.tellEvent(
          new CallEvent(
              result.callId(),
              result.toolName(),
              attempt,
              error == null ? null : error.code(),
              took,
              false));
    }

    private void event(BatchSlot slot, int attempt, ErrorCode code, Duration took, boolean retrying) {
      calls.tellEvent(
          new CallEvent(slot.ready.call().id(), slot.name(), attempt, code, took, retrying));
    }

    private void finish(BatchSlot slot, ToolResult result) {
      results[slot.index] = result;
      if (slot.claimed) {
        try {
          store.complete(
              storeKey(slot.ready.call()),
              result instanceof ToolResult.Failure failure
                  ? IdempotencyStore.Outcome.failure(
                      failure.error().code(), failure.error().message())
                  : IdempotencyStore.Outcome.success(result.contentBytes()));
        } catch (Throwable thrown) {
          // The result stands; the store keeps the claim, so the id is not run again.
          CallExecutor.logFailure(
              "The IdempotencyStore could not store an outcome; the call's result is unchanged",
              thrown);
        }
      }
    }

    /** Every slot answered; a fatal error (OutOfMemoryError) propagates. */
    private List<ToolResult> collect(Void ignored, Throwable failure) {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      if (cause instanceof VirtualMachineError fatal && !(cause instanceof StackOverflowError)) {
        throw fatal;
      }
      for (int i = 0; i < results.length; i++) {
        if (results[i] == null) {
          // A defect in Toolwright; the call still gets its one result.
          ToolCall call = batch.get(i);
          results[i] =
              new ToolResult.Failure(
                  call.id(),
                  call.name(),
                  ToolError.of(
                      ErrorCode.TOOL_FAILED,
                      "Toolwright could not finish this call; it may not have run. This is an"
                          + " application error."),
                  cause);
        }
      }
      return List.of(results);
    }
  }

  /** Starts a batch; phase 1 has run when this returns. */
  Run start(List<ToolCall> batch, ToolContext context, Conversation conversation) {
    return new Run(batch, context, conversation);
  }

  @SuppressWarnings("unchecked")
  private static CompletableFuture<Void> castVoid(CompletableFuture<?> future) {
    return (CompletableFuture<Void>) future;
  }
}
