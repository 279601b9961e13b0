package io.toolwright.processor.lint;

import io.toolwright.annotation.Effect;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolMethod;
import java.util.List;
import java.util.Set;

/**
 * {@code destructive-description}: a {@link Effect#DESTRUCTIVE} tool's description must name the
 * change and what it changes, so that a model (and a person approving the call) knows what is lost.
 * The heuristic: some change verb ("deletes", "cancels", "refunds", ...) followed, within the next
 * few words, by a word that is neither a stop word nor a placeholder ("it", "the action").
 */
final class DestructiveDescriptionRule {

  /** Change verbs, by stem (see {@link Words#stem}). */
  static final Set<String> VERBS =
      Set.of(
          "delete",
          "remove",
          "cancel",
          "refund",
          "overwrite",
          "overwrit",
          "drop",
          "revoke",
          "close",
          "clos",
          "purge",
          "erase",
          "eras",
          "wipe",
          "destroy",
          "terminate",
          "terminat",
          "reset",
          "clear",
          "truncate",
          "truncat",
          "void",
          "archive",
          "archiv",
          "disable",
          "disabl",
          "deactivate",
          "deactivat",
          "unsubscribe",
          "unsubscrib",
          "discard",
          "replace",
          "replac",
          "update",
          "updat",
          "modify",
          "modifi",
          "change",
          "chang",
          "transfer",
          "charge",
          "charg",
          "withdraw",
          "move",
          "mov",
          "rename",
          "renam",
          "kill",
          "stop",
          "uninstall",
          "ban",
          "block",
          "suspend",
          "expire",
          "expir",
          "invalidate",
          "invalidat",
          "reject",
          "unpublish",
          "unlink",
          "detach",
          "write",
          "writ",
          "set",
          "send",
          "pay",
          "reopen",
          "merge",
          "merg",
          "rollback",
          "revert",
          "restore",
          "restor",
          "shut",
          "evict",
          "deprovision",
          "reassign",
          "escalate",
          "escalat",
          "lock",
          "unlock",
          "delet",
          "remov",
          "disconnect",
          "forget",
          "forgot",
          "cancell",
          "dropp",
          "stopp",
          "bann");

  /** Words that stand in for an object without naming one. */
  static final Set<String> PLACEHOLDERS =
      Set.of(
          "it",
          "them",
          "something",
          "stuff",
          "things",
          "thing",
          "action",
          "operation",
          "request",
          "data",
          "everything",
          "anything",
          "target",
          "object",
          "entity",
          "item");

  /** How many words after the verb may come before the object. */
  static final int WINDOW = 4;

  private DestructiveDescriptionRule() {}

  static void check(ToolMethod tool, Diagnostics diagnostics) {
    if (tool.effect() != Effect.DESTRUCTIVE || tool.description().isBlank()) {
      return;
    }
    if (!namesObject(Words.of(tool.description()))) {
      ToolSite.report(
          Message.DESTRUCTIVE_DESCRIPTION,
          tool,
          diagnostics,
          tool.element().getEnclosingElement().getSimpleName() + "." + tool.methodName(),
          tool.description().strip());
    }
  }

  static boolean namesObject(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!VERBS.contains(Words.stem(words.get(i)))) {
        continue;
      }
      for (int j = i + 1; j < words.size() && j <= i + WINDOW; j++) {
        String word = words.get(j);
        if (PLACEHOLDERS.contains(word)) {
          break;
        }
        if (!Words.STOP.contains(word) && !"up".equals(word) && !"down".equals(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
