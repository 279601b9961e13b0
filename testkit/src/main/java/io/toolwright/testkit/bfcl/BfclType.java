package io.toolwright.testkit.bfcl;

import java.util.Locale;

/**
 * What a BFCL {@code type} name means, across its Python, Java and JavaScript categories. BFCL's
 * own checker reads {@code any} as a string in every language (Python: {@code "any": str}; Java and
 * JavaScript: a value "in string representation"), so it is a string here too.
 */
public enum BfclType {
  STRING,
  /** Java's {@code char}: a string to BFCL, one UTF-16 unit to Java. */
  CHAR,
  INTEGER,
  NUMBER,
  BOOLEAN,
  ARRAY,
  OBJECT,
  /** A type name BFCL's checker does not know either (the data has {@code ""} once). */
  UNKNOWN;

  public static BfclType of(String name) {
    if (name == null) {
      return UNKNOWN;
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "string", "any" -> STRING;
      case "char" -> CHAR;
      case "integer", "int", "long", "short", "byte" -> INTEGER;
      case "float", "double", "number" -> NUMBER;
      case "boolean" -> BOOLEAN;
      case "array", "arraylist", "tuple", "list" -> ARRAY;
      case "dict", "hashmap", "object", "map" -> OBJECT;
      default -> UNKNOWN;
    };
  }
}
