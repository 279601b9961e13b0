package io.toolwright.processor.model;

import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What a Java type looks like as JSON. Every shape keeps its Java type, with type variables already
 * resolved (a {@code Page<Invoice>}'s {@code T items} is a {@code List<Invoice>} here), because the
 * generated code declares fields and lambdas of exactly that type.
 */
public sealed interface Shape {

  /** The Java type this shape was read from. */
  TypeMirror type();

  /**
   * What a container holds: an {@code Optional}'s value, an array's or collection's items, a map's
   * values; {@code null} for a shape that is no container. Of a generic container it is the last
   * type argument ({@code Optional<T>}, {@code List<T>}, {@code Map<String, T>}).
   */
  default Shape held() {
    return null;
  }

  /**
   * Whether this is a Java array (not a collection): Hibernate Validator treats arrays apart, so
   * where {@code @Valid} goes and whether it works at all depend on it.
   */
  default boolean isJavaArray() {
    return this instanceof ArrayShape array && array.container() == Container.ARRAY;
  }

  /** One JSON value: a number, string or boolean. */
  record ScalarShape(TypeMirror type, Scalar scalar) implements Shape {
    /** Whether the Java type is a primitive (so it can never be {@code null}). */
    public boolean primitive() {
      return type.getKind().isPrimitive();
    }
  }

  /** A {@code String} restricted by {@code @Enum} to a list of values. */
  record AllowedStringShape(TypeMirror type, List<String> allowed) implements Shape {
    public AllowedStringShape {
      allowed = List.copyOf(allowed);
    }
  }

  /**
   * A Java enum, written as a string restricted to the constant names.
   *
   * @param typeDoc the enum's Javadoc main text, or {@code null}
   * @param constants the constants in declaration order, with their docs
   */
  record EnumShape(DeclaredType type, String typeDoc, List<EnumConstant> constants)
      implements Shape {
    public EnumShape {
      constants = List.copyOf(constants);
    }
  }

  /** An enum constant and its Javadoc main text ({@code null} when undocumented). */
  record EnumConstant(String name, String doc) {}

  /** A JSON array read into a Java array, {@code List}, {@code Set} or {@code Collection}. */
  record ArrayShape(TypeMirror type, Shape items, Container container) implements Shape {
    @Override
    public Shape held() {
      return items;
    }
  }

  /** The Java container a JSON array is read into. */
  enum Container {
    ARRAY,
    LIST,
    SET,
    COLLECTION
  }

  /** A {@code Map<String, T>}: a JSON object whose values all have one shape. */
  record MapShape(TypeMirror type, Shape values) implements Shape {
    @Override
    public Shape held() {
      return values;
    }
  }

  /** An {@code Optional<T>}; only ever the whole type of a property, never nested. */
  record OptionalShape(TypeMirror type, Shape value) implements Shape {
    @Override
    public Shape held() {
      return value;
    }
  }

  /** A record or bean, defined once in the class's {@link TypeCatalog} under {@code key}. */
  record ObjectRef(DeclaredType type, String key) implements Shape {}
}
