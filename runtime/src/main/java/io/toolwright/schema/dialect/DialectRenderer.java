package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;

/** TEMPORARY placeholder in the integration branch; replaced by the real renderer on merge. */
public final class DialectRenderer {
  private DialectRenderer() {}

  public static Rendering render(Dialect dialect, ToolDefinition tool) {
    return new Rendering(dialect, tool.name(), "{\"name\":\"" + tool.name() + "\"}", java.util.List.of());
  }
}
