package io.toolwright.testkit.bfcl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Our OpenAI rendering of BFCL's functions against BFCL's own definitions of the same functions
 * ({@link BfclOpenAiTool}), both counted the way an OpenAI model reads tools. The counting is
 * handed in ({@link Counter}): the counter belongs to the processor, which this kit may not depend
 * on.
 */
public final class BfclTokenComparison {

  /** How many of the costlier functions the report shows, worst first. */
  private static final int WORST_SHOWN = 8;

  /** How many of the cheaper functions the report shows, cheapest first, to show why. */
  private static final int CHEAPEST_SHOWN = 3;

  /** Counts OpenAI function tools, as {@code TokenCounter.countOpenAiFunctions} does. */
  public interface Counter {
    /** Each tool's tokens, and the total of all of them in one request. */
    Counted count(List<String> toolJsons);

    /** The text the model reads for one tool, to show where two definitions differ. */
    String text(String toolJson);
  }

  public record Counted(List<Integer> perTool, int total) {}

  /**
   * One function on both sides.
   *
   * @param oursStrict our strict rendering ({@code openai-chat-strict})
   * @param theirsWithoutDefaults BFCL's, without its {@code default} values
   * @param saysLess whether the Java mapping says less than BFCL's declaration ({@link
   *     MappedFunction#notes()}: an enum on list items left out), so that ours has less to say
   */
  public record Function(
      String bfclName,
      String ours,
      String oursStrict,
      String theirs,
      String theirsWithoutDefaults,
      boolean saysLess) {

    public static Function of(MappedFunction function, String ours, String oursStrict) {
      return new Function(
          function.bfclName(),
          ours,
          oursStrict,
          BfclOpenAiTool.of(function.function(), function.toolName()).toString(),
          BfclOpenAiTool.of(function.function(), function.toolName(), false).toString(),
          !function.notes().isEmpty());
    }
  }

  /** A function ours costs more (or less) for, and the lines of the model's text that differ. */
  public record Costlier(
      String bfclName, int ours, int theirs, List<String> onlyOurs, List<String> onlyTheirs) {}

  /** The figures. */
  public record Result(
      int functions,
      int ours,
      int oursStrict,
      int theirs,
      int theirsWithoutDefaults,
      int sayingAsMuch,
      int oursSayingAsMuch,
      int theirsSayingAsMuch,
      int theirsSayingAsMuchWithoutDefaults,
      int costlierCount,
      int cheaperCount,
      List<Costlier> worst,
      List<Costlier> cheapest) {

    public double ratio() {
      return (double) ours / theirs;
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "OpenAI tokens of the BFCL functions compiled (harmony text, o200k_base), %d"
                  + " functions in one request%n",
              functions));
      out.append(String.format("  ours, openai-chat              %8d%n", ours));
      out.append(
          String.format(
              "  ours, openai-chat-strict       %8d (%.3f of BFCL's)%n",
              oursStrict, (double) oursStrict / theirs));
      out.append(String.format("  BFCL's, as an OpenAI tool      %8d%n", theirs));
      out.append(
          String.format(
              "  BFCL's, without its defaults   %8d (ours carries none; ratio %.3f)%n",
              theirsWithoutDefaults, (double) ours / theirsWithoutDefaults));
      out.append(String.format("  ours / BFCL's                  %8.3f%n", ratio()));
      out.append(
          String.format(
              "  the %d functions whose mapping says all BFCL's does: ours %d, BFCL's %d (%.3f),"
                  + " BFCL's without defaults %d (%.3f)%n",
              sayingAsMuch,
              oursSayingAsMuch,
              theirsSayingAsMuch,
              (double) oursSayingAsMuch / theirsSayingAsMuch,
              theirsSayingAsMuchWithoutDefaults,
              (double) oursSayingAsMuch / theirsSayingAsMuchWithoutDefaults));
      out.append(
          String.format(
              "  functions ours costs more for  %8d (fewer for %d, as many for %d)%n",
              costlierCount, cheaperCount, functions - costlierCount - cheaperCount));
      print(worst, out);
      out.append("  cheapest for ours:\n");
      print(cheapest, out);
      return out.toString();
    }

    private static void print(List<Costlier> functions, StringBuilder out) {
      for (Costlier costlier : functions) {
        out.append(
            String.format(
                "    %s: %d against %d (%+d)%n",
                costlier.bfclName(),
                costlier.ours(),
                costlier.theirs(),
                costlier.ours() - costlier.theirs()));
        costlier.onlyOurs().forEach(line -> out.append("      ours:   ").append(line).append('\n'));
        costlier
            .onlyTheirs()
            .forEach(line -> out.append("      BFCL's: ").append(line).append('\n'));
      }
    }
  }

  private BfclTokenComparison() {}

  /** Counts both sides of {@code functions}, each side as one request. */
  public static Result compare(List<Function> functions, Counter counter) {
    Counted ours = counter.count(functions.stream().map(Function::ours).toList());
    Counted oursStrict = counter.count(functions.stream().map(Function::oursStrict).toList());
    Counted theirs = counter.count(functions.stream().map(Function::theirs).toList());
    Counted theirsWithoutDefaults =
        counter.count(functions.stream().map(Function::theirsWithoutDefaults).toList());
    List<Function> asMuch = functions.stream().filter(f -> !f.saysLess()).toList();
    Counted oursAsMuch = counter.count(asMuch.stream().map(Function::ours).toList());
    Counted theirsAsMuch = counter.count(asMuch.stream().map(Function::theirs).toList());
    Counted theirsAsMuchWithoutDefaults =
        counter.count(asMuch.stream().map(Function::theirsWithoutDefaults).toList());
    List<Costlier> costlier = new ArrayList<>();
    List<Costlier> cheaper = new ArrayList<>();
    for (int i = 0; i < functions.size(); i++) {
      int o = ours.perTool().get(i);
      int t = theirs.perTool().get(i);
      if (o != t) {
        Function function = functions.get(i);
        List<String> ourLines = counter.text(function.ours()).lines().toList();
        List<String> theirLines = counter.text(function.theirs()).lines().toList();
        (o > t ? costlier : cheaper)
            .add(
                new Costlier(
                    function.bfclName(),
                    o,
                    t,
                    without(ourLines, theirLines),
                    without(theirLines, ourLines)));
      }
    }
    Comparator<Costlier> byDifference =
        Comparator.comparingInt((Costlier c) -> c.theirs() - c.ours())
            .thenComparing(Costlier::bfclName);
    costlier.sort(byDifference);
    cheaper.sort(byDifference.reversed());
    return new Result(
        functions.size(),
        ours.total(),
        oursStrict.total(),
        theirs.total(),
        theirsWithoutDefaults.total(),
        asMuch.size(),
        oursAsMuch.total(),
        theirsAsMuch.total(),
        theirsAsMuchWithoutDefaults.total(),
        costlier.size(),
        cheaper.size(),
        List.copyOf(costlier.subList(0, Math.min(WORST_SHOWN, costlier.size()))),
        List.copyOf(cheaper.subList(0, Math.min(CHEAPEST_SHOWN, cheaper.size()))));
  }

  /** The lines of {@code lines} not in {@code other}, each cut to a readable length. */
  private static List<String> without(List<String> lines, List<String> other) {
    List<String> rest = new ArrayList<>(other);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!rest.remove(line)) {
        out.add(line.length() <= 200 ? line : line.substring(0, 200) + "...");
      }
    }
    return out;
  }
}
