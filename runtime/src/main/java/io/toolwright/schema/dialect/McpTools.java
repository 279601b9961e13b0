package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.JsonSchema.ObjectSchema;

/**
 * MCP {@code Tool}s as {@code tools/list} lists them: name, title, description, {@code inputSchema}
 * (JSON Schema 2020-12, lean), {@code outputSchema} when the tool declares one, and the behaviour
 * hints from the tool's effect.
 */
final class McpTools {

  private McpTools() {}

  static Rendering render(ToolDefinition tool) {
    Dialect dialect = Dialect.MCP;
    ProblemList problems = new ProblemList(dialect);
    ToolNames.check(dialect, tool.name(), tool.description(), problems);
    ObjectSchema parameters = tool.parameters();
    String json =
        Json.write(
            out -> {
              out.writeStartObject();
              out.writeStringProperty("name", tool.name());
              out.writeStringProperty("title", ToolNames.title(tool.name()));
              Json.optionalText(out, "description", tool.description());
              out.writeName("inputSchema");
              SchemaWriter.write(
                  Profile.input(dialect), out, parameters, parameters.defs(), problems);
              if (tool.canonicalOutputSchema().isPresent()) {
                OutputSchemas.Document output =
                    OutputSchemas.read(tool.canonicalOutputSchema().get());
                out.writeName("outputSchema");
                SchemaWriter.write(Profile.output(), out, output.root(), output.defs(), problems);
              }
              out.writeName("annotations");
              out.writeStartObject();
              out.writeBooleanProperty("readOnlyHint", tool.effect() == Effect.READ_ONLY);
              out.writeBooleanProperty("destructiveHint", tool.effect() == Effect.DESTRUCTIVE);
              out.writeBooleanProperty("idempotentHint", tool.idempotent());
              // Whether a tool reaches beyond a closed domain is not declared; true is the spec's
              // default and the safe assumption for a client deciding what to confirm.
              out.writeBooleanProperty("openWorldHint", true);
              out.writeEndObject();
              out.writeEndObject();
            });
    return DialectRenderer.result(dialect, tool, json, problems);
  }
}
