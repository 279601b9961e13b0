package io.toolwright.mcp;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;

/** A second tool class, for a server whose registry changes. */
public class ReminderTools {

  /**
   * Says when the next reminder is due.
   *
   * @param topic what the reminder is about
   */
  @Tool(effect = Effect.READ_ONLY)
  public String nextReminder(String topic) {
    return topic + ": tomorrow";
  }
}
