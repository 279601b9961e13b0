package io.toolwright.processor.schema;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.schema.dialect.DialectProblem;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.schema.dialect.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tool in every provider's format, computed at build time by the same functions the runtime
 * uses ({@link DialectRenderer}), so what the resource records is what {@code
 * ToolRegistry.definitions(Dialect)} sends. The rejections of the dialects the build targets
 * ({@code -Atoolwright.dialects}) become errors at the element the provider's rule is about.
 */
public final class ProviderRenderings {

  private ProviderRenderings() {}

  /** {@code schema}'s tool in every dialect, in {@link Dialect} order. */
  public static List<Rendering> render(ToolSchema schema) {
    // One definition for all dialects: building it parses the canonical schema again.
    ToolDefinition definition = schema.definition();
    List<Rendering> renderings = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      renderings.add(DialectRenderer.render(dialect, definition));
    }
    return renderings;
  }

  /** Reports every problem of a {@code selected} dialect at its element. */
  public static void report(
      ToolSchema schema,
      List<Rendering> renderings,
      Set<Dialect> selected,
      Diagnostics diagnostics) {
    for (Rendering rendering : renderings) {
      if (!selected.contains(rendering.dialect())) {
        continue;
      }
      for (DialectProblem problem : rendering.problems()) {
        diagnostics.report(
            Message.PROVIDER_REJECTS,
            SchemaPointers.element(schema, problem.pointer()),
            problem.dialect().displayName(),
            schema.tool().name(),
            problem.rule(),
            problem.message(),
            problem.fix(),
            problem.dialect().key());
      }
    }
  }
}
