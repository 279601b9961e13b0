package matrix;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param total how many results there are in all
 * @param <T> the type of result
 */
public record Page<T>(List<T> items, int total) {}
