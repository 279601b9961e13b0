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
              assertThat(e.problems().get(0).expected()).isEqualTo("from  must be before to");
              assertThat(e.problems().get(1).expected()).isEqualTo("y".repeat(200) + "…");
              assertThat(e.problems().get(2).expected())
                  .isEqualTo("a valid Range (the constructor rejected the value: ToolException)");
            });
  }

  @Test
  void otherThrowablesAreNamedAndTheJvmsOwnAreRethrown() {
    Problems problems = new Problems();
    problems.rejectedBySetter("/a", null, "Bean", new IllegalArgumentException("hunter2"));
    problems.rejectedByConstructor("/b", null, "Rec", new ExceptionInInitializerError("hunter2"));
    assertThatThrownBy(
            () -> problems.rejectedByConstructor("/c", null, "Rec", new StackOverflowError()))
        .isInstanceOf(StackOverflowError.class);
    assertThat(problems.count()).isEqualTo(2);
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.pointer() + " " + p.expected())
                    .containsExactly(
                        "/a a valid Bean (a setter rejected the value: IllegalArgumentException)",
                        "/b a valid Rec (the constructor rejected the value:"
                            + " ExceptionInInitializerError)"));
  }
}
