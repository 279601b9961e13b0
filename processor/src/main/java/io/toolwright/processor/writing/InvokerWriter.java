package io.toolwright.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.toolwright.ToolContext;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter;
import io.toolwright.processor.model.ToolParameter.ContextParameter;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import io.toolwright.processor.model.ValidationPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import tools.jackson.databind.node.ObjectNode;

/**
 * For each tool: the class holding the model's arguments (what Bean Validation checks), the {@code
 * prepare...} method converting JSON into it, and the binding that ties both to the tool's
 * definition.
 */
final class InvokerWriter {

  private final ClassName sourceClass;
  private final ClassName toolsClass;
  private final TypeName targetType;
  private final GeneratedNames names;
  private final ReadExpressions expressions;
  private final Types types;

  InvokerWriter(
      ClassName sourceClass,
      ClassName toolsClass,
      TypeName targetType,
      GeneratedNames names,
      ReadExpressions expressions,
      Types types) {
    this.sourceClass = sourceClass;
    this.toolsClass = toolsClass;
    this.targetType = targetType;
    this.names = names;
    this.expressions = expressions;
    this.types = types;
  }

  /** {@code ToolBinding.of(DEFINITION, List.of(<context names>), <invoker>)}. */
  CodeBlock binding(ToolMethod tool) {
    CodeBlock contextNames =
        tool.parameters().stream()
            .filter(ContextParameter.class::isInstance)
            .map(p -> ((ContextParameter) p).name())
            .distinct()
            .map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", "));
    String prepare = names.prepareMethod(tool);
    CodeBlock invoker =
        tool.isStatic()
            ? CodeBlock.of("(args, context) -> $L(args, context)", prepare)
            : CodeBlock.of("(args, context) -> $L(target, args, context)", prepare);
    return CodeBlock.of(
        "$T.of($L, $T.of($L), $L)",
        ToolBinding.class,
        names.constant(tool),
        List.class,
        contextNames,
        invoker);
  }

  /**
   * The arguments class: one final field per model-supplied parameter, named like it and carrying
   * its Bean Validation annotations, so that violations are reported at the property's name.
   */
  TypeSpec argumentsClass(ToolMethod tool) {
    String name = names.argumentsClass(tool);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc("The arguments of tool {@code $L} that the model supplies.\n", tool.name())
            .addModifiers(Modifier.STATIC, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (ModelParameter parameter : tool.modelParameters()) {
      Property property = parameter.property();
      FieldSpec.Builder field =
          FieldSpec.builder(
                  PlannedAnnotations.fieldType(property),
                  property.name(),
                  Modifier.PUBLIC,
                  Modifier.FINAL)
              .addAnnotations(PlannedAnnotations.onField(property));
      type.addField(field.build());
      constructor.addParameter(TypeName.get(property.shape().type()), property.name());
      constructor.addStatement("this.$L = $L", property.name(), property.name());
    }
    return type.addMethod(constructor.build()).build();
  }

  /**
   * {@code prepare<Tool>([target, ]args, context)}: converts every argument, recording each
   * problem, throws them all at once if there was any, then defers the call.
   */
  MethodSpec prepareMethod(ToolMethod tool) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.prepareMethod(tool))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(PreparedCall.class);
    if (!tool.isStatic()) {
      method.addParameter(targetType, "target");
    }
    method.addParameter(ObjectNode.class, "args").addParameter(ToolContext.class, "context");
    boolean hasArguments = !tool.modelParameters().isEmpty();
    if (hasArguments) {
      ClassName argumentsType = toolsClass.nestedClass(names.argumentsClass(tool));
      CodeBlock values =
          tool.modelParameters().stream()
              .map(p -> readArgument(p.property()))
              .collect(CodeBlock.joining(",\n"));
      method.addStatement(
          "$T $L = new $T()", Problems.class, ReadExpressions.PROBLEMS, Problems.class);
      // Placeholders for values that did not convert reach only the generated arguments class,
      // which merely holds them: throwIfAny() ends the call before anything reads them.
      method.addStatement(
          "$T arguments = new $T(\n$>$>$L$<$<)", argumentsType, argumentsType, values);
      method.addStatement("$L.throwIfAny()", ReadExpressions.PROBLEMS);
    }
    NameAllocator locals = reservedNames();
    List<CodeBlock> callArguments = new ArrayList<>();
    boolean unchecked = false;
    for (ToolParameter parameter : tool.parameters()) {
      if (parameter instanceof ContextParameter context) {
        String local = locals.newName(parameter.javaName(), parameter);
        unchecked |= isGeneric(context.type());
        method.addStatement(
            "$T $L = $L", TypeName.get(context.type()), local, contextValue(context));
        callArguments.add(CodeBlock.of("$L", local));
      } else {
        callArguments.add(
            CodeBlock.of("arguments.$L", ((ModelParameter) parameter).property().name()));
      }
    }
    if (unchecked) {
      // Class literals have no type arguments; the context holds whatever the application put.
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "unchecked")
              .build());
    }
    CodeBlock receiver = tool.isStatic() ? CodeBlock.of("$T", sourceClass) : CodeBlock.of("target");
    CodeBlock call =
        CodeBlock.of("$L.$L($L)", receiver, tool.methodName(), CodeBlock.join(callArguments, ", "));
    method.addStatement(
        "return $T.$L($L, () -> $L)",
        PreparedCall.class,
        tool.returnsVoid() ? "ofVoid" : "returning",
        hasConstraints(tool) ? "arguments" : "null",
        call);
    return method.build();
  }

  /**
   * Whether the arguments class carries a Bean Validation annotation (a constraint, or a {@code
   * @Valid} cascading into a type with constraints) anywhere: if not, Bean Validation would find
   * nothing, and the executor skips it for a {@code null} ({@code PreparedCall#arguments()}).
   */
  static boolean hasConstraints(ToolMethod tool) {
    for (ModelParameter parameter : tool.modelParameters()) {
      ValidationPlan plan = parameter.property().validation();
      if (!plan.onField().isEmpty() || !plan.onTypeArguments().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Context locals may not take the names of the method's parameters and variables. */
  private static NameAllocator reservedNames() {
    NameAllocator names = new NameAllocator();
    for (String reserved :
        List.of("target", "args", "context", "arguments", ReadExpressions.PROBLEMS)) {
      names.newName(reserved, reserved);
    }
    for (int depth = 0; depth <= ReadExpressions.MAX_DEPTH; depth++) {
      names.newName(ReadExpressions.nodeName(depth), "n" + depth);
      names.newName(ReadExpressions.pointerName(depth), "p" + depth);
      names.newName(ReadExpressions.problemsName(depth), "c" + depth);
    }
    return names;
  }

  private CodeBlock readArgument(Property property) {
    return expressions.property(
        property,
        CodeBlock.of("args.get($S)", property.name()),
        CodeBlock.of("$S", "/" + property.name()));
  }

  /** {@code context.require("name", Type.class)}, cast when the type has type arguments. */
  private CodeBlock contextValue(ContextParameter context) {
    TypeMirror type = context.type();
    TypeName raw =
        type.getKind().isPrimitive() ? TypeName.get(type).box() : TypeName.get(types.erasure(type));
    CodeBlock require = CodeBlock.of("context.require($S, $T.class)", context.name(), raw);
    return isGeneric(type) ? CodeBlock.of("($T) $L", TypeName.get(type), require) : require;
  }

  private static boolean isGeneric(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty();
  }
}
