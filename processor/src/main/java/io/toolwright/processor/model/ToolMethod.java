package io.toolwright.processor.model;

import io.toolwright.annotation.Effect;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * One {@code @Tool} method, validated.
 *
 * @param name the tool's name as the model sees it
 * @param description what the tool does, for the model; empty when nothing was written
 * @param idempotent as declared, and always {@code true} for read-only tools
 * @param parameters in declaration order
 * @param result what the tool returns, when it has an output schema; {@code null} otherwise
 * @param examples the {@code @ToolExample}s that are JSON objects, in the order written; checked
 *     against the schema once it is derived
 */
public record ToolMethod(
    ExecutableElement element,
    String name,
    String description,
    Effect effect,
    boolean idempotent,
    List<ToolParameter> parameters,
    ReturnedType result,
    List<ArgumentsExample> examples) {

  public ToolMethod {
    parameters = List.copyOf(parameters);
    examples = List.copyOf(examples);
  }

  /** The examples' compact JSON texts, as {@code ToolDefinition.examples()} holds them. */
  public List<String> exampleTexts() {
    return examples.stream().map(ArgumentsExample::json).toList();
  }

  public String methodName() {
    return element.getSimpleName().toString();
  }

  public boolean isStatic() {
    return element.getModifiers().contains(Modifier.STATIC);
  }

  public boolean returnsVoid() {
    return element.getReturnType().getKind() == TypeKind.VOID;
  }

  /** The parameters the model supplies, in declaration order. */
  public List<ModelParameter> modelParameters() {
    return parameters.stream()
        .filter(ModelParameter.class::isInstance)
        .map(ModelParameter.class::cast)
        .toList();
  }

  /**
   * The model-supplied parameters Bean Validation checks: those whose generated arguments field
   * carries an annotation (a constraint, or a {@code @Valid} cascading into a record or bean). The
   * generated arguments class holds these only; when there are none, there is no such class and
   * a call of the tool skips Bean Validation. The one place this is decided: what the generated
   * code validates and what it declares to the runtime follow from it.
   */
  public List<ModelParameter> validatedParameters() {
    return modelParameters().stream().filter(p -> !p.property().validation().isEmpty()).toList();
  }

  /** Whether a call of this tool goes through Bean Validation: see {@link #validatedParameters}. */
  public boolean beanValidated() {
    return !validatedParameters().isEmpty();
  }
}
