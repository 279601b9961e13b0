package io.toolwright.processor.schema;

import io.toolwright.processor.model.Constraint;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import io.toolwright.processor.model.TypeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The values of an example that carry a constraint JSON Schema cannot show ({@code @Past}, a custom
 * {@code @Constraint}: {@link Constraint.Described}), found by walking the example along the tool's
 * model, as the generated code reads it. A schema-valid example is the input: every value has the
 * shape its property declares.
 */
final class UncheckedConstraints {

  private final TypeCatalog types;
  private final List<String> found = new ArrayList<>();

  private UncheckedConstraints(TypeCatalog types) {
    this.types = types;
  }

  /** {@code /date: Must be in the future}, one entry per constrained value. */
  static List<String> find(ToolMethod tool, TypeCatalog types, JsonNode arguments) {
    UncheckedConstraints walk = new UncheckedConstraints(types);
    List<Property> properties =
        tool.modelParameters().stream().map(ModelParameter::property).toList();
    walk.object(properties, arguments, "");
    return walk.found;
  }

  private void object(List<Property> properties, JsonNode value, String pointer) {
    for (Property property : properties) {
      JsonNode held = value.get(property.name());
      if (held != null && !held.isNull()) {
        property(property, held, pointer + "/" + escape(property.name()));
      }
    }
  }

  private void property(Property property, JsonNode value, String pointer) {
    Shape shape = property.shape();
    int depth = 0;
    List<Constraint> constraints = new ArrayList<>(property.constraints());
    if (shape instanceof OptionalShape optional) {
      shape = optional.value();
      depth = 1;
      constraints.addAll(property.heldAt(1).constraints()); // Optional<@Future LocalDate>
    }
    note(constraints, pointer);
    shape(shape, property, depth, value, pointer);
  }

  /** What {@code shape}, found at {@code depth} along the property's held shapes, holds. */
  private void shape(Shape shape, Property property, int depth, JsonNode value, String pointer) {
    if (shape instanceof ArrayShape array && value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        held(array.items(), property, depth + 1, value.get(i), pointer + "/" + i);
      }
    } else if (shape instanceof MapShape map && value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        held(
            map.values(),
            property,
            depth + 1,
            entry.getValue(),
            pointer + "/" + escape(entry.getKey()));
      }
    } else if (shape instanceof ObjectRef ref && value.isObject()) {
      object(types.get(ref.key()).properties(), value, pointer);
    }
  }

  private void held(Shape shape, Property property, int depth, JsonNode value, String pointer) {
    if (value.isNull()) {
      return;
    }
    note(property.heldAt(depth).constraints(), pointer);
    shape(shape, property, depth, value, pointer);
  }

  private void note(List<Constraint> constraints, String pointer) {
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Described described) {
        String sentence = described.sentence();
        if (sentence.endsWith(".")) {
          sentence = sentence.substring(0, sentence.length() - 1); // the list has its own stops
        }
        found.add(pointer + ": " + sentence);
      }
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
