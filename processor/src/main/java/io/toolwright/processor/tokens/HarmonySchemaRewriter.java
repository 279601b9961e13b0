package io.toolwright.processor.tokens;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the JSON Schema 2020-12 idioms that harmony's TypeScript rendering has no rule for into
 * the OpenAPI-style ones it has, so that a model is counted as reading the type and not {@code
 * any}. Harmony shows {@code any} for a {@code $ref} or an {@code anyOf}, and {@code string | null}
 * for {@code "type":["string","null"]} with an {@code enum}, dropping the values; OpenAI's strict
 * mode is built on exactly these idioms, and a hosted model plainly receives the types behind them.
 * These are this project's decisions where harmony is silent; everything harmony does read is left
 * as it is:
 *
 * <ul>
 *   <li>a local {@code $ref} ({@code #}, {@code #/$defs/X}, any JSON pointer into the parameters)
 *       is replaced by the schema it points to, its sibling keywords winning (a property's own
 *       description over the definition's); a reference back into a definition being expanded
 *       (recursion) becomes {@code {}}, which reads as {@code any}; {@code $defs} go;
 *   <li>{@code "type":["T","null"]} becomes {@code "type":"T","nullable":true};
 *   <li>an {@code anyOf} or {@code oneOf} of one schema and {@code {"type":"null"}} becomes that
 *       schema with {@code nullable: true}, the outer keywords winning;
 *   <li>any other {@code anyOf} becomes a {@code oneOf}: to a model both are a union.
 * </ul>
 */
final class HarmonySchemaRewriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Deque<String> expanding = new ArrayDeque<>();

  private HarmonySchemaRewriter(JsonNode root) {
    this.root = root;
  }

  static JsonNode rewrite(JsonNode parameters) {
    HarmonySchemaRewriter rewriter = new HarmonySchemaRewriter(parameters);
    rewriter.expanding.push("#");
    return rewriter.visit(parameters);
  }

  private JsonNode visit(JsonNode schema) {
    if (!schema.isObject()) {
      return schema;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString()) {
      return resolve(ref.stringValue(), (ObjectNode) schema);
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "$defs":
        case "definitions":
          break;
        case "properties":
          out.set(key, value.isObject() ? visitValues((ObjectNode) value) : value);
          break;
        case "items":
          out.set(key, value.isArray() ? visitMembers(value) : visit(value));
          break;
        case "anyOf":
        case "oneOf":
          out.set(key, value.isArray() ? visitMembers(value) : value);
          break;
        default:
          out.set(key, value);
      }
    }
    return foldNull(out);
  }

  private JsonNode resolve(String pointer, ObjectNode reference) {
    JsonNode target =
        pointer.equals("#")
            ? root
            : pointer.startsWith("#/") ? root.at(pointer.substring(1)) : null;
    ObjectNode merged = NODES.objectNode();
    if (target != null && target.isObject() && !expanding.contains(pointer)) {
      expanding.push(pointer);
      JsonNode expanded = visit(target);
      expanding.pop();
      merged.setAll((ObjectNode) expanded);
    }
    for (Map.Entry<String, JsonNode> sibling : reference.properties()) {
      if (!sibling.getKey().equals("$ref")) {
        merged.set(sibling.getKey(), sibling.getValue());
      }
    }
    return visit(merged);
  }

  private ObjectNode foldNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      List<JsonNode> named = withoutNull(type);
      if (named.size() == 1 && named.size() < type.size() && named.get(0).isString()) {
        schema.set("type", named.get(0));
        schema.put("nullable", true);
      }
    }
    for (String union : List.of("anyOf", "oneOf")) {
      JsonNode members = schema.get(union);
      if (members == null || !members.isArray()) {
        continue;
      }
      List<JsonNode> others = new ArrayList<>();
      for (JsonNode member : members.values()) {
        if (!isNullType(member)) {
          others.add(member);
        }
      }
      if (others.size() == 1 && others.size() < members.size() && others.get(0).isObject()) {
        ObjectNode folded = ((ObjectNode) others.get(0)).deepCopy();
        for (Map.Entry<String, JsonNode> outer : schema.properties()) {
          if (!outer.getKey().equals(union)) {
            folded.set(outer.getKey(), outer.getValue());
          }
        }
        folded.put("nullable", true);
        return folded;
      }
    }
    if (schema.has("anyOf") && !schema.has("oneOf")) {
      return renamed(schema, "anyOf", "oneOf");
    }
    return schema;
  }

  private static List<JsonNode> withoutNull(JsonNode types) {
    List<JsonNode> named = new ArrayList<>();
    for (JsonNode type : types.values()) {
      if (!(type.isString() && type.stringValue().equals("null"))) {
        named.add(type);
      }
    }
    return named;
  }

  private static boolean isNullType(JsonNode schema) {
    JsonNode type = schema.get("type");
    return type != null && type.isString() && type.stringValue().equals("null");
  }

  /** The same keywords in the same order, one of them under another name. */
  private static ObjectNode renamed(ObjectNode schema, String from, String to) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      out.set(entry.getKey().equals(from) ? to : entry.getKey(), entry.getValue());
    }
    return out;
  }

  private ObjectNode visitValues(ObjectNode properties) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      out.set(property.getKey(), visit(property.getValue()));
    }
    return out;
  }

  private ArrayNode visitMembers(JsonNode members) {
    ArrayNode out = NODES.arrayNode();
    for (JsonNode member : members.values()) {
      out.add(visit(member));
    }
    return out;
  }
}
