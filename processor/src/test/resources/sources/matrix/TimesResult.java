package matrix;

import java.math.BigDecimal;
import java.net.URI;
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
import java.util.UUID;

/**
 * Scalars as a tool returns them.
 *
 * @param instant an instant
 * @param year written by Jackson as a number
 */
public record TimesResult(
    Instant instant,
    OffsetDateTime offsetDateTime,
    ZonedDateTime zonedDateTime,
    LocalDate date,
    LocalDateTime localDateTime,
    LocalTime localTime,
    OffsetTime offsetTime,
    Duration duration,
    Period period,
    Year year,
    YearMonth yearMonth,
    char letter,
    UUID id,
    URI link,
    BigDecimal decimal,
    double precise,
    long big) {}
