package io.toolwright;

import java.util.Objects;

/**
 * One thing wrong with a model's arguments.
 *
 * @param pointer the JSON pointer (RFC 6901) of the bad value within the arguments object; {@code ""}
 *     for the object itself
 * @param expected what the tool needs there, in words a model can act on
 * @param actual a bounded excerpt of what came, or {@code null} when nothing came
 */
public record ArgumentProblem(String pointer, String expected, String actual) {
  public ArgumentProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(expected, "expected");
  }
}
