package io.toolwright.processor.lint;

import io.toolwright.processor.model.Constraint;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Scalar;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import javax.lang.model.element.Element;

/**
 * One value a model sends, as the parameter rules read it: a tool parameter, or a record component
 * or bean property of a type compiled from source (a library's type is not the user's to fix).
 *
 * @param label how messages name it: {@code parameter 'sql' of Reports.run}
 * @param javadocOwner where its description is written, for fixes
 */
record Input(Property property, String label, String javadocOwner) {

  String name() {
    return property.name();
  }

  Element element() {
    return property.element();
  }

  /** The description, or the empty string. */
  String doc() {
    return property.description() == null ? "" : property.description();
  }

  /** Whether the model sends free text: a {@code String} without {@code @Enum} or pattern. */
  boolean freeString() {
    Shape shape = property.shape();
    if (shape instanceof OptionalShape optional) {
      shape = optional.value();
    }
    return shape instanceof ScalarShape scalar && scalar.scalar() == Scalar.STRING;
  }

  /** Whether {@code @Pattern} or {@code @Email} already says what the string looks like. */
  boolean patterned() {
    return property.constraints().stream()
        .anyMatch(c -> c instanceof Constraint.Pattern || c instanceof Constraint.Email);
  }

  /** Whether {@code @Size(max = ...)} bounds the string to {@code limit} characters or fewer. */
  boolean atMost(int limit) {
    return property.constraints().stream()
        .anyMatch(
            c -> c instanceof Constraint.Size size && size.max() != null && size.max() <= limit);
  }
}
