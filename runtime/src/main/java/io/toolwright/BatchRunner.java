package io.toolwright;

import io.toolwright.CallExecutor.Attempt;
import io.toolwright.CallExecutor.Checked;
import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.annotation.Effect;
import io.toolwright.spi.ConversationState;
import io.toolwright.spi.ExecutionClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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
 *
 * <p>A step that finished on the calling thread returns {@code null} rather than a completed
 * future: a blocking {@code execute} whose calls all ran there then uses no {@link
 * CompletableFuture} at all, a class (with {@code ForkJoinPool}'s common pool behind it) that a
 * cold JVM's first call would otherwise load and initialise for nothing ({@code
 * FirstCallClassesTest}). A stage made of such a step takes {@link #stage}.
 */
final class BatchRunner {

  private static final Attempt TIMED_OUT = AttemptStarter.TIMED_OUT;

  private final CallExecutor calls;
  private final ExecutionPolicy policy;
  private final ExecutionClock clock;
  /** {@code null}: the calling thread. */
  private final Executor executor;
  /** {@code null}: writes are not kept by call id. */
  private final IdempotentWrites writes;

  private final SecurityGate gate;
  private final AttemptStarter starter;

  BatchRunner(CallExecutor calls, ExecutionPolicy policy) {
    this.calls = calls;
    this.policy = policy;
    this.clock = policy.clock();
    this.executor = policy.executor();
    this.writes =
        policy.idempotency() == null ? null : new IdempotentWrites(policy.idempotency(), calls);
    this.gate = new SecurityGate(policy);
    this.starter = new AttemptStarter(calls, policy);
  }

  /** One batch in progress. */
  final class Run {
    private final List<ToolCall> batch;
    private final ToolResult[] results;
    private final Conversation conversation;
    private final Thread origin = Thread.currentThread();
    /** Whether a call run on the calling thread left the interrupt flag set. */
    private volatile boolean originInterrupted;
    /** Sets {@link #originInterrupted}; a class, not a lambda (see {@code AttemptStarter.Task}). */
    private final Runnable markOriginInterrupted = new MarkOriginInterrupted();
    /**
     * Whether the calls run on the calling thread though there is an executor: the caller waits
     * for the one call there is, so handing it to another thread would only add two thread
     * switches, unless it is a read with a time-out, whose answer comes on time only from another
     * thread (the caller waits for a write's worker even after its time-out). A time-out
     * interrupts the call there, as without an executor.
     */
    private final boolean here;
    /** The results when every call was answered on the calling thread; else {@code null}. */
    private final List<ToolResult> finished;
    /** The results to come when a call did not end on the calling thread; else {@code null}. */
    private final CompletableFuture<List<ToolResult>> done;

    private Run(List<ToolCall> batch, ToolContext context, Conversation conversation, boolean waiting) {
      this.batch = batch;
      this.results = new ToolResult[batch.size()];
      this.conversation = conversation;
      List<List<BatchSlot>> segments = check(batch, context);
      this.here = waiting && segments.size() == 1 && segments.get(0).size() == 1
          && runsHere(segments.get(0).get(0));
      CompletableFuture<Void> ran =
          segments.size() == 1 && segments.get(0).size() == 1
              ? runFirst(segments.get(0).get(0))
              : runSegments(segments, 0);
      // The common case, calls that have ended: no stage to chain (the same answer as below).
      if (ran == null || (ran.isDone() && !ran.isCompletedExceptionally())) {
        this.finished = collect(null, null);
        this.done = null;
      } else {
        this.finished = null;
        this.done = ran.handle(this::collect);
      }
    }

    private boolean runsHere(BatchSlot only) {
      return !only.isRead() || policy.timeout(only.name()) == null;
    }

    private final class MarkOriginInterrupted implements Runnable {
      @Override
      public void run() {
        originInterrupted = true;
      }
    }

    /** Whether calls run on the calling thread. */
    private boolean onCaller() {
      return executor == null || here;
    }

    /** The results, as a stage: complete when every call was answered on the calling thread. */
    CompletableFuture<List<ToolResult>> done() {
      return done != null ? done : CompletableFuture.completedFuture(finished);
    }

    /**
     * Waits for the results, as {@code done().join()} does, without a future when every call was
     * answered on the calling thread.
     *
     * @throws CompletionException with a {@link VirtualMachineError} as its cause
     */
    List<ToolResult> await() {
      return finished != null ? finished : done.join();
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
        Throwable denial = gate.denial(context, ready);
        if (denial != null) {
          ToolResult denied =
              calls.refuse(call, PolicyErrors.permissionDenied(), SecurityGate.causeOf(denial));
          answer(i, denied, 0, Duration.ZERO);
          continue;
        }
        boolean destructive = ready.binding().definition().effect() == Effect.DESTRUCTIVE;
        if (destructive && policy.approvals() == null) {
          refuse(i, call, PolicyErrors.approvalRequired());
          continue;
        }
        // Hashed only when needed (see BatchSlot.key()).
        String key = null;
        boolean claimed = false;
        if (writes != null && !BatchSlot.isRead(ready)) {
          key = CallKey.of(call.name(), ready.arguments());
          ToolResult answered = writes.claimOrAnswer(ready, key);
          if (answered != null) {
            answer(i, answered, 0, Duration.ZERO);
            continue;
          }
          claimed = true;
        }
        int failures = 0;
        if (conversation.mayHaveFailures()) {
          if (key == null) {
            key = CallKey.of(call.name(), ready.arguments());
          }
          failures = conversation.failures(key);
        }
        if (failures >= policy.maxAttempts()) {
          ToolError exhausted =
              ToolError.of(
                  ErrorCode.ATTEMPTS_EXHAUSTED,
                  "This call, with these arguments, has failed "
                      + failures
                      + " times in this conversation, so it was not run again.");
          release(claimed, call);
          answer(i, calls.refuse(call, NextStep.append(policy, ready, exhausted, exhausted)), 0, Duration.ZERO);
          continue;
        }
        ConversationState.Count counted =
            conversation.tryCount(
                call.name(), policy.maxCallsPerTool(), policy.maxCallsPerConversation());
        if (counted != ConversationState.Count.COUNTED) {
          release(claimed, call);
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
          gate.ask(slot, context);
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
        if (segment == null) {
          continue;
        }
        if (!segment.isDone()) {
          int next = s + 1;
          return segment.thenCompose(ignored -> stage(runSegments(segments, next)));
        }
        if (segment.isCompletedExceptionally()) {
          return segment;
        }
      }
      return null;
    }

    /**
     * A write alone, or reads in parallel lanes that each take the next call when free; {@code
     * null} when every call was answered on this thread.
     */
    private CompletableFuture<Void> runSegment(List<BatchSlot> segment) {
      int lanes = executor == null ? 1 : Math.min(policy.maxParallelReads(), segment.size());
      AtomicInteger next = new AtomicInteger();
      if (lanes == 1) {
        return lane(segment, next);
      }
      CompletableFuture<?>[] running = new CompletableFuture<?>[lanes];
      for (int lane = 0; lane < lanes; lane++) {
        running[lane] = stage(lane(segment, next));
      }
      return CompletableFuture.allOf(running);
    }

    private CompletableFuture<Void> lane(List<BatchSlot> segment, AtomicInteger next) {
      while (true) {
        int index = next.getAndIncrement();
        if (index >= segment.size()) {
          return null;
        }
        CompletableFuture<Void> call = runFirst(segment.get(index));
        if (call == null) {
          continue;
        }
        if (!call.isDone()) {
          return call.thenCompose(ignored -> stage(lane(segment, next)));
        }
        if (call.isCompletedExceptionally()) {
          return call;
        }
      }
    }

    /**
     * When an attempt starts, for its {@link CallEvent}'s duration; not read from the clock when
     * no listener hears events (the default one does not).
     */
    private long startTiming() {
      return calls.hearsEvents() ? clock.nanoTime() : 0;
    }

    /** How long since {@link #startTiming()}; zero when no listener hears it. */
    private Duration since(long start) {
      return calls.hearsEvents() ? Duration.ofNanos(clock.nanoTime() - start) : Duration.ZERO;
    }

    /**
     * Runs attempt {@code number} of a call and, if it fails transiently, the next; {@code null}
     * when the call was answered on this thread.
     */
    private CompletableFuture<Void> runCall(BatchSlot slot, int number) {
      long start = startTiming();
      if (onCaller() && policy.timeout(slot.name()) == null) {
        // The common case: nothing but this thread can answer the attempt, so it runs and is
        // decided here, without the futures that hand an outcome over between threads (the same
        // answers: FastPathTest).
        try {
          Attempt attempt = starter.runHere(slot, origin, markOriginInterrupted);
          return decide(slot, number, attempt, since(start));
        } catch (Throwable failure) {
          return CompletableFuture.failedFuture(failure);
        }
      }
      CompletableFuture<Void> ended = new CompletableFuture<>();
      CompletableFuture<Attempt> reported =
          starter.start(slot, ended, onCaller(), origin, markOriginInterrupted);
      CompletableFuture<Void> decided;
      if (reported.isDone() && !reported.isCompletedExceptionally()) {
        // Ran on this thread (or already timed out): decide now rather than through a stage.
        try {
          decided = decide(slot, number, reported.join(), since(start));
        } catch (Throwable failure) {
          decided = CompletableFuture.failedFuture(failure);
        }
      } else {
        decided =
            reported.thenCompose(attempt -> stage(decide(slot, number, attempt, since(start))));
      }
      // A write's barrier holds until its worker has ended, even after a time-out.
      if (slot.isRead() || (ended.isDone() && (decided == null || decided.isDone()))) {
        return decided;
      }
      return stage(decided).thenCombine(ended, (a, b) -> null);
    }

    /**
     * What one attempt's outcome means: the call's answer, or another attempt; {@code null} when
     * that is decided, the call answered, on this thread.
     */
    private CompletableFuture<Void> decide(BatchSlot slot, int number, Attempt attempt, Duration took) {
      ReadyCall ready = slot.ready;
      if (attempt == TIMED_OUT) {
        conversation.failed(slot.key());
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
        return null;
      }
      ToolResult result = attempt.result();
      if (!(result instanceof ToolResult.Failure failure)) {
        if (conversation.mayHaveFailures()) {
          conversation.succeeded(slot.key());
        }
        event(slot, number, null, took, false);
        finish(slot, ResultCap.apply(result, policy.maxResultBytes(slot.name())));
        return null;
      }
      conversation.failed(slot.key());
      Throwable thrown = attempt.thrownByTool();
      if (thrown != null && policy.isUnavailable(thrown)) {
        event(slot, number, ErrorCode.TOOL_UNAVAILABLE, took, false);
        ToolError unavailable =
            ToolError.of(
                ErrorCode.TOOL_UNAVAILABLE,
                "The tool is unavailable right now (" + Excerpts.className(thrown) + ").");
        ToolError told = NextStep.append(policy, ready, unavailable, failure.error());
        finish(
            slot,
            calls.tell(
                ready, new ToolResult.Failure(ready.call().id(), slot.name(), told, thrown)));
        return null;
      }
      boolean isTransient = thrown != null && policy.isTransient(thrown);
      if (!isTransient) {
        event(slot, number, failure.error().code(), took, false);
        finish(slot, calls.tell(ready, result));
        return null;
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
        return null;
      }
      if (number < slot.allowedAttempts) {
        event(slot, number, failure.error().code(), took, true);
        CompletableFuture<Void> waited = backoff(number + 1);
        if (waited == null) {
          // Waited on this thread: the next attempt starts here too, as a stage would start it.
          try {
            return runCall(slot, number + 1);
          } catch (Throwable thrownHere) {
            return CompletableFuture.failedFuture(thrownHere);
          }
        }
        return waited.thenCompose(ignored -> stage(runCall(slot, number + 1)));
      }
      event(slot, number, ErrorCode.ATTEMPTS_EXHAUSTED, took, false);
      ToolError exhausted =
          ToolError.of(
              ErrorCode.ATTEMPTS_EXHAUSTED,
              "The tool failed "
                  + conversation.failures(slot.key())
                  + " times with what may be a temporary error ("
                  + Excerpts.className(thrown)
                  + ").");
      ToolError told = NextStep.append(policy, ready, exhausted, failure.error());
      finish(
          slot,
          calls.tell(ready, new ToolResult.Failure(ready.call().id(), slot.name(), told, thrown)));
      return null;
    }

    /**
     * The wait before another attempt: on the calling thread a sleep (it is waiting anyway), and
     * {@code null} when it is over; on an executor a timer, so no worker is held. An interrupted
     * sleep ends the retrying.
     */
    private CompletableFuture<Void> backoff(int next) {
      Duration delay = policy.backoff(next);
      if (onCaller()) {
        try {
          clock.sleep(delay);
          return null;
        } catch (InterruptedException e) {
          originInterrupted = true;
          // Still one more attempt: the caller asked to stop waiting, not to lose the answer.
          return null;
        }
      }
      CompletableFuture<Void> waited = new CompletableFuture<>();
      clock.schedule(delay, () -> waited.complete(null));
      return waited;
    }

    /** Runs a call once it is approved, if it needs to be; {@code null} as {@link #runCall}. */
    private CompletableFuture<Void> runFirst(BatchSlot slot) {
      if (slot.approval == null) {
        return runCall(slot, 1);
      }
      if (onCaller()) {
        // Everything runs on the calling thread: wait for the decision here.
        try {
          slot.approval.join();
        } catch (RuntimeException decidedBadly) {
          // handled below
        }
      }
      return slot.approval
          .handle((approval, failure) -> gate.refusal(slot, approval, failure))
          .thenCompose(
              refusal -> {
                if (refusal == null) {
                  return stage(runCall(slot, 1));
                }
                ToolCall call = slot.ready.call();
                release(slot.claimed, call);
                answer(
                    slot.index,
                    calls.refuse(
                        call, ToolError.of(ErrorCode.NOT_APPROVED, refusal), slot.approvalFailure),
                    0,
                    Duration.ZERO);
                return stage(null);
              });
    }

    private void release(boolean claimed, ToolCall call) {
      if (claimed) {
        writes.release(call);
      }
    }

    private void refuse(int index, ToolCall call, ToolError error) {
      answer(index, calls.refuse(call, error), 0, Duration.ZERO);
    }

    private void answer(int index, ToolResult result, int attempt, Duration took) {
      results[index] = result;
      if (!calls.hearsEvents()) {
        return;
      }
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
      if (!calls.hearsEvents()) {
        return;
      }
      calls.tellEvent(
          new CallEvent(slot.ready.call().id(), slot.name(), attempt, code, took, retrying));
    }

    private void finish(BatchSlot slot, ToolResult result) {
      results[slot.index] = result;
      if (slot.claimed) {
        writes.complete(slot.ready.call(), result);
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
    return new Run(batch, context, conversation, false);
  }

  /**
   * Like {@link #start(List, ToolContext, Conversation)}, for a caller that waits for the results:
   * a batch that runs one call runs it on the calling thread, with its time-out.
   */
  Run startAndWait(List<ToolCall> batch, ToolContext context, Conversation conversation) {
    return new Run(batch, context, conversation, true);
  }

  /** The step as a stage: a completed one for a step that finished on this thread ({@code null}). */
  private static CompletableFuture<Void> stage(CompletableFuture<Void> step) {
    return step != null ? step : CompletableFuture.completedFuture(null);
  }
}
