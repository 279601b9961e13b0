package io.toolwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grammars that need more than a table of cases (TextAndTimeVerdictTest in the processor holds
 * them against a JSON Schema validator): the calendar in {@code LocalDateTime}'s pattern, and the
 * digit limits that keep durations and periods from overflowing.
 */
class ScalarPatternTest {

  @Test
  void localDateTimePatternKnowsTheCalendarOfEveryYear() {
    List<String> disagreements = new ArrayList<>();
    // Only February depends on the year: every year's, then every day of a leap and a common year.
    for (int year = 0; year <= 9999; year++) {
      check(year, 2, 28, disagreements);
      check(year, 2, 29, disagreements);
      check(year, 2, 30, disagreements);
    }
    for (int year : new int[] {2023, 2024}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          check(year, month, day, disagreements);
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static void check(int year, int month, int day, List<String> disagreements) {
    String text = String.format("%04d-%02d-%02dT00:00", year, month, day);
    boolean exists =
        month >= 1 && month <= 12 && day >= 1 && YearMonth.of(year, month).isValidDay(day);
    if (ScalarPattern.LOCAL_DATE_TIME.matches(text) != exists) {
      disagreements.add(text);
    }
  }

  @Test
  void theLargestDurationAndPeriodThePatternsAdmitDoNotOverflow() {
    String duration = "P999999999999DT999999999999H999999999999M999999999999.999999999S";
    assertThat(ScalarPattern.DURATION.matches("-" + duration)).isTrue();
    assertThat(Duration.parse("-" + duration).negated()).isEqualTo(Duration.parse(duration));

    String period = "P999999999Y999999999M99999999W999999999D";
    assertThat(ScalarPattern.PERIOD.matches("-" + period)).isTrue();
    assertThat(Period.parse("-" + period).negated()).isEqualTo(Period.parse(period));
  }

  @Test
  void aFinalLineBreakIsNotTheEnd() {
    assertThat(ScalarPattern.YEAR.matches("2025")).isTrue();
    assertThat(ScalarPattern.YEAR.matches("2025\n")).isFalse();
    assertThat(ScalarPattern.DURATION.matches("PT1H\n")).isFalse();
    assertThat(ScalarPattern.CHAR.matches("\n")).isTrue();
    assertThat(ScalarPattern.CHAR.matches("a\n")).isFalse();
  }
}
