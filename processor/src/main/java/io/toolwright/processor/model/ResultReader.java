package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a tool's return type with the same readers as its parameters, in {@link
 * ModelEnv.Reading#RESULT} mode, for its output schema. Only a result that is always a JSON object
 * gets one (MCP requires an object at the root of {@code outputSchema}): a record, a class, a
 * {@code Map<String, T>}. Everything else has none, and nothing is reported: a return value is
 * written by Jackson whatever its type, so a type the reader cannot describe is no error.
 */
final class ResultReader {

  private ResultReader() {}

  /**
   * The tool's result type, or {@code null} when it has no output schema: {@code void}, a scalar,
   * a collection, an {@code Optional} or a {@code @Nullable} result (JSON {@code null} is no
   * object), or a type some part of which cannot be described.
   */
  static ReturnedType read(ModelEnv env, ExecutableElement method) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() != TypeKind.DECLARED || Annotations.anyNullable(method, type)) {
      return null;
    }
    Diagnostics scratch = new Diagnostics();
    ShapeReader shapes = new ShapeReader(env.forResults(scratch));
    Shape shape =
        shapes.read(type, method, "the result of " + ToolMethodReader.label(method));
    if (shape == null
        || !scratch.toReport().items().isEmpty()
        || !(shape instanceof ObjectRef || shape instanceof MapShape)) {
      return null;
    }
    return new ReturnedType(shape, shapes.catalog());
  }
}
