package io.toolwright.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH benchmark as {@link Comparison}'s table shows it: the figure ratios are taken of, and
 * the text of its cell.
 *
 * <p>Per-call figures use the median of the forks' means. On this project's 2-core machines each
 * fork of a call benchmark settles in one of two JIT steady states up to 40% apart (the fifth
 * session's runs: {@code list_invoices} 8.6-9.4 µs in both forks of one run, 5.8-6.2 µs in both of
 * the next), so a mean over two forks ranks two libraries by which states their forks drew. With
 * five forks the median is the state most forks settle in, and the cell shows the range of the
 * forks' means so that a split is visible rather than averaged away.
 */
record JmhScore(double value, String cell) {

  /** The median of the forks' means, shown with their range when there are several forks. */
  static JmhScore medianOfForks(RunResult run) {
    Collection<BenchmarkResult> forks = run.getBenchmarkResults();
    double[] means = new double[forks.size()];
    int i = 0;
    for (BenchmarkResult fork : forks) {
      means[i++] = fork.getPrimaryResult().getScore();
    }
    return medianOf(means);
  }

  /** See {@link #medianOfForks}; separate so that it can be tested without running JMH. */
  static JmhScore medianOf(double... forkMeans) {
    if (forkMeans.length == 0) {
      throw new IllegalArgumentException("no fork");
    }
    double[] sorted = forkMeans.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    double median =
        sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    String cell =
        sorted.length == 1
            ? String.format("%.0f", median)
            : String.format("%.0f [%.0f-%.0f]", median, sorted[0], sorted[sorted.length - 1]);
    return new JmhScore(median, cell);
  }

  /** JMH's mean over every measured iteration of every fork, with its 99.9% error. */
  static JmhScore mean(RunResult run, String format) {
    Result<?> result = run.getPrimaryResult();
    String score = String.format(format, result.getScore());
    double error = result.getScoreError();
    return new JmhScore(
        result.getScore(),
        Double.isNaN(error) ? score : score + " ± " + String.format(format, error));
  }
}
