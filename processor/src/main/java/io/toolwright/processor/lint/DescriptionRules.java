package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code vague-description} and {@code short-description}, on a tool's own description. An empty
 * one is {@code missing-description}'s; a vague one is reported as vague only, since the fix is the
 * same and more.
 *
 * <p>Vague means: once stop words, generic words ("handles", "data", "utility", "performs
 * operations") and the words of the tool's own name are taken away, no word is left. One specific
 * word is enough to pass, so the rule errs towards silence.
 */
final class DescriptionRules {

  /** Fewer words than this is short... */
  static final int MIN_WORDS = 4;

  /** ...and so is fewer characters than this. */
  static final int MIN_CHARS = 20;

  /** Verbs and nouns that fit any tool, so they tell a model nothing about this one. */
  static final Set<String> GENERIC =
      Set.of(
          "handle",
          "handles",
          "handling",
          "handler",
          "data",
          "stuff",
          "thing",
          "things",
          "do",
          "does",
          "doing",
          "utility",
          "utilities",
          "util",
          "helper",
          "helpers",
          "help",
          "helps",
          "process",
          "processes",
          "processing",
          "request",
          "requests",
          "manage",
          "manages",
          "managing",
          "manager",
          "perform",
          "performs",
          "operation",
          "operations",
          "action",
          "actions",
          "function",
          "functions",
          "functionality",
          "tool",
          "method",
          "service",
          "information",
          "info",
          "work",
          "works",
          "run",
          "runs",
          "execute",
          "executes",
          "various",
          "misc",
          "logic",
          "get",
          "gets",
          "return",
          "returns",
          "retrieve",
          "retrieves",
          "fetch",
          "fetches",
          "provide",
          "provides",
          "give",
          "gives",
          "call",
          "calls",
          "called",
          "invoke",
          "invokes",
          "input",
          "inputs",
          "output",
          "outputs",
          "result",
          "results",
          "something",
          "task",
          "tasks",
          "job",
          "generic",
          "general",
          "simple",
          "basic",
          "etc",
          "api",
          "endpoint",
          "needed",
          "necessary",
          "relevant",
          "related",
          "accordingly");

  private DescriptionRules() {}

  static void check(ToolMethod tool, Diagnostics diagnostics) {
    String description = tool.description().strip();
    if (description.isEmpty()) {
      return;
    }
    String label = tool.element().getEnclosingElement().getSimpleName() + "." + tool.methodName();
    List<String> words = Words.of(description);
    List<String> nameWords = new ArrayList<>(Words.ofName(tool.name()));
    nameWords.addAll(Words.ofName(tool.methodName()));
    List<String> specific = new ArrayList<>();
    boolean repeatsName = false;
    Set<String> generic = new LinkedHashSet<>();
    for (String word : words) {
      if (Words.STOP.contains(word)) {
        continue;
      }
      if (GENERIC.contains(word)) {
        generic.add('"' + word + '"');
        continue;
      }
      if (nameWords.stream().anyMatch(n -> Words.same(n, word))) {
        repeatsName = true;
      } else {
        specific.add(word);
      }
    }
    if (specific.isEmpty()) {
      if (repeatsName) {
        ToolSite.report(
            Message.VAGUE_DESCRIPTION_NAME, tool, diagnostics, label, description, tool.name());
      } else {
        ToolSite.report(
            Message.VAGUE_DESCRIPTION,
            tool,
            diagnostics,
            label,
            description,
            String.join(", ", generic));
      }
    } else if (words.size() < MIN_WORDS || description.length() < MIN_CHARS) {
      ToolSite.report(
          Message.SHORT_DESCRIPTION, tool, diagnostics, label, description, MIN_WORDS, MIN_CHARS);
    }
  }
}
