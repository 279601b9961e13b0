package io.toolwright.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One position of a canonical schema as a caller sees it: local {@code $ref}s followed, and the
 * processor's nullable idioms ({@code "type": ["T", "null"]}, {@code anyOf: [S, {"type": "null"}]})
 * read as "S, or null", so that a comparison sees types and keywords instead of spellings.
 *
 * @param node the schema with its keywords (the referenced or single non-null branch)
 * @param description the description at the position, the outer one first
 * @param types the JSON types accepted, {@code "null"} included when null is; empty means any
 * @param branches the members of a remaining union of two or more non-null schemas, else empty
 * @param nullable whether null is accepted: {@code "null"} in {@code types}, or a null member of a
 *     union of {@code branches}
 */
record SchemaView(JsonNode node, String description, Set<String> types, List<JsonNode> branches, boolean nullable) {

  static SchemaView of(JsonNode schema, JsonNode root) {
    JsonNode node = resolve(schema, root);
    String description = schema.path("description").asString(node.path("description").asString(""));
    boolean nullable = false;
    List<JsonNode> branches = new ArrayList<>();
    JsonNode union = node.has("anyOf") ? node.get("anyOf") : node.get("oneOf");
    if (union != null && union.isArray()) {
      for (JsonNode member : union) {
        JsonNode resolved = resolve(member, root);
        if (isNullOnly(resolved)) {
          nullable = true;
        } else {
          branches.add(member);
        }
      }
      if (branches.size() == 1) {
        SchemaView inner = of(branches.get(0), root);
        Set<String> types = new LinkedHashSet<>(inner.types());
        if (nullable && !types.isEmpty()) {
          types.add("null");
        }
        String outer = description.isEmpty() ? inner.description() : description;
        return new SchemaView(inner.node(), outer, types, inner.branches(), types.contains("null") || inner.nullable());
      }
    }
    Set<String> types = new LinkedHashSet<>(typesOf(node));
    if (nullable && !types.isEmpty()) {
      types.add("null");
    }
    boolean several = branches.size() > 1;
    return new SchemaView(node, description, types, several ? branches : List.of(),
        types.contains("null") || (several && nullable));
  }

  /** Follows {@code #/...} references (the processor writes {@code #/$defs/Name}) to their target. */
  static JsonNode resolve(JsonNode schema, JsonNode root) {
    JsonNode node = schema;
    Set<String> seen = new HashSet<>();
    while (node.isObject() && node.has("$ref")) {
      String ref = node.get("$ref").asString("");
      if (!ref.startsWith("#") || !seen.add(ref)) {
        return node;
      }
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        return node;
      }
      node = target;
    }
    return node;
  }

  private static boolean isNullOnly(JsonNode schema) {
    Set<String> types = typesOf(schema);
    return types.size() == 1 && types.contains("null");
  }

  static Set<String> typesOf(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.get("type");
    if (type != null && type.isString()) {
      types.add(type.stringValue());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asString()));
    }
    return types;
  }

  /** Whether values of {@code type} are all accepted by {@code accepted} (an integer is a number). */
  static boolean accepts(Set<String> accepted, String type) {
    return accepted.isEmpty()
        || accepted.contains(type)
        || (type.equals("integer") && accepted.contains("number"));
  }
}
