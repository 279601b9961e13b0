package io.toolwright.dispatch;

import io.toolwright.ArgumentProblem;
import io.toolwright.Excerpts;
import io.toolwright.ToolException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The problems found while converting one call's arguments, so that one answer lists every value
 * the model must correct rather than the first.
 *
 * <p>A reader that cannot convert a value records a problem here and returns a placeholder ({@code
 * null}, {@code 0}, {@code false}) instead of throwing; conversion goes on with the next value.
 * Generated code never hands a placeholder to the application: a record or bean is built only when
 * no problem was recorded while reading its properties ({@link #count()} did not grow), and {@link
 * #throwIfAny()} ends the conversion before the tool's method could be called.
 *
 * <p>Bounded: the first {@value #KEPT} problems are kept, the rest only counted, so a megabyte of
 * bad values costs no more than 50 problems and a counter.
 */
@ForGeneratedCode
public final class Problems {

  /** The most problems kept; the executor lists as many in one error. */
  public static final int KEPT = 50;

  private final List<ArgumentProblem> kept = new ArrayList<>();
  private int count;

  /** What the first refusing constructor or setter threw: the application's to see, not the model's. */
  private Throwable firstThrown;

  /**
   * Records that the value at {@code pointer} is not what the tool needs.
   *
   * @param expected what the tool needs there, in words a model can act on
   * @param actual the value that came, quoted as a bounded excerpt; {@code null} when absent
   */
  public void add(String pointer, String expected, JsonNode actual) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(ArgumentProblem.of(pointer, expected, Excerpts.of(actual)));
    }
  }

  /**
   * Records that a record's constructor refused values that each converted fine: a compact
   * constructor checking an invariant, or a library call in it failing on the model's value.
   *
   * <p>A {@link ToolException}'s message was written for the model ("from must be before to") and is
   * its {@code expected}, bounded and on one line; any other exception is named by its simple class
   * name only, since messages of library exceptions ({@code UUID.fromString}, {@code parseInt}, a
   * lookup) can hold secrets. What was thrown becomes the cause of the {@link ArgumentException},
   * so the application sees it whole. A {@link VirtualMachineError} other than a {@link
   * StackOverflowError} is rethrown, as the executor does: the JVM, not the arguments, is in
   * trouble.
   *
   * @param typeName the simple name of the record, for "a valid {@code typeName}"
   */
  public void rejectedByConstructor(
      String pointer, JsonNode actual, String typeName, Throwable thrown) {
    rejected(pointer, actual, typeName, "the constructor", thrown);
  }

  /** Like {@link #rejectedByConstructor} for a bean's setter. */
  public void rejectedBySetter(String pointer, JsonNode actual, String typeName, Throwable thrown) {
    rejected(pointer, actual, typeName, "a setter", thrown);
  }

  /** How many problems were found, including those beyond the {@value #KEPT} kept. */
  public int count() {
    return count;
  }

  /** Ends the conversion when any problem was found. */
  public void throwIfAny() {
    if (count > 0) {
      throw new ArgumentException(Collections.unmodifiableList(kept), count, firstThrown);
    }
  }

  private void rejected(
      String pointer, JsonNode actual, String typeName, String rejecter, Throwable thrown) {
    if (thrown instanceof VirtualMachineError fatal && !(thrown instanceof StackOverflowError)) {
      throw fatal;
    }
    if (firstThrown == null) {
      firstThrown = thrown;
    }
    String message = thrown instanceof ToolException ? Excerpts.message(thrown) : "";
    add(
        pointer,
        message.isEmpty()
            ? "a valid "
                + typeName
                + " ("
                + rejecter
                + " rejected the value: "
                + Excerpts.className(thrown)
                + ")"
            : message,
        actual);
  }
}
