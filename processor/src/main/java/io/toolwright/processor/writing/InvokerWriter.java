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
import io.toolwright.dispatch.ToolInvoker;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter;
import io.toolwright.processor.model.ToolParameter.ContextParameter;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
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
  private final ResultWriters resultWriters;
  private final Types types;
  private final CheckWriter checks;

  InvokerWriter(
      ClassName sourceClass,
      ClassName toolsClass,
      TypeName targetType,
      GeneratedNames names,
      ReadExpressions expressions,
      ResultWriters resultWriters,
      Types types) {
    this.sourceClass = sourceClass;
    this.toolsClass = toolsClass;
    this.targetType = targetType;
    this.names = names;
    this.expressions = expressions;
    this.resultWriters = resultWriters;
    this.types = types;
    this.checks = new CheckWriter(names);
  }

  /** The static fields the tool's compiled constraint checks compare with. */
  List<FieldSpec> checkConstants(ToolMethod tool) {
    return checks.constants(tool);
  }

  /**
   * {@code ToolBinding.of(DEFINITION, List.of(<context names>), new Invoker([target][, index]))},
   * the index being the tool's position in {@link ToolClass#tools()}, which {@link #invokerClass}
   * dispatches on; a class of one tool has none.
   */
  CodeBlock binding(ToolClass toolClass, ToolMethod tool) {
    CodeBlock contextNames =
        tool.parameters().stream()
            .filter(ContextParameter.class::isInstance)
            .map(p -> ((ContextParameter) p).name())
            .distinct()
            .map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", "));
    List<CodeBlock> invokerArguments = new ArrayList<>();
    if (!toolClass.allStatic()) {
      invokerArguments.add(CodeBlock.of("target"));
    }
    if (toolClass.tools().size() > 1) {
      invokerArguments.add(CodeBlock.of("$L", toolClass.tools().indexOf(tool)));
    }
    CodeBlock invoker =
        CodeBlock.of("new $L($L)", names.invokerClass(), CodeBlock.join(invokerArguments, ", "));
    return CodeBlock.of(
        "$T.of($L, $T.of($L), $L)",
        ToolBinding.class,
        names.constant(tool),
        List.class,
        contextNames,
        invoker);
  }

  /**
   * The one {@code ToolInvoker} of the class: holds the bound instance and a tool's index, and
   * calls that tool's {@code prepare...} method. A class written here rather than a lambda per
   * tool, because each lambda is a class the JVM spins when {@code bind} first runs (in a cold JVM
   * about a millisecond each, and the lambda's method type loads Jackson's node classes), while
   * this one class is read from the jar like any other, and javac has no lambdas to desugar.
   */
  TypeSpec invokerClass(ToolClass toolClass) {
    // No Javadoc: a private class, and every generated line costs the build.
    TypeSpec.Builder type =
        TypeSpec.classBuilder(names.invokerClass())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ToolInvoker.class);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (!toolClass.allStatic()) {
      type.addField(targetType, "target", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(targetType, "target").addStatement("this.target = target");
    }
    MethodSpec.Builder prepare =
        MethodSpec.methodBuilder("prepare")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(PreparedCall.class)
            .addParameter(ObjectNode.class, "args")
            .addParameter(ToolContext.class, "context");
    List<ToolMethod> tools = toolClass.tools();
    if (tools.size() == 1) {
      // One tool: nothing to choose, no index.
      prepare.addStatement("return $L", prepareCall(tools.get(0)));
      return type.addMethod(constructor.build()).addMethod(prepare.build()).build();
    }
    type.addField(int.class, "tool", Modifier.PRIVATE, Modifier.FINAL);
    constructor.addParameter(int.class, "tool").addStatement("this.tool = tool");
    prepare.beginControlFlow("switch (tool)");
    for (int i = 0; i < tools.size(); i++) {
      prepare.addCode("case $L:\n$>", i).addStatement("return $L", prepareCall(tools.get(i)));
      prepare.addCode("$<");
    }
    prepare
        .addCode("default:\n$>")
        // Only bind() makes an Invoker, with the index of one of the tools above. Not an
        // AssertionError: verifying the class would load that class, which a JVM has not loaded
        // at start-up.
        .addStatement(
            "throw new $T($T.toString(tool))", IllegalArgumentException.class, Integer.class)
        .addCode("$<")
        .endControlFlow();
    return type.addMethod(constructor.build()).addMethod(prepare.build()).build();
  }

  /** {@code prepare<Tool>([target, ]args, context)}. */
  private CodeBlock prepareCall(ToolMethod tool) {
    return tool.isStatic()
        ? CodeBlock.of("$L(args, context)", names.prepareMethod(tool))
        : CodeBlock.of("$L(target, args, context)", names.prepareMethod(tool));
  }

  /**
   * The arguments class: one final field per parameter Bean Validation checks ({@link
   * ToolMethod#validatedParameters()}), named like it and carrying its Bean Validation
   * annotations, so that violations are reported at the property's name. Only for a tool that has
   * such a parameter ({@link ToolMethod#beanValidated()}).
   */
  TypeSpec argumentsClass(ToolMethod tool) {
    String name = names.argumentsClass(tool);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The arguments of tool {@code $L} that Bean Validation checks.\n", tool.name())
            .addModifiers(Modifier.STATIC, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (ModelParameter parameter : tool.validatedParameters()) {
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
   * {@code prepare<Tool>([target, ]args, context)}: converts every argument into a local,
   * recording each problem, throws them all at once if there was any, checks the constraints the
   * processor compiled ({@link CheckWriter}), then defers the call, with the arguments Bean
   * Validation checks gathered in the tool's arguments class and, when the tool has one, its
   * generated result writer ({@link ResultWriters}).
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
    NameAllocator locals = reservedNames();
    if (!tool.modelParameters().isEmpty()) {
      method.addStatement(
          "$T $L = new $T()", Problems.class, ReadExpressions.PROBLEMS, Problems.class);
      // Placeholders for values that did not convert stay in locals: throwIfAny() ends the call
      // before anything reads them.
      for (ModelParameter parameter : tool.modelParameters()) {
        Property property = parameter.property();
        method.addStatement(
            "$T $L = $L",
            TypeName.get(property.shape().type()),
            localName(locals, property.name(), parameter),
            readArgument(property));
      }
      method.addStatement("$L.throwIfAny()", ReadExpressions.PROBLEMS);
    }
    if (tool.beanValidated()) {
      ClassName argumentsType = toolsClass.nestedClass(names.argumentsClass(tool));
      CodeBlock values =
          tool.validatedParameters().stream()
              .map(p -> CodeBlock.of("$L", locals.get(p)))
              .collect(CodeBlock.joining(", "));
      method.addStatement("$T arguments = new $T($L)", argumentsType, argumentsType, values);
    }
    if (CheckWriter.checks(tool)) {
      method.addCode(checks.statements(tool, locals, tool.beanValidated()));
    }
    List<CodeBlock> callArguments = new ArrayList<>();
    boolean unchecked = false;
    for (ToolParameter parameter : tool.parameters()) {
      if (parameter instanceof ContextParameter context) {
        String local = localName(locals, parameter.javaName(), parameter);
        unchecked |= isGeneric(context.type());
        method.addStatement(
            "$T $L = $L", TypeName.get(context.type()), local, contextValue(context));
        callArguments.add(CodeBlock.of("$L", local));
      } else {
        callArguments.add(CodeBlock.of("$L", locals.get(parameter)));
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
    // null when nothing is annotated: the executor then skips Bean Validation (PreparedCall).
    CodeBlock arguments = CodeBlock.of(tool.beanValidated() ? "arguments" : "null");
    CodeBlock resultWriter = tool.returnsVoid() ? null : resultWriters.writer(tool);
    if (resultWriter != null) {
      method.addStatement(
          "return $T.returning($L, () -> $L,\n$>$>$L)$<$<",
          PreparedCall.class,
          arguments,
          call,
          resultWriter);
    } else {
      method.addStatement(
          "return $T.$L($L, () -> $L)",
          PreparedCall.class,
          tool.returnsVoid() ? "ofVoid" : "returning",
          arguments,
          call);
    }
    return method.build();
  }

  /**
   * Locals may not take the names of the method's parameters and variables, nor of the lambda
   * parameters of read expressions and result writers. Nor may they obscure a type or package the method names (a
   * local {@code io} would turn {@code io.toolwright.dispatch.Problems}, written in full when a user
   * type is also called {@code Problems}, into a field access): a capitalized name, or one of the
   * usual first package segments, gets a trailing {@code _}.
   */
  private NameAllocator reservedNames() {
    NameAllocator names = new NameAllocator();
    Set<String> reserved =
        new LinkedHashSet<>(
            List.of(
                "target", "args", "context", "arguments", ReadExpressions.PROBLEMS,
                CheckWriter.CHECKS, "java",
                "javax", "jakarta", "io", "tools", "com", "org", "net"));
    String packageName = sourceClass.packageName();
    if (!packageName.isEmpty()) {
      reserved.add(packageName.split("\\.", 2)[0]);
    }
    for (String name : reserved) {
      names.newName(name, name);
    }
    for (int depth = 0; depth <= ReadExpressions.MAX_DEPTH; depth++) {
      names.newName(ResultWriters.jsonName(depth + 1), "json" + depth);
      names.newName(ResultWriters.itemName(depth + 1), "item" + depth);
      names.newName(ReadExpressions.nodeName(depth), "n" + depth);
      names.newName(ReadExpressions.pointerName(depth), "p" + depth);
      names.newName(ReadExpressions.problemsName(depth), "c" + depth);
    }
    return names;
  }

  private static String localName(NameAllocator locals, String name, Object tag) {
    return locals.newName(Character.isUpperCase(name.charAt(0)) ? name + "_" : name, tag);
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
