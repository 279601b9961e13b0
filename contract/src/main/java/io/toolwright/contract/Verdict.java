package io.toolwright.contract;

/** Whether a change breaks a model or client built against the locked tools. */
public enum Verdict {
  /** Fails {@code toolwright:check} until restored, or accepted with {@code toolwright:lock}. */
  BREAKING,
  /** Reported as a note: every call valid before is still valid. */
  COMPATIBLE
}
