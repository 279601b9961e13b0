package io.toolwright.processor.tokens;

import io.toolwright.Dialect;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import java.util.Map;
import java.util.Set;

/**
 * The {@code token-budget} rule: a tool, or a class's tools together, costing more prompt tokens
 * than the budget in one of the dialects the build targets. Each is reported once, for the dialect
 * where it costs most, since that is the figure to bring under the budget.
 *
 * @param perTool the most tokens one tool may cost; 0 for no budget
 * @param perClass the most tokens a class's tools may cost together; 0 for no budget
 */
public record TokenBudget(int perTool, int perClass) {

  public void check(
      ToolClass toolClass, ClassTokens tokens, Set<Dialect> dialects, Diagnostics diagnostics) {
    for (ToolMethod tool : toolClass.tools()) {
      Map<Dialect, Integer> costs = tokens.byTool().get(tool.name());
      Dialect worst = worst(costs, dialects);
      if (perTool > 0 && worst != null && costs.get(worst) > perTool) {
        String label = toolClass.element().getSimpleName() + "." + tool.element().getSimpleName();
        diagnostics.report(
            Message.TOKEN_BUDGET_TOOL,
            tool.element(),
            label,
            costs.get(worst),
            worst.key(),
            perTool);
      }
    }
    Dialect worst = null;
    for (Dialect dialect : dialects) {
      if (worst == null || total(tokens, dialect) > total(tokens, worst)) {
        worst = dialect;
      }
    }
    if (perClass > 0 && worst != null && total(tokens, worst) > perClass) {
      diagnostics.report(
          Message.TOKEN_BUDGET_CLASS,
          toolClass.element(),
          toolClass.tools().size(),
          toolClass.element().getSimpleName(),
          total(tokens, worst),
          worst.key(),
          perClass);
    }
  }

  /**
   * The tools' text, without what a request pays once for having tools (Anthropic's prompt): the
   * class cannot lower that, and a request pays it once whatever classes it draws from.
   */
  private static int total(ClassTokens tokens, Dialect dialect) {
    return tokens.byDialect().get(dialect).total();
  }

  private static Dialect worst(Map<Dialect, Integer> costs, Set<Dialect> dialects) {
    Dialect worst = null;
    for (Dialect dialect : dialects) {
      Integer cost = costs.get(dialect);
      if (cost != null && (worst == null || cost > costs.get(worst))) {
        worst = dialect;
      }
    }
    return worst;
  }
}
