package io.toolwright.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.toolwright.ToolContext;
import io.toolwright.dispatch.JsonWriters;
import io.toolwright.dispatch.MethodCaller;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.dispatch.ToolInvoker;
import io.toolwright.dispatch.ValidatedClasses;
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
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import tools.jackson.core.JsonGenerator;
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
    this.checks = new CheckWriter(toolsClass, names);
  }

  /** The holder of the constants the tools' compiled constraint checks compare with, or null. */
  TypeSpec checkConstants(List<ToolMethod> tools) {
    return checks.constantsClass(tools);
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
    return CodeBlock.of(
        "$T.of($L, $T.of($L), $L)",
        ToolBinding.class,
        names.constant(tool),
        List.class,
        contextNames,
        newInvoker(toolClass, toolClass.tools().indexOf(tool)));
  }

  private CodeBlock newInvoker(ToolClass toolClass, int index) {
    List<CodeBlock> invokerArguments = new ArrayList<>();
    if (!toolClass.allStatic()) {
      invokerArguments.add(CodeBlock.of("target"));
    }
    if (toolClass.tools().size() > 1) {
      invokerArguments.add(CodeBlock.of("$L", index));
    }
    return CodeBlock.of("new $L($L)", names.invokerClass(), CodeBlock.join(invokerArguments, ", "));
  }

  /**
   * {@code .validating(List.of())} when no tool is validated; else {@code .validating(new
   * Invoker(...))}: an invoker of the first tool, which names every tool's classes ({@link
   * #invokerClass}) when the registry asks.
   */
  CodeBlock validating(ToolClass toolClass, List<CodeBlock> validated) {
    return validated.isEmpty()
        ? CodeBlock.of(".validating($T.of())", List.class)
        : CodeBlock.of(".validating($L)", newInvoker(toolClass, 0));
  }

  /**
   * The one {@code ToolInvoker} of the class: holds the bound instance and a tool's index, calls
   * that tool's {@code prepare...} method, and, as the {@code MethodCaller} the prepared call holds,
   * calls the tool's method with the converted values and writes its result with the generated
   * writer (as {@code JsonWriters.Writer}, when a tool of the class has one). A class written here
   * rather than a lambda per tool (or two: the call and the writer), because each lambda is a class
   * the JVM spins when it first runs (in a cold JVM about a millisecond each), while this one class
   * is read from the jar like any other, and javac has no lambdas to desugar and infer. When a tool
   * of the class is validated, it is also the {@code ValidatedClasses} naming {@code validated}
   * (the same whatever its index).
   */
  TypeSpec invokerClass(ToolClass toolClass, List<CodeBlock> validated) {
    // No Javadoc: a private class, and every generated line costs the build.
    List<ToolMethod> tools = toolClass.tools();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(names.invokerClass())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ToolInvoker.class)
            .addSuperinterface(MethodCaller.class);
    boolean writes = tools.stream().anyMatch(resultWriters::writes);
    ResultWriters.Locals writeLocals = new ResultWriters.Locals();
    if (writes) {
      type.addSuperinterface(
          ParameterizedTypeName.get(ClassName.get(JsonWriters.Writer.class), ClassName.OBJECT));
    }
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
    MethodSpec.Builder call =
        MethodSpec.methodBuilder("call")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(Object[].class, "values")
            .addException(Exception.class);
    MethodSpec.Builder write =
        MethodSpec.methodBuilder("write")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JsonGenerator.class, "json")
            .addParameter(Object.class, "value");
    boolean uncheckedCall = false;
    boolean uncheckedWrite = false;
    boolean one = tools.size() == 1;
    if (!one) {
      // Only bind() makes an Invoker, with the index of one of its tools.
      type.addField(int.class, "tool", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(int.class, "tool").addStatement("this.tool = tool");
      prepare.beginControlFlow("switch (tool)");
      call.beginControlFlow("switch (tool)");
      write.beginControlFlow("switch (tool)");
    }
    for (int i = 0; i < tools.size(); i++) {
      ToolMethod tool = tools.get(i);
      if (!one) {
        prepare.addCode("case $L:\n$>", i);
        call.addCode("case $L:\n$>", i);
      }
      if (one) {
        prepare.addCode(prepareBody(tool, "this"));
      } else {
        prepare.addStatement("return $L(this, args, context)", names.prepareMethod(tool));
      }
      uncheckedCall |= addCall(call, tool);
      CodeBlock writeResult =
          resultWriters.writeResult(tool, castValue(tool.element().getReturnType()), writeLocals);
      if (writeResult != null) {
        uncheckedWrite |= isUnchecked(tool.element().getReturnType());
        if (!one) {
          write.addCode("case $L:\n$>", i);
        }
        write.addCode(writeResult);
        if (!one) {
          write.addStatement("return").addCode("$<");
        }
      }
      if (!one) {
        prepare.addCode("$<");
        call.addCode("$<");
      }
    }
    if (!one) {
      endSwitch(prepare);
      endSwitch(call);
      endSwitch(write);
    }
    if (!validated.isEmpty()) {
      type.addSuperinterface(ValidatedClasses.class);
    }
    if (!toolClass.allStatic() || !one) {
      // Otherwise the default constructor will do.
      type.addMethod(constructor.build());
    }
    type.addMethod(prepare.build());
    type.addMethod(suppressUnchecked(call, uncheckedCall).build());
    if (writes) {
      type.addMethod(suppressUnchecked(write, uncheckedWrite).build());
    }
    if (!validated.isEmpty()) {
      type.addMethod(
          MethodSpec.methodBuilder("validatedClasses")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(
                  ParameterizedTypeName.get(
                      ClassName.get(List.class),
                      ParameterizedTypeName.get(
                          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class))))
              .addStatement("return $T.of($L)", List.class, CodeBlock.join(validated, ", "))
              .build());
    }
    return type.build();
  }

  /** {@code case}s call, then return what it returned, or {@code null} for a void method. */
  private boolean addCall(MethodSpec.Builder call, ToolMethod tool) {
    List<CodeBlock> arguments = new ArrayList<>();
    boolean unchecked = false;
    List<ToolParameter> parameters = tool.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      TypeMirror type = parameterType(parameters.get(i));
      unchecked |= isUnchecked(type);
      arguments.add(CodeBlock.of("($T) values[$L]", TypeName.get(type), i));
    }
    CodeBlock receiver = tool.isStatic() ? CodeBlock.of("$T", sourceClass) : CodeBlock.of("target");
    CodeBlock invocation =
        CodeBlock.of("$L.$L($L)", receiver, tool.methodName(), CodeBlock.join(arguments, ", "));
    if (tool.returnsVoid()) {
      call.addStatement("$L", invocation).addStatement("return null");
    } else {
      call.addStatement("return $L", invocation);
    }
    return unchecked;
  }

  private static void endSwitch(MethodSpec.Builder method) {
    method
        .addCode("default:\n$>")
        // Not an AssertionError: verifying the class would load that class, which a JVM has not
        // loaded at start-up.
        .addStatement(
            "throw new $T($T.toString(tool))", IllegalArgumentException.class, Integer.class)
        .addCode("$<")
        .endControlFlow();
  }

  private static MethodSpec.Builder suppressUnchecked(MethodSpec.Builder method, boolean unchecked) {
    // Casts to types with type arguments: the values are what prepare converted for them.
    return unchecked
        ? method.addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked")
                .build())
        : method;
  }

  private static CodeBlock castValue(TypeMirror type) {
    return CodeBlock.of("($T) value", TypeName.get(type));
  }

  private static TypeMirror parameterType(ToolParameter parameter) {
    return parameter instanceof ContextParameter context
        ? context.type()
        : ((ModelParameter) parameter).property().shape().type();
  }

  /** Whether a cast from {@code Object} to {@code type} is unchecked. */
  private boolean isUnchecked(TypeMirror type) {
    return !type.getKind().isPrimitive() && !types.isSameType(type, types.erasure(type));
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
   * {@code prepare<Tool>(invoker, args, context)}: converts every argument into a local, recording
   * each problem, throws them all at once if there was any, checks the constraints the processor
   * compiled ({@link CheckWriter}), then defers the call: {@code PreparedCall.calling} with the
   * arguments Bean Validation checks gathered in the tool's arguments class, the invoker (which
   * calls the method, {@link #invokerClass}, and, when the tool has a generated result writer,
   * {@link ResultWriters}, writes the result) and the values in the method's order.
   */
  MethodSpec prepareMethod(ToolMethod tool) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.prepareMethod(tool))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(PreparedCall.class);
    return method
        .addParameter(toolsClass.nestedClass(names.invokerClass()), "invoker")
        .addParameter(ObjectNode.class, "args")
        .addParameter(ToolContext.class, "context")
        .addCode(prepareBody(tool, "invoker"))
        .build();
  }

  /**
   * The statements of {@link #prepareMethod}, with {@code invoker} the expression of the tool's
   * invoker: a class of one tool has them in the Invoker's own {@code prepare}.
   */
  private CodeBlock prepareBody(ToolMethod tool, String invoker) {
    CodeBlock.Builder method = CodeBlock.builder();
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
      method.add(checks.statements(tool, locals, tool.beanValidated()));
    }
    // The values in the method's order; context values read here, after the checks, so that a
    // missing one is reported only for arguments that are valid. The Invoker's call() casts them.
    List<CodeBlock> callArguments = new ArrayList<>();
    for (ToolParameter parameter : tool.parameters()) {
      callArguments.add(
          parameter instanceof ContextParameter context
              ? contextValue(context)
              : CodeBlock.of("$L", locals.get(parameter)));
    }
    if (callArguments.size() == 1 && passedAsArray(parameterType(tool.parameters().get(0)))) {
      // A lone Object[] (or Object) would be taken for the varargs array itself.
      callArguments.set(0, CodeBlock.of("($T) $L", Object.class, callArguments.get(0)));
    }
    // null when nothing is annotated: the executor then skips Bean Validation (PreparedCall).
    CodeBlock arguments = CodeBlock.of(tool.beanValidated() ? "arguments" : "null");
    callArguments.add(0, arguments);
    if (tool.returnsVoid()) {
      callArguments.add(1, CodeBlock.of(invoker));
      method.addStatement(
          "return $T.callingVoid($L)", PreparedCall.class, CodeBlock.join(callArguments, ", "));
    } else if (resultWriters.writes(tool)) {
      // The invoker is also the result's writer.
      callArguments.add(1, CodeBlock.of("$L, $L", invoker, invoker));
      method.addStatement(
          "return $T.callingWritten($L)", PreparedCall.class, CodeBlock.join(callArguments, ", "));
    } else {
      callArguments.add(1, CodeBlock.of(invoker));
      method.addStatement(
          "return $T.calling($L)", PreparedCall.class, CodeBlock.join(callArguments, ", "));
    }
    return method.build();
  }

  /**
   * Locals may not take the names of the method's parameters and variables, nor of the lambda
   * parameters of read expressions. Nor may they obscure a type or package the method names (a
   * local {@code io} would turn {@code io.toolwright.dispatch.Problems}, written in full when a user
   * type is also called {@code Problems}, into a field access): a capitalized name, or one of the
   * usual first package segments, gets a trailing {@code _}.
   */
  private NameAllocator reservedNames() {
    NameAllocator names = new NameAllocator();
    Set<String> reserved =
        new LinkedHashSet<>(
            List.of(
                "target", "invoker", "args", "context", "arguments", ReadExpressions.PROBLEMS,
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

  /** {@code context.require("name", Type.class)}, with the type erased: call() casts it. */
  private CodeBlock contextValue(ContextParameter context) {
    TypeMirror type = context.type();
    TypeName raw =
        type.getKind().isPrimitive() ? TypeName.get(type).box() : TypeName.get(types.erasure(type));
    return CodeBlock.of("context.require($S, $T.class)", context.name(), raw);
  }

  private static boolean passedAsArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
            && !((ArrayType) type).getComponentType().getKind().isPrimitive()
        || type.toString().equals("java.lang.Object");
  }
}
