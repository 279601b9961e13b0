package io.toolwright.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/contract.md's change-kind table: every kind, with the code's verdict and a real test (in
 * {@link ContractComparatorTest}, {@link OutputSchemaComparisonTest} or {@link UnionAlternativesTest}).
 */
class ContractDocsTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (breaking|compatible) \\|.*\\| (.+) \\|$");

  @Test
  void theTableListsEveryKindWithItsVerdictAndTestsThatExist() throws Exception {
    Map<String, String> verdicts = new HashMap<>();
    Map<String, String> tests = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("../docs/contract.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        verdicts.put(row.group(1), row.group(2));
        tests.put(row.group(1), row.group(3));
      }
    }
    for (ChangeKind kind : ChangeKind.values()) {
      assertThat(verdicts).as(kind.key()).containsEntry(kind.key(),
          kind.verdict() == Verdict.BREAKING ? "breaking" : "compatible");
    }
    assertThat(verdicts).hasSize(ChangeKind.values().length);
    var testNames = Stream.of(ContractComparatorTest.class, OutputSchemaComparisonTest.class, UnionAlternativesTest.class)
        .flatMap(test -> Arrays.stream(test.getDeclaredMethods())).map(Method::getName).toList();
    tests.forEach((key, named) -> {
      for (String test : named.replace("`", "").split(", ")) {
        assertThat(testNames).as("test named for " + key).contains(test);
      }
    });
  }
}
