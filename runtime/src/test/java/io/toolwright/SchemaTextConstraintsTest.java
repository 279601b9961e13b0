package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.Length;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default validator enforces the text keywords the schema shows: lengths in code points, and
 * blank as ECMA-262's {@code \s} has it. Collections, maps and arrays keep Hibernate Validator's
 * sizes.
 */
class SchemaTextConstraintsTest {

  /** ECMA-262 WhiteSpace and LineTerminator, listed from the specification (Unicode Zs as of 6.3). */
  private static final Set<Character> ECMA_WHITESPACE =
      "\t\u000B\f \u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\n\r\u2028\u2029"
          .chars()
          .mapToObj(c -> (char) c)
          .collect(Collectors.toSet());

  private static final String EMOJI = "\uD83D\uDE00";

  private final Validator validator = ConstraintViolations.defaultValidator();

  record Sized(
      @Size(min = 2, max = 3) String text,
      @Length(min = 2, max = 3) String length,
      List<@Size(max = 1) String> letters) {}

  record Collections(
      @Size(max = 2) List<String> list,
      @Size(max = 2) Map<String, Integer> map,
      @Size(max = 2) int[] numbers,
      @Size(max = 2) String[] words,
      @NotEmpty List<String> notEmpty) {}

  record Blank(@NotBlank String text) {}

  @Test
  void sizeAndLengthCountCodePointsAsMinLengthAndMaxLengthDo() {
    // Three emoji are three characters to JSON Schema, six UTF-16 units to String.length().
    assertThat(violations(new Sized(EMOJI.repeat(3), EMOJI.repeat(3), List.of(EMOJI)))).isEmpty();
    assertThat(violations(new Sized("a" + EMOJI + "b", "a" + EMOJI, List.of())))
        .isEmpty();
    // One emoji is one character: below a minimum of two.
    assertThat(violations(new Sized(EMOJI, EMOJI, List.of(EMOJI + EMOJI))))
        .containsExactlyInAnyOrder(
            "text: size must be between 2 and 3",
            "length: length must be between 2 and 3",
            "letters[0].<list element>: size must be between 0 and 1");
    assertThat(violations(new Sized("abcd", "ab" + EMOJI + "d", List.of())))
        .containsExactlyInAnyOrder(
            "text: size must be between 2 and 3", "length: length must be between 2 and 3");
    assertThat(violations(new Sized(null, null, List.of()))).isEmpty();
  }

  @Test
  void collectionsMapsAndArraysKeepHibernateValidatorsSizes() {
    assertThat(
            violations(
                new Collections(
                    List.of("a", "b"), Map.of("a", 1), new int[2], new String[] {EMOJI}, List.of("x"))))
        .isEmpty();
    assertThat(
            violations(
                new Collections(
                    List.of("a", "b", "c"),
                    Map.of("a", 1, "b", 2, "c", 3),
                    new int[3],
                    new String[3],
                    List.of())))
        .containsExactlyInAnyOrder(
            "list: size must be between 0 and 2",
            "map: size must be between 0 and 2",
            "numbers: size must be between 0 and 2",
            "words: size must be between 0 and 2",
            "notEmpty: must not be empty");
  }

  @Test
  void ecmaWhitespaceIsTheSpecificationsListForEveryCharacter() {
    List<String> disagreements = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (ECMA_WHITESPACE.contains(c) != EcmaWhitespace.isWhitespace(c)) {
        disagreements.add(String.format("U+%04X", (int) c));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  // The characters on which String.isBlank() disagrees with ECMA-262 are in both lists.
  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "\u00A0", "\u2007", "\u202F", "\uFEFF", " \t\n\r\u2028\u2029\u3000"})
  void blankToTheSchemaIsBlankAtRunTime(String text) {
    assertThat(violations(new Blank(text))).containsExactly("text: must not be blank");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u001C", "\u001D", "\u001E", "\u001F", "\u0085", "\u200B", "\u0000", EMOJI, " x "})
  void textToTheSchemaIsTextAtRunTime(String text) {
    assertThat(violations(new Blank(text))).isEmpty();
  }

  @Test
  void nullIsBlank() {
    assertThat(violations(new Blank(null))).containsExactly("text: must not be blank");
  }

  private List<String> violations(Object bean) {
    List<String> found = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(bean)) {
      found.add(violation.getPropertyPath() + ": " + violation.getMessage());
    }
    return found;
  }
}
