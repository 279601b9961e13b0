package io.toolwright.processor.model;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolParameter.ContextParameter;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads one {@code @Tool} method: its name, description, effect and parameters. */
final class ToolMethodReader {

  static final String TOOL = Tool.class.getCanonicalName();
  private static final String CONTEXT = "io.toolwright.annotation.Context";

  /** Return types whose value arrives later; checked by name, so a missing library is fine. */
  private static final List<String> ASYNC_TYPES =
      List.of(
          "java.util.concurrent.Future",
          "java.util.concurrent.CompletionStage",
          "java.util.concurrent.Flow.Publisher",
          "org.reactivestreams.Publisher");

  private final ModelEnv env;
  private final PropertyReader properties;

  ToolMethodReader(ModelEnv env, PropertyReader properties) {
    this.env = env;
    this.properties = properties;
  }

  /**
   * The tool, with what is wrong with it reported; a parameter that could not be read is left out,
   * after an error no option lowers.
   */
  ToolMethod read(ExecutableElement method) {
    AnnotationMirror tool = Annotations.find(method, TOOL).orElseThrow();
    Javadoc doc = Javadoc.of(env.elements(), method);
    String name = name(method, tool);
    String description = Annotations.string(env.elements(), tool, "description").trim();
    if (description.isEmpty()) {
      description = doc.mainText() == null ? "" : doc.mainText();
    }
    Effect effect = Effect.valueOf(Annotations.enumName(env.elements(), tool, "effect"));
    boolean idempotent =
        (Boolean) Annotations.value(env.elements(), tool, "idempotent").getValue()
            || effect == Effect.READ_ONLY;
    List<ToolParameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      ToolParameter read = parameter(method, parameter, doc);
      if (read != null) {
        parameters.add(read);
      }
    }
    checkContextNames(parameters);
    ReturnedType result = checkReturnType(method) ? ResultReader.read(env, method) : null;
    List<ArgumentsExample> examples = new ExampleReader(env).read(method, parameters);
    return new ToolMethod(
        method, name, description, effect, idempotent, parameters, result, examples);
  }

  private String name(ExecutableElement method, AnnotationMirror tool) {
    String explicit = Annotations.string(env.elements(), tool, "name");
    String name =
        explicit.isEmpty() ? ToolNames.snakeCase(method.getSimpleName().toString()) : explicit;
    if (!ToolNames.isValid(name)) {
      if (explicit.isEmpty()) {
        // Derived from the method name, so that is what to point at.
        env.diagnostics()
            .report(Message.INVALID_NAME, method, name, label(method), ToolNames.suggest(name));
      } else {
        env.diagnostics()
            .reportAt(
                Message.INVALID_NAME,
                method,
                tool,
                Annotations.explicitValue(tool, "name"),
                name,
                label(method),
                ToolNames.suggest(name));
      }
    }
    return name;
  }

  private ToolParameter parameter(
      ExecutableElement method, VariableElement parameter, Javadoc doc) {
    String javaName = parameter.getSimpleName().toString();
    Optional<AnnotationMirror> context = Annotations.find(parameter, CONTEXT);
    if (context.isPresent()) {
      String name = Annotations.string(env.elements(), context.get(), "value");
      String where = "@Context parameter '" + javaName + "' of " + label(method);
      if (!ContextTypes.check(env, parameter, where)) {
        return null;
      }
      return new ContextParameter(parameter, name.isEmpty() ? javaName : name, parameter.asType());
    }
    Property property =
        properties.read(
            new PropertyReader.Source(
                javaName,
                parameter,
                List.of(parameter),
                List.of(parameter.asType()),
                parameter.asType(),
                doc.param(javaName),
                "parameter '" + javaName + "' of " + label(method),
                null));
    return property == null ? null : new ModelParameter(parameter, property);
  }

  /** A context value named like a model argument would make the tool uncallable. */
  private void checkContextNames(List<ToolParameter> parameters) {
    for (ToolParameter parameter : parameters) {
      if (parameter instanceof ContextParameter context) {
        boolean clash =
            parameters.stream()
                .anyMatch(
                    p ->
                        p instanceof ModelParameter m
                            && m.property().name().equals(context.name()));
        if (clash) {
          env.diagnostics()
              .report(
                  Message.CONTEXT_NAME_CLASH,
                  context.element(),
                  "parameter '" + context.javaName() + "'",
                  context.name());
        }
      }
    }
  }

  /**
   * A future's fields, not its result, would reach the model: the runtime serializes what the
   * method returns, and does not wait.
   *
   * @return whether the return type is fine
   */
  private boolean checkReturnType(ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() != TypeKind.DECLARED) {
      return true;
    }
    for (String async : ASYNC_TYPES) {
      TypeElement asyncType = env.elements().getTypeElement(async);
      if (asyncType != null
          && env.types()
              .isAssignable(
                  env.types().erasure(returned), env.types().erasure(asyncType.asType()))) {
        env.diagnostics()
            .report(
                Message.UNSUPPORTED_RETURN_ASYNC,
                method,
                label(method),
                TypeNames.key(returned),
                ((TypeElement) ((DeclaredType) returned).asElement()).getSimpleName());
        return false;
      }
    }
    return true;
  }

  /** {@code BillingService.findInvoices}, for messages. */
  static String label(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  /** {@code BookingService.cancel(String, LocalDate)}, to tell overloads apart. */
  static String signature(ExecutableElement method) {
    StringBuilder signature = new StringBuilder(label(method)).append('(');
    for (VariableElement parameter : method.getParameters()) {
      if (signature.charAt(signature.length() - 1) != '(') {
        signature.append(", ");
      }
      signature.append(simpleName(parameter.asType()));
    }
    return signature.append(')').toString();
  }

  /** {@code List<Invoice>} rather than {@code java.util.List<p.Invoice>}. */
  private static String simpleName(TypeMirror type) {
    return TypeNames.key(type).replaceAll("[\\w$]+\\.", "");
  }
}
