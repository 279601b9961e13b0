package matrix.other;

/**
 * An address in another package, with the same simple name.
 *
 * @param planet where
 */
public record Address(String planet) {}
