package io.toolwright.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One named value the model supplies: a tool parameter, a record component or a bean property. Its
 * name is at once the Java name and the JSON property name, so Bean Validation's property paths map
 * onto JSON pointers without a table.
 *
 * @param element where the value is declared, for diagnostics
 * @param required whether the model must send it; {@code false} for {@code Optional} and
 *     {@code @Nullable}, which are then also nullable in the schema
 * @param description from Javadoc, or {@code null}
 * @param validationAnnotations the Bean Validation annotations to repeat on generated fields
 * @param validOnHeldObject whether the declared type carries {@code @Valid} on the record or bean
 *     it holds ({@code List<@Valid Line>}), which cascades like {@code @Valid} on the property
 * @param setter the bean setter's name; {@code null} unless the property belongs to a bean
 */
public record Property(
    String name,
    Element element,
    Shape shape,
    boolean required,
    String description,
    List<Constraint> constraints,
    List<AnnotationMirror> validationAnnotations,
    boolean validOnHeldObject,
    String setter) {

  public Property {
    constraints = List.copyOf(constraints);
    validationAnnotations = List.copyOf(validationAnnotations);
  }
}
