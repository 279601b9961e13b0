package io.toolwright.spi;

import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;

/**
 * {@link ToolPermissions#all()}: a class, not a lambda, because every registry's default policy
 * holds one, and a lambda is a class the JVM spins at run time, on a cold JVM's way to its
 * definitions.
 */
final class EveryTool implements ToolPermissions {

  static final EveryTool INSTANCE = new EveryTool();

  private EveryTool() {}

  @Override
  public boolean mayUse(ToolContext context, ToolDefinition tool) {
    return true;
  }
}
