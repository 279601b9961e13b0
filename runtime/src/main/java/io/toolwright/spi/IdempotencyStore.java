package io.toolwright.spi;

import io.toolwright.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where the outcomes of writes are kept by call id, so that a call made again with the same id
 * (a model, a client or a queue delivering a response twice) is answered with the stored result and
 * its tool is not run again, with Stripe's semantics: same id and same arguments replay the stored
 * result; same id and other arguments are refused; of concurrent duplicates one runs.
 *
 * <p>Only writes and destructive calls are kept; read-only calls just run. {@link #inMemory()} is
 * the default implementation; a store shared by several instances (a database) implements the same
 * three methods, {@link #claim} atomically (in PostgreSQL, an {@code INSERT ... ON CONFLICT DO
 * NOTHING} in its own transaction), so that two instances never both run a write.
 *
 * <p><b>Claim lease.</b> A claim whose outcome never comes (its instance stopped between claiming
 * and completing) would otherwise say "running" for ever. A store may give claims a lease: a later
 * claim with the same key and fingerprint, made when the lease has run out and no outcome was
 * stored, takes the claim over ({@link Claim#takenOver()}). The earlier run's outcome is unknown,
 * so the runtime runs the call again only when its tool is idempotent; any other write is answered
 * {@link ErrorCode#OUTCOME_UNKNOWN} without running, and that outcome is stored. Choose the lease
 * longer than a call can take from its claim to its outcome (its approval, its time-out, its
 * attempts): a call still running when its lease runs out may be taken over meanwhile. {@link
 * #DEFAULT_CLAIM_LEASE} unless the store is told otherwise.
 */
public interface IdempotencyStore {

  /** How long a claim without an outcome holds before a later claim may take it over. */
  Duration DEFAULT_CLAIM_LEASE = Duration.ofMinutes(10);

  /**
   * Claims {@code key} for a call whose arguments have {@code fingerprint}, atomically.
   *
   * @param key the tool's name and the call's id
   * @param fingerprint the SHA-256 of the tool's name and canonical arguments, never the arguments
   * @return {@link Claim#granted()} when the caller is the first and must run the call; otherwise
   *     what is known of the earlier call
   */
  Claim claim(String key, String fingerprint);

  /**
   * Stores the outcome of the call that {@code key} was granted to (or taken over by); an outcome
   * stored already is kept, never overwritten.
   */
  void complete(String key, Outcome outcome);

  /**
   * Gives up a claim whose call did not run (its batch failed before it), so that a later call with
   * the key may run.
   */
  void release(String key);

  /**
   * A store in this JVM's memory, unbounded: for one instance, and for tests. Claims have the
   * {@link #DEFAULT_CLAIM_LEASE}.
   */
  static IdempotencyStore inMemory() {
    return inMemory(DEFAULT_CLAIM_LEASE, Clock.systemUTC());
  }

  /**
   * {@link #inMemory()} with another claim lease, measured by {@code clock} (a test's clock).
   *
   * @throws IllegalArgumentException if the lease is not positive
   */
  static IdempotencyStore inMemory(Duration claimLease, Clock clock) {
    return new InMemoryIdempotencyStore(claimLease, clock);
  }

  /** The answer to {@link #claim}. */
  final class Claim {
    private static final Claim GRANTED = new Claim(State.GRANTED, null);
    private static final Claim RUNNING = new Claim(State.RUNNING, null);
    private static final Claim OTHER_ARGUMENTS = new Claim(State.OTHER_ARGUMENTS, null);
    private static final Claim TAKEN_OVER = new Claim(State.TAKEN_OVER, null);

    /** What is known of the key. */
    public enum State {
      /** First use: run the call, then {@link IdempotencyStore#complete}. */
      GRANTED,
      /** A call with the key is running. */
      RUNNING,
      /** A call with the key and the same arguments completed: {@link #outcome()}. */
      COMPLETED,
      /** The key was used with other arguments. */
      OTHER_ARGUMENTS,
      /**
       * A claim with the key and the same arguments ran out its lease without an outcome; the
       * caller now holds it and must {@link IdempotencyStore#complete} it. Whether that earlier
       * call took effect is unknown.
       */
      TAKEN_OVER
    }

    private final State state;
    private final Outcome outcome;

    private Claim(State state, Outcome outcome) {
      this.state = state;
      this.outcome = outcome;
    }

    public static Claim granted() {
      return GRANTED;
    }

    public static Claim running() {
      return RUNNING;
    }

    public static Claim otherArguments() {
      return OTHER_ARGUMENTS;
    }

    /** An expired claim, now the caller's: see {@link State#TAKEN_OVER}. */
    public static Claim takenOver() {
      return TAKEN_OVER;
    }

    public static Claim completed(Outcome outcome) {
      return new Claim(State.COMPLETED, Objects.requireNonNull(outcome, "outcome"));
    }

    public State state() {
      return state;
    }

    /** The stored outcome, for {@link State#COMPLETED}; {@code null} otherwise. */
    public Outcome outcome() {
      return outcome;
    }
  }

  /**
   * A stored outcome: the result's JSON content as sent to the model, and for a failure its code
   * and message. Plain values, so a database can keep them in three columns.
   */
  final class Outcome {
    private final byte[] contentJson;
    private final ErrorCode errorCode;
    private final String errorMessage;

    private Outcome(byte[] contentJson, ErrorCode errorCode, String errorMessage) {
      this.contentJson = contentJson;
      this.errorCode = errorCode;
      this.errorMessage = errorMessage;
    }

    /** A success, with the result's content as UTF-8 JSON. */
    public static Outcome success(byte[] contentJson) {
      return new Outcome(Objects.requireNonNull(contentJson, "contentJson").clone(), null, null);
    }

    /** A failure, with what the model was told. */
    public static Outcome failure(ErrorCode code, String message) {
      return new Outcome(
          null, Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"));
    }

    /** The content of a success, UTF-8 JSON; {@code null} for a failure. */
    public byte[] contentJson() {
      return contentJson == null ? null : contentJson.clone();
    }

    /** The code of a failure; {@code null} for a success. */
    public ErrorCode errorCode() {
      return errorCode;
    }

    /** The message of a failure; {@code null} for a success. */
    public String errorMessage() {
      return errorMessage;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Outcome that
          && Arrays.equals(contentJson, that.contentJson)
          && errorCode == that.errorCode
          && Objects.equals(errorMessage, that.errorMessage);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(contentJson), errorCode, errorMessage);
    }
  }
}
