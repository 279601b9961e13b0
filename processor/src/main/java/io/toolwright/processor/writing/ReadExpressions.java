package io.toolwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Scalar;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.Container;
import io.toolwright.processor.model.Shape.EnumShape;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The code that converts one JSON value into the Java value of a shape, built only from {@link
 * JsonReaders} calls, constructors and setters: no reflection. Nested values are read by lambdas
 * whose parameters are named {@code n}/{@code p}, {@code n1}/{@code p1} and so on by depth, names
 * the enclosing methods keep free.
 */
final class ReadExpressions {

  static final ClassName READERS = ClassName.get(JsonReaders.class);

  /** Deep enough for any type a person writes; methods reserve these lambda names. */
  static final int MAX_DEPTH = 10;

  private static final Map<Scalar, String> PRIMITIVE_ARRAYS =
      Map.of(
          Scalar.INT, "intArray",
          Scalar.LONG, "longArray",
          Scalar.DOUBLE, "doubleArray",
          Scalar.BOOLEAN, "booleanArray");

  private final ClassName toolsClass;
  private final GeneratedNames names;
  private final Types types;

  ReadExpressions(ClassName toolsClass, GeneratedNames names, Types types) {
    this.toolsClass = toolsClass;
    this.names = names;
    this.types = types;
  }

  /** Reads a property, yielding {@code null} for an absent property that may be absent. */
  CodeBlock property(Property property, CodeBlock node, CodeBlock pointer) {
    Shape shape = property.shape();
    if (property.required() || shape instanceof OptionalShape) {
      return read(shape, node, pointer, 0);
    }
    return CodeBlock.of("$T.nullable($L, $L, $L)", READERS, node, pointer, reader(shape, 0));
  }

  /** The lambda parameter names at {@code depth}. */
  static String nodeName(int depth) {
    return depth == 0 ? "n" : "n" + depth;
  }

  static String pointerName(int depth) {
    return depth == 0 ? "p" : "p" + depth;
  }

  private CodeBlock read(Shape shape, CodeBlock node, CodeBlock pointer, int depth) {
    if (shape instanceof ScalarShape scalar) {
      return CodeBlock.of("$T.$L($L, $L)", READERS, scalar.scalar().readerMethod(), node, pointer);
    }
    if (shape instanceof AllowedStringShape allowed) {
      return CodeBlock.of(
          "$T.allowedString($L, $L, $T.of($L))",
          READERS,
          node,
          pointer,
          List.class,
          allowed.allowed().stream()
              .map(v -> CodeBlock.of("$S", v))
              .collect(CodeBlock.joining(", ")));
    }
    if (shape instanceof EnumShape enumShape) {
      return CodeBlock.of(
          "$T.enumConstant($L, $L, $T.values())", READERS, node, pointer, erased(enumShape.type()));
    }
    if (shape instanceof ArrayShape array) {
      return array(array, node, pointer, depth);
    }
    if (shape instanceof MapShape map) {
      return CodeBlock.of(
          "$T.map($L, $L, $L)", READERS, node, pointer, reader(map.values(), depth));
    }
    if (shape instanceof OptionalShape optional) {
      return CodeBlock.of(
          "$T.optional($L, $L, $L)", READERS, node, pointer, reader(optional.value(), depth));
    }
    ObjectRef ref = (ObjectRef) shape;
    return CodeBlock.of("$L($L, $L)", names.readMethod(ref.key()), node, pointer);
  }

  private CodeBlock array(ArrayShape array, CodeBlock node, CodeBlock pointer, int depth) {
    String primitiveReader = primitiveArrayReader(array);
    if (primitiveReader != null) {
      return CodeBlock.of("$T.$L($L, $L)", READERS, primitiveReader, node, pointer);
    }
    CodeBlock items = reader(array.items(), depth);
    if (array.container() == Container.ARRAY) {
      return CodeBlock.of(
          "$T.array($L, $L, $L, $T[]::new)",
          READERS,
          node,
          pointer,
          items,
          TypeName.get(array.items().type()));
    }
    String method = array.container() == Container.SET ? "set" : "list";
    return CodeBlock.of("$T.$L($L, $L, $L)", READERS, method, node, pointer, items);
  }

  /** A {@code JsonReaders.Reader} for {@code shape}: a method reference where one fits. */
  private CodeBlock reader(Shape shape, int depth) {
    if (shape instanceof ScalarShape scalar) {
      return CodeBlock.of("$T::$L", READERS, scalar.scalar().readerMethod());
    }
    if (shape instanceof ObjectRef ref) {
      return CodeBlock.of("$T::$L", toolsClass, names.readMethod(ref.key()));
    }
    if (shape instanceof ArrayShape array && primitiveArrayReader(array) != null) {
      return CodeBlock.of("$T::$L", READERS, primitiveArrayReader(array));
    }
    if (depth >= MAX_DEPTH) {
      throw new IllegalStateException("types nested deeper than " + MAX_DEPTH + " levels");
    }
    String n = nodeName(depth);
    String p = pointerName(depth);
    return CodeBlock.of(
        "($L, $L) -> $L", n, p, read(shape, CodeBlock.of(n), CodeBlock.of(p), depth + 1));
  }

  private static String primitiveArrayReader(ArrayShape array) {
    if (array.container() == Container.ARRAY
        && array.items() instanceof ScalarShape scalar
        && scalar.primitive()) {
      return PRIMITIVE_ARRAYS.get(scalar.scalar());
    }
    return null;
  }

  private TypeName erased(TypeMirror type) {
    return TypeName.get(types.erasure(type));
  }
}
