package io.toolwright.testkit.bfcl;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One BFCL function declaration as a Java class with one {@code @Tool} method, or why it has none.
 *
 * @param function the BFCL declaration
 * @param toolName the tool's name, a valid one for every provider, from {@link ToolNameMap}
 * @param className the simple name of the class, in the mapper's package
 * @param parameters in declaration order; empty when not compilable
 * @param source the Java source; {@code null} when not compilable
 * @param notCompilable why no Java source could say what the declaration says; {@code null} when it
 *     is compilable
 * @param notes where the Java source says less than the declaration (an enum on array items
 *     dropped, say): the generated schema accepts more than BFCL's, never less
 */
public record MappedFunction(
    JsonNode function,
    String toolName,
    String className,
    List<JavaParameter> parameters,
    String source,
    String notCompilable,
    List<String> notes) {

  public String bfclName() {
    return function.get("name").asString();
  }

  public boolean compilable() {
    return notCompilable == null;
  }

  /** The parameter called {@code bfclName} in BFCL, or {@code null}. */
  public JavaParameter parameter(String bfclName) {
    for (JavaParameter parameter : parameters) {
      if (parameter.bfclName().equals(bfclName)) {
        return parameter;
      }
    }
    return null;
  }
}
