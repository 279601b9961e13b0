package io.toolwright.testkit.bfcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The concrete argument objects a ground-truth call stands for. BFCL lists, per parameter, the
 * values it accepts, {@code ""} meaning "may be left out"; and a dict's accepted value lists, per
 * key, the values accepted for that key (BFCL's {@code dict_checker}), also in each dict of an
 * array of dicts ({@code list_dict_checker}). The sets, each a call BFCL's checker accepts:
 *
 * <ol>
 *   <li>{@code first}: every parameter with its first accepted value other than {@code ""}; one
 *       whose only accepted value is {@code ""} left out;
 *   <li>{@code omitting optional}: {@code first} without the parameters {@code ""} is accepted for,
 *       where there are such parameters with other values too;
 *   <li>{@code <param>#<n>}: {@code first} with the parameter's {@code n}th other accepted value,
 *       for every further value (inside a dict only the first is taken).
 * </ol>
 */
public final class GroundTruthArguments {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GroundTruthArguments() {}

  /** One argument object, and which of the sets above it is. */
  public record ArgumentSet(String label, ObjectNode arguments) {}

  public static List<ArgumentSet> of(JsonNode function, JsonNode accepted) {
    JsonNode properties = function.path("parameters").path("properties");
    ObjectNode first = NODES.objectNode();
    ObjectNode omitting = NODES.objectNode();
    boolean omits = false;
    for (var entry : accepted.properties()) {
      List<JsonNode> values = alternatives(entry.getValue());
      if (values.isEmpty()) {
        continue;
      }
      JsonNode value = resolve(values.get(0), properties.get(entry.getKey()));
      first.set(entry.getKey(), value);
      if (mayBeLeftOut(entry.getValue())) {
        omits = true;
      } else {
        omitting.set(entry.getKey(), value);
      }
    }
    List<ArgumentSet> sets = new ArrayList<>();
    sets.add(new ArgumentSet("first", first));
    if (omits) {
      sets.add(new ArgumentSet("omitting optional", omitting));
    }
    for (var entry : accepted.properties()) {
      List<JsonNode> values = alternatives(entry.getValue());
      for (int i = 1; i < values.size(); i++) {
        ObjectNode arguments = first.deepCopy();
        arguments.set(entry.getKey(), resolve(values.get(i), properties.get(entry.getKey())));
        sets.add(new ArgumentSet(entry.getKey() + "#" + (i + 1), arguments));
      }
    }
    return sets;
  }

  /** The accepted values other than {@code ""}; a value that is not a list is the only one. */
  private static List<JsonNode> alternatives(JsonNode accepted) {
    List<JsonNode> values = new ArrayList<>();
    if (!accepted.isArray()) {
      values.add(accepted);
      return values;
    }
    for (JsonNode value : accepted.values()) {
      if (!isLeaveOut(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static boolean mayBeLeftOut(JsonNode accepted) {
    if (!accepted.isArray()) {
      return false;
    }
    for (JsonNode value : accepted.values()) {
      if (isLeaveOut(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeaveOut(JsonNode value) {
    return value.isString() && value.asString().isEmpty();
  }

  /** A dict's accepted value to a concrete dict, guided by the declaration; else as it is. */
  private static JsonNode resolve(JsonNode value, JsonNode declaration) {
    if (declaration == null) {
      return value;
    }
    BfclType type = BfclType.of(declaration.path("type").asString(null));
    if (type == BfclType.OBJECT && value.isObject()) {
      ObjectNode concrete = NODES.objectNode();
      JsonNode properties = declaration.path("properties");
      for (var member : value.properties()) {
        JsonNode memberDeclaration = properties.get(member.getKey());
        if (member.getValue().isArray()) {
          Optional<JsonNode> chosen = alternatives(member.getValue()).stream().findFirst();
          chosen.ifPresent(v -> concrete.set(member.getKey(), resolve(v, memberDeclaration)));
        } else {
          // Not a list of accepted values (the Java category has such literal dicts): as written.
          concrete.set(member.getKey(), member.getValue());
        }
      }
      return concrete;
    }
    JsonNode items = declaration.get("items");
    if (type == BfclType.ARRAY
        && value.isArray()
        && items != null
        && BfclType.of(items.path("type").asString(null)) == BfclType.OBJECT) {
      var array = NODES.arrayNode();
      value.values().forEach(element -> array.add(resolve(element, items)));
      return array;
    }
    return value;
  }
}
