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
import java.util.Optional;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The code that converts one JSON value into the Java value of a shape, built only from {@link
 * JsonReaders} calls, constructors and setters: no reflection. Every read records its problems in
 * the call's {@code Problems}, a variable named {@code problems} in the enclosing method. Nested
 * values are read by lambdas whose parameters (node, pointer, problems) are named {@code
 * n}/{@code p}/{@code c}, {@code n1}/{@code p1}/{@code c1} and so on by depth, names the enclosing
 * methods keep free.
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

  /** The name of the method's {@code Problems} variable. */
  static final String PROBLEMS = "problems";

  /**
   * Reads a property, yielding {@code null} (or an empty {@code Optional}) for an absent property
   * that may be absent. The absent case is a conditional on {@code JsonReaders.isAbsent} (since
   * {@code GeneratedApi} 6), not {@code nullable} or {@code optional} with a reader: their lambda
   * or method reference is a class a cold JVM spins on the tool's first call. {@code node} is
   * evaluated twice: a property lookup, cheaper than the reader's interface call it replaces.
   */
  CodeBlock property(Property property, CodeBlock node, CodeBlock pointer) {
    Shape shape = property.shape();
    CodeBlock at = readerArguments(node, pointer, CodeBlock.of(PROBLEMS));
    if (shape instanceof OptionalShape optional && !isString(optional.value())) {
      // A reader returns null only as the placeholder after recording a problem.
      return CodeBlock.of(
          "$T.isAbsent($L) ? $T.empty() : $T.ofNullable($L)",
          READERS,
          node,
          Optional.class,
          Optional.class,
          read(optional.value(), at, 0));
    }
    if (property.required() || shape instanceof OptionalShape) {
      return read(shape, at, 0);
    }
    return CodeBlock.of("$T.isAbsent($L) ? null : $L", READERS, node, read(shape, at, 0));
  }

  /** The arguments every reader takes: the node, its pointer and the call's problems. */
  private static CodeBlock readerArguments(String node, String pointer, String problems) {
    return readerArguments(CodeBlock.of(node), CodeBlock.of(pointer), CodeBlock.of(problems));
  }

  private static CodeBlock readerArguments(CodeBlock node, CodeBlock pointer, CodeBlock problems) {
    return CodeBlock.of("$L, $L, $L", node, pointer, problems);
  }

  /** The lambda parameter names at {@code depth}. */
  static String nodeName(int depth) {
    return depth == 0 ? "n" : "n" + depth;
  }

  static String pointerName(int depth) {
    return depth == 0 ? "p" : "p" + depth;
  }

  static String problemsName(int depth) {
    return depth == 0 ? "c" : "c" + depth;
  }

  private CodeBlock read(Shape shape, CodeBlock at, int depth) {
    if (shape instanceof ScalarShape scalar) {
      return CodeBlock.of("$T.$L($L)", READERS, scalar.scalar().readerMethod(), at);
    }
    if (shape instanceof AllowedStringShape allowed) {
      return CodeBlock.of(
          "$T.allowedString($L, $T.of($L))",
          READERS,
          at,
          List.class,
          allowed.allowed().stream()
              .map(v -> CodeBlock.of("$S", v))
              .collect(CodeBlock.joining(", ")));
    }
    if (shape instanceof EnumShape enumShape) {
      return CodeBlock.of(
          "$T.enumConstant($L, $T.values())", READERS, at, erased(enumShape.type()));
    }
    if (shape instanceof ArrayShape array) {
      return array(array, at, depth);
    }
    if (shape instanceof MapShape map) {
      return CodeBlock.of("$T.map($L, $L)", READERS, at, reader(map.values(), depth));
    }
    if (shape instanceof OptionalShape optional) {
      if (isString(optional.value())) {
        // The commonest optional, read without a method reference for javac to infer.
        return CodeBlock.of("$T.optionalString($L)", READERS, at);
      }
      return CodeBlock.of("$T.optional($L, $L)", READERS, at, reader(optional.value(), depth));
    }
    ObjectRef ref = (ObjectRef) shape;
    return CodeBlock.of("$L($L)", names.readMethod(ref.key()), at);
  }

  private CodeBlock array(ArrayShape array, CodeBlock at, int depth) {
    String primitiveReader = primitiveArrayReader(array);
    if (primitiveReader != null) {
      return CodeBlock.of("$T.$L($L)", READERS, primitiveReader, at);
    }
    CodeBlock items = reader(array.items(), depth);
    if (array.container() == Container.ARRAY) {
      return CodeBlock.of(
          "$T.array($L, $L, $T[]::new)", READERS, at, items, TypeName.get(array.items().type()));
    }
    if (array.container() != Container.SET && isString(array.items())) {
      return CodeBlock.of("$T.stringList($L)", READERS, at);
    }
    String method = array.container() == Container.SET ? "set" : "list";
    return CodeBlock.of("$T.$L($L, $L)", READERS, method, at, items);
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
    if (shape instanceof ArrayShape array
        && array.container() != Container.SET
        && array.container() != Container.ARRAY
        && isString(array.items())) {
      return CodeBlock.of("$T::stringList", READERS);
    }
    if (depth >= MAX_DEPTH) {
      throw new IllegalStateException("types nested deeper than " + MAX_DEPTH + " levels");
    }
    CodeBlock at = readerArguments(nodeName(depth), pointerName(depth), problemsName(depth));
    return CodeBlock.of("($L) -> $L", at, read(shape, at, depth + 1));
  }

  private static boolean isString(Shape shape) {
    return shape instanceof ScalarShape scalar && scalar.scalar() == Scalar.STRING;
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
