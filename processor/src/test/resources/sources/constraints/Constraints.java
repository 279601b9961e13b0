package constraints;

import io.toolwright.annotation.Enum;
import io.toolwright.annotation.Tool;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

/** Every Bean Validation constraint the processor turns into schema keywords. */
public class Constraints {

  /**
   * String constraints.
   *
   * @param name a name
   * @param currency an ISO 4217 code
   */
  @Tool
  public void strings(
      @NotNull @NotBlank String name,
      @Size(min = 2, max = 10) String code,
      @NotEmpty String nonEmpty,
      @Pattern(regexp = "[A-Z]{3}") String currency,
      @Email String email,
      @NotBlank @Pattern(regexp = "\\d+") String digits,
      @Size(max = 1) @Enum({"a", "b"}) String letter,
      @Size(min = 3) Optional<String> optionalCode,
      @Pattern(regexp = "[a-z]+") @Pattern(regexp = ".*x.*") String twoPatterns,
      @Email(regexp = ".*@example\\.com") String workEmail,
      @Length(min = 2, max = 5) String shortName) {}

  /**
   * Values the model may leave out, with constraints that reject null: they apply to the value
   * when it is there.
   *
   * @param query what to look for
   */
  @Tool
  public void absentAllowed(
      Optional<@NotBlank String> query,
      @Nullable @NotBlank String note,
      @NotBlank Optional<String> label,
      @Nullable @NotEmpty List<String> tags,
      Optional<@NotEmpty @Size(max = 3) String> code) {}

  /** Collection and map sizes. */
  @Tool
  public void sizes(
      @Size(max = 5) List<String> tags,
      @NotEmpty Set<String> nonEmptySet,
      @Size(min = 1, max = 3) Map<String, String> labels,
      @NotEmpty String[] names) {}

  /** Numeric bounds. */
  @Tool
  public void numbers(
      @Min(1) int atLeastOne,
      @Max(100) long atMostHundred,
      @DecimalMin("0.01") BigDecimal price,
      @DecimalMax(value = "100", inclusive = false) BigDecimal belowHundred,
      @DecimalMin(value = "0", inclusive = false) BigDecimal aboveZero,
      @Positive int positive,
      @PositiveOrZero Integer positiveOrZero,
      @Negative long negative,
      @NegativeOrZero short negativeOrZero,
      @Min(0) byte nonNegativeByte,
      @Min(-1000) short shortWithLooseMin,
      @Positive @Max(10) Optional<Integer> optionalBounded,
      @Positive @Digits(integer = 4, fraction = 2) BigDecimal amount,
      @Digits(integer = 2, fraction = 0) Integer twoDigits,
      @Range(min = 1, max = 7) int weekday) {}

  /** Booleans that must have one value. */
  @Tool
  public void booleans(@AssertTrue boolean confirmed, @Nullable @AssertFalse Boolean declined) {}

  /**
   * Points in time.
   *
   * @param past when it happened
   */
  @Tool
  @SuppressWarnings("toolwright:constraint-not-in-schema") // told in the descriptions
  public void times(
      @Past LocalDate past,
      @PastOrPresent Instant pastOrPresent,
      @Future OffsetDateTime future,
      @FutureOrPresent ZonedDateTime futureOrPresent) {}

  /**
   * Constraints inside records and beans.
   *
   * @param booking the booking to make
   */
  @Tool
  public void nested(Booking booking, @Valid Guest guest, List<Booking> more) {}

  /**
   * Container element constraints, on type arguments.
   *
   * @param tags free-form tags
   */
  @Tool
  public void elements(
      @Size(max = 5) List<@NotBlank String> tags,
      Set<@Size(max = 20) String> labels,
      Map<String, @Positive Integer> quantities,
      Optional<@Email String> cc,
      List<List<@Pattern(regexp = "[a-z]+") String>> words,
      @SuppressWarnings("toolwright:constraint-not-in-schema") List<@Past LocalDate> dates,
      List<@Valid @NotNull Booking> bookings) {}
}
