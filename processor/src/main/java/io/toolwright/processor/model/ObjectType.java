package io.toolwright.processor.model;

import java.util.List;
import javax.lang.model.type.DeclaredType;

/**
 * A record or bean type the model sends as a JSON object: one {@code $defs} entry in each tool
 * schema that uses it, and one generated {@code read...} method.
 *
 * @param key identifies the type with its type arguments ({@code p.Page<p.Invoice>})
 * @param baseName the def name before collisions are resolved ({@code PageOfInvoice})
 * @param description the type's Javadoc main text, or {@code null}
 * @param properties record components in order, or bean properties in field order
 */
public record ObjectType(
    String key,
    DeclaredType type,
    Kind kind,
    String baseName,
    String description,
    List<Property> properties) {

  public ObjectType {
    properties = List.copyOf(properties);
  }

  /** How the generated code creates a value. */
  public enum Kind {
    /** Through the canonical constructor. */
    RECORD,
    /** Through the public no-argument constructor, then the setters. */
    BEAN
  }
}
