package matrix;

/**
 * Two values.
 *
 * @param left the first
 * @param right the second
 */
public record Pair<A, B>(A left, B right) {}
