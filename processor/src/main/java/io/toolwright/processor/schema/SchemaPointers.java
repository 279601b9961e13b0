package io.toolwright.processor.schema;

import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Leads a JSON pointer into a tool's canonical schema back to the source element it came from, so
 * that a problem found in the schema is reported where the developer can fix it: {@code
 * /properties/tags/items} at the parameter {@code tags}, {@code /$defs/Invoice/properties/lines} at
 * the record component {@code lines}, anything else at the tool method.
 */
final class SchemaPointers {

  private SchemaPointers() {}

  static Element element(ToolSchema schema, String pointer) {
    List<String> tokens = tokens(pointer);
    if (tokens.size() >= 2 && tokens.get(0).equals("properties")) {
      for (ModelParameter parameter : schema.tool().modelParameters()) {
        if (parameter.property().name().equals(tokens.get(1))) {
          return parameter.element();
        }
      }
    } else if (tokens.size() >= 2 && tokens.get(0).equals("$defs")) {
      ObjectType type = schema.namedTypes().get(tokens.get(1));
      if (type != null) {
        if (tokens.size() >= 4 && tokens.get(2).equals("properties")) {
          for (Property property : type.properties()) {
            if (property.name().equals(tokens.get(3))) {
              return property.element();
            }
          }
        }
        return type.type().asElement();
      }
    }
    return schema.tool().element();
  }

  /** RFC 6901: split on {@code /}, then {@code ~1} is {@code /} and {@code ~0} is {@code ~}. */
  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
