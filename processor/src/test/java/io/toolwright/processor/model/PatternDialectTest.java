package io.toolwright.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Java regular expressions that JSON Schema's ECMA-262 reads alike, and those it does not. */
class PatternDialectTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[A-Z]{3}",
        "INV-[0-9]{4}",
        "\\d+(\\.\\d{1,2})?",
        "[a-z]+|[0-9]+",
        "\\w+@\\w+\\.com",
        "(?:ab)*?c",
        "(?=x)x",
        "(?!y).",
        "(?<=a)b",
        "(?<!a)b",
        "(?<year>\\d{4})-\\k<year>",
        "(a)\\1",
        "\\p{Lu}\\p{Ll}*",
        "\\P{L}",
        "\\p{ASCII}+",
        "[\\-a]",
        "\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\/",
        "\\x41\\u00e9\\t\\n\\r\\f\\cA",
        "[^\\d\\w]",
        "a{2,}b{1,3}",
        ".*x.*"
      })
  void readAlike(String regexp) {
    assertThat(PatternDialect.firstDifference(regexp)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          (?i)abc          | (?i)        | 0 | spell the cases out
          a(?i:b)          | (?i:        | 1 | spell the cases out
          a++              | ++          | 1 | write +
          a*+b             | *+          | 1 | write *
          a{2}+            | {2}+        | 1 | write {2}
          (?>ab)c          | (?>         | 0 | plain group
          \\Aabc           | \\A         | 0 | remove it
          abc\\z           | \\z         | 3 | remove it
          abc\\Z           | \\Z         | 3 | remove it
          \\Gabc           | \\G         | 0 | remove it
          [a-z&&[^b]]      | &&          | 4 | list the remaining characters
          [a[b]]           | [           | 2 | one class
          []a]             | []          | 0 | escape it as \\]
          a]               | ]           | 1 | escape it as \\]
          a}               | }           | 1 | escape it as \\}
          \\p{javaLowerCase} | \\p{javaLowerCase} | 0 | general category
          \\p{IsLatin}     | \\p{IsLatin} | 0 | general category
          \\p{InGreek}     | \\p{InGreek} | 0 | general category
          \\p{Alpha}+      | \\p{Alpha}  | 0 | write [A-Za-z]
          \\P{Digit}       | \\P{Digit}  | 0 | write [^0-9]
          \\p{Punct}       | \\p{Punct}  | 0 | write [!-\\/:-@\\[-`{-~]
          \\pL              | \\pL        | 0 | write \\p{L}
          \\Qa.b\\E        | \\Qa.b\\E   | 0 | escape the characters instead: a\\.b
          x\\sy            | \\s         | 1 | write [ \\t\\n\\x0B\\f\\r]
          \\S+             | \\S         | 0 | write [^ \\t\\n\\x0B\\f\\r]
          \\h              | \\h         | 0 | write [
          \\v              | \\v         | 0 | write [\\n\\x0B\\f\\r\\x85\\u2028\\u2029]
          \\R              | \\R         | 0 | write (?:\\r\\n
          \\X              | \\X         | 0 | list the characters
          \\bword\\b       | \\b         | 0 | explicit class
          \\e              | \\e         | 0 | write \\x1B
          \\a              | \\a         | 0 | write \\x07
          \\0101           | \\0101      | 0 | write \\x41
          \\x{e9}          | \\x{e9}     | 0 | write \\u00E9
          \\N{LATIN SMALL LETTER A} | \\N{LATIN SMALL LETTER A} | 0 | write the character
          a\\-b            | \\-         | 1 | without the backslash
          \\@              | \\@         | 0 | without the backslash
          """)
  void differ(String regexp, String construct, int index, String fix) {
    Optional<PatternDialect.Difference> difference = PatternDialect.firstDifference(regexp);
    assertThat(difference).isPresent();
    assertThat(difference.get().construct()).isEqualTo(construct);
    assertThat(difference.get().index()).isEqualTo(index);
    assertThat(difference.get().fix()).contains(fix);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          (a)\\1        | 2 | (a)\\3
          (a)(b)\\2\\1  | 1 | (a)(b)\\3\\2
          [\\1]         | 5 | [\\1]
          \\\\1         | 5 | \\\\1
          """)
  void backreferencesShiftWhenPatternsAreCombined(String regexp, int offset, String shifted) {
    assertThat(PatternDialect.shiftBackreferences(regexp, offset)).isEqualTo(shifted);
  }
}
