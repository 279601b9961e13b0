package constraints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A hotel booking.
 *
 * @param guest who stays
 * @param nights how long
 * @param requests anything special
 * @param rooms the room numbers
 */
public record Booking(@NotBlank String guest, @Positive int nights, @Size(max = 3) List<String> requests, List<@Positive Integer> rooms) {}
