package matrix;

import java.util.Optional;

/**
 * A postal address.
 *
 * @param street street and number
 * @param city the city
 * @param postcode the postal code, where the country has them
 * @param region {@code null} where the country has no regions
 */
public record Address(
    String street, String city, Optional<String> postcode, @Nullable String region) {}
