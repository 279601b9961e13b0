package io.toolwright.processor.schema;

import io.toolwright.processor.model.Constraint;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.ReturnedType;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.Container;
import io.toolwright.processor.model.Shape.EnumShape;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import io.toolwright.processor.model.TypeCatalog;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a tool's parameter schema from its model. Each tool's schema stands alone: its {@code
 * $defs} hold exactly the records and beans it reaches, named in the order it meets them, so adding
 * a tool to a class never changes another tool's schema or fingerprint.
 */
public final class ToolSchemas {

  private final TypeCatalog types;

  /**
   * Whether this derives the schema of a result, which says what every returned value satisfies:
   * scalars as Jackson writes them ({@link ScalarSchemas#ofResult}), and no {@code uniqueItems},
   * since two distinct elements of a {@code Set} may be written as the same JSON.
   */
  private final boolean result;

  /** Catalog key → def name. */
  private final Map<String, String> names = new HashMap<>();

  private final Set<String> usedNames = new HashSet<>();

  /** Def name → schema; reserved with a placeholder first so defs appear in the order met. */
  private final Map<String, JsonSchema> defs = new LinkedHashMap<>();

  private ToolSchemas(TypeCatalog types, boolean result) {
    this.types = types;
    this.result = result;
  }

  /**
   * A tool's root schema with the type behind each of its {@code $defs}.
   *
   * @param namedTypes def name → the record or bean it describes
   */
  public record Derived(ObjectSchema root, Map<String, ObjectType> namedTypes) {}

  /** The root schema of {@code tool}'s arguments object. */
  public static ObjectSchema derive(ToolMethod tool, TypeCatalog types) {
    return deriveNamed(tool, types).root();
  }

  /** The root schema of {@code tool}'s arguments object, and the types its defs name. */
  public static Derived deriveNamed(ToolMethod tool, TypeCatalog types) {
    ToolSchemas schemas = new ToolSchemas(types, false);
    List<Property> properties = new ArrayList<>();
    for (ModelParameter parameter : tool.modelParameters()) {
      properties.add(parameter.property());
    }
    ObjectSchema root = schemas.object(properties).withDefs(schemas.defs);
    Map<String, ObjectType> namedTypes = new LinkedHashMap<>();
    schemas.names.forEach((key, name) -> namedTypes.put(name, types.get(key)));
    return new Derived(root, namedTypes);
  }

  /**
   * The schema of what {@code tool} returns (MCP's {@code outputSchema}), when it has one: the
   * returned record or class itself at the root, with {@code $defs} for the types it holds (and
   * for itself when it holds itself), or a map's object.
   */
  public static Optional<ObjectSchema> deriveResult(ToolMethod tool) {
    ReturnedType returned = tool.result();
    if (returned == null) {
      return Optional.empty();
    }
    ToolSchemas schemas = new ToolSchemas(returned.types(), true);
    ObjectSchema root;
    if (returned.shape() instanceof ObjectRef ref) {
      ObjectType type = returned.types().get(ref.key());
      root = schemas.object(type.properties()).withDescription(type.description());
    } else {
      MapShape map = (MapShape) returned.shape();
      root = ObjectSchema.mapOf(schemas.held(map.values(), null, 1));
    }
    return Optional.of(root.withDefs(schemas.defs));
  }

  private ObjectSchema object(List<Property> properties) {
    Map<String, JsonSchema> schemas = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Property property : properties) {
      schemas.put(property.name(), property(property));
      if (property.required()) {
        required.add(property.name());
      }
    }
    return ObjectSchema.closed(schemas, required);
  }

  private JsonSchema property(Property property) {
    Shape shape = property.shape();
    boolean optional = shape instanceof OptionalShape;
    Shape value = optional ? shape.held() : shape;
    int depth = optional ? 1 : 0;
    List<Constraint> constraints = new ArrayList<>(property.constraints());
    if (optional) {
      constraints.addAll(property.heldAt(1).constraints()); // Optional<@Email String>
    }
    JsonSchema schema = ConstraintKeywords.apply(schema(value, property, depth), constraints);
    String description = property.description();
    if (value instanceof EnumShape enumShape && description != null) {
      // The property's own words first; the values still need explaining.
      description = Descriptions.join(description, Descriptions.values(enumShape));
    } else if (description == null) {
      description = schema.description();
    }
    description = withSentences(description, constraints);
    // Strict providers send null for a property they may leave out, so "not required" must
    // also mean "may be null".
    return schema.withDescription(description).withNullable(!property.required());
  }

  private static String withSentences(String description, List<Constraint> constraints) {
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Described described) {
        description = Descriptions.join(description, described.sentence());
      }
    }
    return description;
  }

  /**
   * The schema of what a container holds, at {@code depth} along the property's {@link
   * Shape#held()}, with the container element constraints written there ({@code List<@NotBlank
   * String>}).
   */
  private JsonSchema held(Shape shape, Property property, int depth) {
    List<Constraint> constraints =
        property == null ? List.of() : property.heldAt(depth).constraints();
    JsonSchema schema = ConstraintKeywords.apply(schema(shape, property, depth), constraints);
    String description = withSentences(schema.description(), constraints);
    return description == null ? schema : schema.withDescription(description);
  }

  /**
   * The schema of {@code shape}, found at {@code depth} along the property's held shapes; {@code
   * property} is {@code null} for what a returned map holds, which has no constraints.
   */
  private JsonSchema schema(Shape shape, Property property, int depth) {
    if (shape instanceof ScalarShape scalar) {
      return result ? ScalarSchemas.ofResult(scalar.scalar()) : ScalarSchemas.of(scalar.scalar());
    }
    if (shape instanceof AllowedStringShape allowed) {
      return new StringSchema(null, false, null, null, null, null, allowed.allowed());
    }
    if (shape instanceof EnumShape enumShape) {
      List<String> constants = enumShape.constants().stream().map(c -> c.name()).toList();
      return new StringSchema(
          Descriptions.ofEnum(enumShape), false, null, null, null, null, constants);
    }
    if (shape instanceof ArrayShape array) {
      return ArraySchema.of(
          held(array.items(), property, depth + 1),
          array.container() == Container.SET && !result);
    }
    if (shape instanceof MapShape map) {
      return ObjectSchema.mapOf(held(map.values(), property, depth + 1));
    }
    if (shape instanceof ObjectRef ref) {
      return RefSchema.to(define(types.get(ref.key())));
    }
    throw new IllegalStateException("Optional is only ever a property's whole type: " + shape);
  }

  /** The def name of {@code type}, deriving its schema the first time. */
  private String define(ObjectType type) {
    String name = names.get(type.key());
    if (name != null) {
      return name;
    }
    name = type.baseName();
    for (int i = 2; usedNames.contains(name); i++) {
      name = type.baseName() + i;
    }
    usedNames.add(name);
    names.put(type.key(), name);
    defs.put(name, null);
    defs.put(name, object(type.properties()).withDescription(type.description()));
    return name;
  }
}
