package io.toolwright.processor.model;

import java.util.List;
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
 * @param constraints what the property's own constraints say about its value (of an {@code
 *     Optional}, about the value inside)
 * @param validOnProperty whether {@code @Valid} is declared on the property itself
 * @param validOnHeldObject whether the declared type carries {@code @Valid} on the record or bean
 *     it holds ({@code List<@Valid Line>}), which cascades like {@code @Valid} on the property
 * @param setter the bean setter's name; {@code null} unless the property belongs to a bean
 * @param held the container element constraints ({@code List<@NotBlank String>}) level by level
 *     along {@link Shape#held()}: the first entry is for what the property's container holds, the
 *     second for what that holds, and so on; empty when there are none
 * @param validation where the generated arguments field carries Bean Validation annotations, for
 *     a tool parameter; {@link ValidationPlan#NONE} for record components and bean properties,
 *     whose fields are the user's
 */
public record Property(
    String name,
    Element element,
    Shape shape,
    boolean required,
    String description,
    List<Constraint> constraints,
    boolean validOnProperty,
    boolean validOnHeldObject,
    String setter,
    List<ElementConstraints> held,
    ValidationPlan validation) {

  public Property {
    constraints = List.copyOf(constraints);
    held = List.copyOf(held);
  }

  /** The constraints at {@code depth} along {@link Shape#held()} (1 is the first held level). */
  public ElementConstraints heldAt(int depth) {
    return depth >= 1 && depth <= held.size() ? held.get(depth - 1) : ElementConstraints.NONE;
  }

  /**
   * Container element constraints written as type annotations on one level of a property's type
   * ({@code @NotBlank} in {@code List<@NotBlank String>}), read like a property's own.
   */
  public record ElementConstraints(List<Constraint> constraints) {

    public static final ElementConstraints NONE = new ElementConstraints(List.of());

    public ElementConstraints {
      constraints = List.copyOf(constraints);
    }
  }
}
