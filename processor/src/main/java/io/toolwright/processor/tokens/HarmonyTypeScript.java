package io.toolwright.processor.tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema as the TypeScript-like type OpenAI's harmony format shows a model for a function's
 * parameters ({@code json_schema_to_typescript} in openai/harmony {@code src/encoding.rs}, v0.0.8).
 * The output follows that function rule for rule, quirks included, because the point is to count
 * the tokens a model reads, not to write good TypeScript:
 *
 * <ul>
 *   <li>an object is {@code {\n}, one line per property {@code name: type,} ({@code name?:} when
 *       not in {@code required}), then {@code }}; nested properties are indented four spaces more
 *       and the closing brace with them;
 *   <li>a property's {@code title}, {@code description} and string {@code examples} are {@code //}
 *       comment lines above it, its {@code default} a trailing comment; an object's own {@code
 *       description} is a comment line before its brace, so a described nested object shows its
 *       description twice;
 *   <li>{@code integer} and {@code number} are {@code number}; a string {@code enum} is a union of
 *       quoted values; an array is {@code T[]} ({@code Array<any>} without {@code items}); a type
 *       array is the union of its names; {@code nullable: true} appends {@code | null};
 *   <li>{@code oneOf} is a union with one {@code | variant} line per member;
 *   <li>everything else, constraint keywords included ({@code minimum}, {@code maxLength}, {@code
 *       pattern}, {@code format}...), is not shown, and a schema without a type it knows is {@code
 *       any}.
 * </ul>
 *
 * <p>Harmony reads OpenAPI-style schemas; {@link HarmonySchemaRewriter} first turns the 2020-12
 * idioms it has no rule for ({@code $ref}, {@code anyOf}, {@code ["T","null"]}) into ones it has.
 */
final class HarmonyTypeScript {

  private static final String NESTED_INDENT = "    ";
  private static final String VARIANT_INDENT = "   ";

  private HarmonyTypeScript() {}

