package io.toolwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.toolwright.dispatch.ArgumentException;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape.OptionalShape;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Types;
import tools.jackson.databind.JsonNode;

/**
 * One {@code read<Type>(JsonNode, String pointer)} method per record or bean: reads every property
 * into a local, then calls the canonical constructor, or the no-argument constructor and setters.
 *
 * <p>An {@code IllegalArgumentException} from the constructor or a setter (a record's compact
 * constructor checking an invariant) becomes an {@link ArgumentException} at the object's pointer:
 * it is the model's arguments that are wrong, and the model can correct them.
 */
final class ReadMethods {

  private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

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
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.readMethod(type.key()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(typeName)
            .addParameter(JSON_NODE, "node")
            .addParameter(String.class, "pointer")
            .beginControlFlow("if (node == null || !node.isObject())")
            .addStatement(
                "throw new $T(pointer, $S, $T.excerpt(node))",
                ArgumentException.class,
                "an object",
                ReadExpressions.READERS)
            .endControlFlow();
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
    method.beginControlFlow("try");
    if (type.kind() == ObjectType.Kind.RECORD) {
      method.addStatement("return new $L($L)", diamond(type), String.join(", ", values));
    } else {
      method.addStatement("$T value = new $L()", typeName, diamond(type));
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
      method.addStatement("return value");
    }
    return method
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addStatement(
            "throw new $T(pointer, $S + e.getMessage(), $T.excerpt(node))",
            ArgumentException.class,
            "a valid " + type.type().asElement().getSimpleName() + ": ",
            ReadExpressions.READERS)
        .endControlFlow()
        .build();
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
    for (String reserved : List.of("node", "pointer", "value", "e")) {
      names.newName(reserved, reserved);
    }
    for (int depth = 0; depth <= ReadExpressions.MAX_DEPTH; depth++) {
      names.newName(ReadExpressions.nodeName(depth), "n" + depth);
      names.newName(ReadExpressions.pointerName(depth), "p" + depth);
    }
    return names;
  }
}
