package texttime;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/** One tool per text constraint and string-valued scalar; each echoes what it received. */
public class TextAndTime {

  /** @param value text with a character that is not white space */
  @Tool(effect = Effect.READ_ONLY)
  public String notBlank(@NotBlank String value) {
    return value;
  }

  /** @param value two or three characters */
  @Tool(effect = Effect.READ_ONLY)
  public String sized(@Size(min = 2, max = 3) String value) {
    return value;
  }

  /** @param value single characters */
  @Tool(effect = Effect.READ_ONLY)
  public String letters(List<@Size(max = 1) String> value) {
    return String.valueOf(value);
  }

  /** @param value one character */
  @Tool(effect = Effect.READ_ONLY)
  public String character(char value) {
    return String.valueOf(value);
  }

  /** @param value an instant */
  @Tool(effect = Effect.READ_ONLY)
  public String instant(Instant value) {
    return String.valueOf(value);
  }

  /** @param value a date-time with an offset */
  @Tool(effect = Effect.READ_ONLY)
  public String offsetDateTime(OffsetDateTime value) {
    return String.valueOf(value);
  }

  /** @param value a date-time with a zone */
  @Tool(effect = Effect.READ_ONLY)
  public String zonedDateTime(ZonedDateTime value) {
    return String.valueOf(value);
  }

  /** @param value a date */
  @Tool(effect = Effect.READ_ONLY)
  public String localDate(LocalDate value) {
    return String.valueOf(value);
  }

  /** @param value a date and time without offset */
  @Tool(effect = Effect.READ_ONLY)
  public String localDateTime(LocalDateTime value) {
    return String.valueOf(value);
  }

  /** @param value a time without offset */
  @Tool(effect = Effect.READ_ONLY)
  public String localTime(LocalTime value) {
    return String.valueOf(value);
  }

  /** @param value a time with an offset */
  @Tool(effect = Effect.READ_ONLY)
  public String offsetTime(OffsetTime value) {
    return String.valueOf(value);
  }

  /** @param value a duration */
  @Tool(effect = Effect.READ_ONLY)
  public String duration(Duration value) {
    return String.valueOf(value);
  }

  /** @param value a period */
  @Tool(effect = Effect.READ_ONLY)
  public String period(Period value) {
    return String.valueOf(value);
  }

  /** @param value a year */
  @Tool(effect = Effect.READ_ONLY)
  public String year(Year value) {
    return String.valueOf(value);
  }

  /** @param value a year and month */
  @Tool(effect = Effect.READ_ONLY)
  public String yearMonth(YearMonth value) {
    return String.valueOf(value);
  }
}