  static String of(JsonNode schema, String indent) {
    JsonNode oneOf = schema.get("oneOf");
    if (oneOf != null && oneOf.isArray()) {
      return union(oneOf, indent);
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode name : type.values()) {
        if (name.isString()) {
          names.add(name.stringValue().equals("integer") ? "number" : name.stringValue());
        }
      }
      if (!names.isEmpty()) {
        return String.join(" | ", names);
      }
    }
    if (type == null || !type.isString()) {
      return "any";
    }
    switch (type.stringValue()) {
      case "object":
        return object(schema, indent);
      case "string":
        return string(schema);
      case "number":
      case "integer":
        return "number";
      case "boolean":
        return "boolean";
      case "array":
        JsonNode items = schema.get("items");
        return items == null ? "Array<any>" : of(items, indent) + "[]";
      default:
        return "any";
    }
  }

  /** {@code oneOf} where it is not a property's own: each member on a line of its own. */
  private static String union(JsonNode members, String indent) {
    StringBuilder out = new StringBuilder();
    for (JsonNode member : members.values()) {
      out.append('\n')
          .append(indent)
          .append(" | ")
          .append(nullable(member, indent + VARIANT_INDENT));
      List<String> comments = new ArrayList<>();
      stringField(member, "description").ifPresent(comments::add);
      JsonNode fallback = member.get("default");
      if (fallback != null) {
        comments.add(
            fallback.isString() && !isEnum(member)
                ? "default: \"" + fallback.stringValue() + "\""
                : "default: " + Json.compact(fallback));
      }
      if (!comments.isEmpty()) {
        out.append(" // ").append(String.join(" ", comments));
      }
    }
    return out.toString();
  }

  private static String object(JsonNode schema, String indent) {
    StringBuilder out = new StringBuilder();
    stringField(schema, "description")
        .ifPresent(text -> out.append(indent).append("// ").append(text).append('\n'));
    out.append("{\n");
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject()) {
      Set<String> required = required(schema);
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        property(out, property.getKey(), property.getValue(), required, indent);
      }
    }
    return out.append(indent).append('}').toString();
  }

  private static void property(
      StringBuilder out, String name, JsonNode schema, Set<String> required, String indent) {
    String optional = required.contains(name) ? "" : "?";
    stringField(schema, "title")
        .ifPresent(
            title ->
                out.append(indent)
                    .append("// ")
                    .append(title)
                    .append('\n')
                    .append(indent)
                    .append("//\n"));
    JsonNode oneOf = schema.get("oneOf");
    if (oneOf == null) {
      stringField(schema, "description")
          .ifPresent(text -> out.append(indent).append("// ").append(text).append('\n'));
    }
    examples(out, schema, indent);
    if (oneOf != null && oneOf.isArray()) {
      oneOfProperty(out, name + optional, schema, oneOf, indent);
      return;
    }
    out.append(indent).append(name).append(optional).append(": ");
    out.append(nullable(schema, indent + NESTED_INDENT)).append(',');
    if (oneOf == null && schema.get("default") != null) {
      out.append(" // ").append(defaultComment(schema));
    }
    out.append('\n');
  }

  private static void examples(StringBuilder out, JsonNode schema, String indent) {
    JsonNode examples = schema.get("examples");
    if (examples == null || !examples.isArray() || examples.isEmpty()) {
      return;
    }
    out.append(indent).append("// Examples:\n");
    for (JsonNode example : examples.values()) {
      if (example.isString()) {
        out.append(indent).append("// - \"").append(example.stringValue()).append("\"\n");
      }
    }
  }

  /**
   * A property whose schema is a {@code oneOf}: its description and default above its name, then
   * one {@code | variant // comment} line per member, then a lone comma. The property's description
   * stands for the first member's, and is left out where it repeats it.
   */
  private static void oneOfProperty(
      StringBuilder out, String label, JsonNode schema, JsonNode members, String indent) {
    String description = stringField(schema, "description").orElse(null);
    JsonNode first = members.isEmpty() ? null : members.get(0);
    boolean repeatsFirst =
        description != null
            && first != null
            && description.equals(stringField(first, "description").orElse(null));
    boolean describedAbove = description != null && !repeatsFirst;
    if (describedAbove) {
      out.append(indent).append("// ").append(description).append('\n');
    }
    if (schema.get("default") != null) {
      out.append(indent).append("// ").append(defaultComment(schema)).append('\n');
    }
    out.append(indent).append(label).append(":\n");
    int index = 0;
    for (JsonNode member : members.values()) {
      out.append(indent).append(" | ").append(nullable(member, indent + VARIANT_INDENT));
      List<String> comments = new ArrayList<>();
      if (!(index == 0 && describedAbove)) {
        stringField(member, "description")
            .filter(text -> !text.equals(description))
            .ifPresent(comments::add);
      }
      if (member.get("default") != null) {
        comments.add(defaultComment(member));
      }
      if (!comments.isEmpty()) {
        out.append(" // ").append(String.join(" ", comments));
      }
      out.append('\n');
      index++;
    }
    out.append(indent).append(",\n");
  }

  /** The type, with {@code | null} added for {@code nullable: true} unless it already says null. */
  private static String nullable(JsonNode schema, String indent) {
    String type = of(schema, indent);
    JsonNode nullable = schema.get("nullable");
    boolean isNullable = nullable != null && nullable.isBoolean() && nullable.booleanValue();
    return isNullable && !type.contains("null") ? type + " | null" : type;
  }

  /** A string default is quoted, except an enum's, which reads as the bare value. */
  private static String defaultComment(JsonNode schema) {
    JsonNode fallback = schema.get("default");
    if (fallback.isString()) {
      return isEnum(schema)
          ? "default: " + fallback.stringValue()
          : "default: \"" + fallback.stringValue() + "\"";
    }
    return "default: " + Json.compact(fallback);
  }

  private static String string(JsonNode schema) {
    JsonNode values = schema.get("enum");
    List<String> quoted = new ArrayList<>();
    if (values != null && values.isArray()) {
      for (JsonNode value : values.values()) {
        if (value.isString()) {
          quoted.add("\"" + value.stringValue() + "\"");
        }
      }
    }
    return quoted.isEmpty() ? "string" : String.join(" | ", quoted);
  }

  private static boolean isEnum(JsonNode schema) {
    JsonNode values = schema.get("enum");
    return values != null && values.isArray() && !values.isEmpty();
  }

  private static Set<String> required(JsonNode schema) {
    Set<String> names = new HashSet<>();
    JsonNode required = schema.get("required");
    if (required != null && required.isArray()) {
      for (JsonNode name : required.values()) {
        if (name.isString()) {
          names.add(name.stringValue());
        }
      }
    }
    return names;
  }

  private static Optional<String> stringField(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }
}
