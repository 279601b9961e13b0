package io.toolwright.cli;

/** A wrong argument the user can fix (an unknown tool or dialect): exit code 2, no stack trace. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
