package io.toolwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.toolwright.dispatch.Problems;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape.OptionalShape;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Types;
import tools.jackson.databind.JsonNode;

/**
 * One {@code read<Type>(JsonNode, String pointer, Problems)} method per record or bean: reads every
 * property into a local, then, only if all of them converted, calls the canonical constructor, or
 * the no-argument constructor and setters. When a property did not convert, the method returns the
 * placeholder {@code null} without calling any of the type's code: its problem is already recorded,
 * and a constructor given placeholders would only add false ones.
 *
 * <p>Whatever the constructor or a setter throws (a compact constructor checking an invariant, a
 * library call in it failing on the model's value) becomes a problem at the object's pointer: it is
 * the model's arguments that are wrong, and the model can correct them. {@link Problems} decides
 * what of the exception the model may see.
 */
final class ReadMethods {

  private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
  private static final ClassName PROBLEMS = ClassName.get(Problems.class);
  private static final String PROBLEMS_BEFORE = "problemsBefore";

  private final GeneratedNames names;
  private final ReadExpressions expressions;
  private final Types types;

  ReadMethods(GeneratedNames names, ReadExpressions expressions, Types types) {
    this.names = names;
    this.expressions = expressions;
    this.types = types;
  }

  MethodSpec method(ObjectType type) {
    NameAllocator locals = reservedNames();
    TypeName typeName = TypeName.get(type.type());
    String simpleName = type.type().asElement().getSimpleName().toString();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.readMethod(type.key()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(typeName)
            .addParameter(JSON_NODE, "node")
            .addParameter(String.class, "pointer")
            .addParameter(PROBLEMS, ReadExpressions.PROBLEMS)
            .beginControlFlow(
                "if (!$T.isObject(node, pointer, $L))",
                ReadExpressions.READERS,
                ReadExpressions.PROBLEMS)
            .addStatement("return null")
            .endControlFlow();
    boolean hasProperties = !type.properties().isEmpty();
    if (hasProperties) {
      method.addStatement("int $L = $L.count()", PROBLEMS_BEFORE, ReadExpressions.PROBLEMS);
    }
    List<String> values = new ArrayList<>();
    for (Property property : type.properties()) {
      String local = locals.newName(property.name(), property);
      values.add(local);
      method.addStatement(
          "$T $L = $L",
          TypeName.get(property.shape().type()),
          local,
          expressions.property(
              property,
              CodeBlock.of("node.get($S)", property.name()),
              CodeBlock.of("$T.child(pointer, $S)", ReadExpressions.READERS, property.name())));
    }
    if (hasProperties) {
      method
          .beginControlFlow("if ($L.count() > $L)", ReadExpressions.PROBLEMS, PROBLEMS_BEFORE)
          .addStatement("return null")
          .endControlFlow();
    }
    if (type.kind() == ObjectType.Kind.RECORD) {
      return method
          .beginControlFlow("try")
          .addStatement("return new $L($L)", diamond(type), String.join(", ", values))
          .nextControlFlow("catch ($T e)", Throwable.class)
          .addStatement(
              "$L.rejectedByConstructor(pointer, node, $S, e)",
              ReadExpressions.PROBLEMS,
              simpleName)
          .addStatement("return null")
          .endControlFlow()
          .build();
    }
    // The no-argument constructor sees no model value: if it fails, the application is at fault.
    method.addStatement("$T value = new $L()", typeName, diamond(type));
    if (hasProperties) {
      method.beginControlFlow("try");
      for (int i = 0; i < values.size(); i++) {
        Property property = type.properties().get(i);
        boolean mayBeAbsent = !property.required() && !(property.shape() instanceof OptionalShape);
        if (mayBeAbsent) {
          // Leave the bean's own default when the model left the property out.
          method.beginControlFlow("if ($L != null)", values.get(i));
        }
        method.addStatement("value.$L($L)", property.setter(), values.get(i));
        if (mayBeAbsent) {
          method.endControlFlow();
        }
      }
      method
          .nextControlFlow("catch ($T e)", Throwable.class)
          .addStatement(
              "$L.rejectedBySetter(pointer, node, $S, e)", ReadExpressions.PROBLEMS, simpleName)
          .addStatement("return null")
          .endControlFlow();
    }
    return method.addStatement("return value").build();
  }

  /** {@code Page<>} for a generic type, so the constructor call infers what the method returns. */
  private CodeBlock diamond(ObjectType type) {
    TypeName raw = TypeName.get(types.erasure(type.type()));
    return type.type().getTypeArguments().isEmpty()
        ? CodeBlock.of("$T", raw)
        : CodeBlock.of("$T<>", raw);
  }

  /** Locals may not shadow the parameters or the lambda parameters of read expressions. */
  private static NameAllocator reservedNames() {
    NameAllocator names = new NameAllocator();
    for (String reserved :
        List.of("node", "pointer", ReadExpressions.PROBLEMS, PROBLEMS_BEFORE, "value", "e")) {
      names.newName(reserved, reserved);
    }
    for (int depth = 0; depth <= ReadExpressions.MAX_DEPTH; depth++) {
      names.newName(ReadExpressions.nodeName(depth), "n" + depth);
      names.newName(ReadExpressions.pointerName(depth), "p" + depth);
      names.newName(ReadExpressions.problemsName(depth), "c" + depth);
    }
    return names;
  }
}
