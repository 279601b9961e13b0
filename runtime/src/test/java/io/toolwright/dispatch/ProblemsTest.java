package io.toolwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.ToolException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class ProblemsTest {

  @Test
  void keepsTheFirstFiftyAndCountsTheRest() {
    Problems problems = new Problems();
    problems.throwIfAny(); // nothing found, nothing thrown
    for (int i = 0; i < 1000; i++) {
      problems.add("/x/" + i, "a string", JsonNodeFactory.instance.numberNode(i));
    }
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e -> {
              assertThat(e.total()).isEqualTo(1000);
              assertThat(e.problems()).hasSize(Problems.KEPT);
              assertThat(e.problems().get(49).pointer()).isEqualTo("/x/49");
              assertThat(e.problems().get(49).actual()).isEqualTo("49");
              assertThat(e.getMessage()).isEqualTo("1000 arguments cannot be converted");
            });
  }

  @Test
  void aToolExceptionsMessageIsPassedOnBoundedAndOnOneLine() {
    Problems problems = new Problems();
    problems.rejectedByConstructor(
        "/range", null, "Range", new ToolException(" from\r\nmust\u2029be\u200Bbefore\u202Eto "));
    problems.rejectedByConstructor("/long", null, "Range", new ToolException("y".repeat(500)));
    problems.rejectedByConstructor("/blank", null, "Range", new ToolException(" \n"));
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e -> {
              // Line breaks become spaces; invisible characters show as escapes.
              assertThat(e.problems().get(0).expected())
                  .isEqualTo("from  must be\\u200Bbefore\\u202Eto");
              assertThat(e.problems().get(1).expected()).isEqualTo("y".repeat(200) + "…");
              assertThat(e.problems().get(2).expected())
                  .isEqualTo("a valid Range (the constructor rejected the value: ToolException)");
            });
  }

  @Test
  void otherThrowablesAreNamedKeptAsTheCauseAndTheJvmsOwnAreRethrown() {
    Problems problems = new Problems();
    IllegalArgumentException secret = new IllegalArgumentException("hunter2");
    problems.rejectedBySetter("/a", null, "Bean", secret);
    problems.rejectedByConstructor("/b", null, "Rec", new ExceptionInInitializerError("hunter2"));
    // A stack overflow has unwound by now and fails only this call, as in the executor.
    problems.rejectedByConstructor("/c", null, "Rec", new StackOverflowError());
    assertThatThrownBy(
            () -> problems.rejectedByConstructor("/d", null, "Rec", new OutOfMemoryError()))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(problems.count()).isEqualTo(3);
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(p -> p.pointer() + " " + p.expected())
                  .containsExactly(
                      "/a a valid Bean (a setter rejected the value: IllegalArgumentException)",
                      "/b a valid Rec (the constructor rejected the value:"
                          + " ExceptionInInitializerError)",
                      "/c a valid Rec (the constructor rejected the value: StackOverflowError)");
              // For the application (the listener, ToolResult.Failure.cause()), not the model.
              assertThat(e.getCause()).isSameAs(secret);
            });
  }
}
