package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.schema.JsonSchema.ObjectSchema;

/**
 * Gemini {@code FunctionDeclaration}s: {@code parameters} in the OpenAPI 3.0 subset, left out for a
 * tool without parameters, or {@code parametersJsonSchema}.
 *
 * <p>Types are written in upper case ({@code "STRING"}), the names of the API's {@code Type} enum:
 * the form the REST reference and the google-genai SDKs' {@code Type.Known} use; the Gemini API
 * also reads lower case, and the Java SDK compares ignoring case.
 */
final class GeminiDeclarations {

  private GeminiDeclarations() {}

  static Rendering render(Dialect dialect, ToolDefinition tool) {
    ProblemList problems = new ProblemList(dialect);
    ToolNames.check(dialect, tool.name(), tool.description(), problems);
    Profile profile = Profile.input(dialect);
    ObjectSchema parameters = tool.parameters();
    boolean openApi = dialect == Dialect.GEMINI;
    String json =
        Json.write(
            out -> {
              out.writeStartObject();
              out.writeStringProperty("name", tool.name());
              Json.optionalText(out, "description", tool.description());
              if (!openApi || !parameters.properties().isEmpty()) {
                out.writeName(openApi ? "parameters" : "parametersJsonSchema");
                SchemaWriter.write(profile, out, parameters, parameters.defs(), problems);
              }
              out.writeEndObject();
            });
    return DialectRenderer.result(dialect, tool, json, problems);
  }
}
