package io.toolwright.testkit.bfcl;

import java.util.List;

/** The Java type a BFCL type is mapped to. */
public sealed interface JavaType {

  /**
   * {@code String}, {@code long}, {@code double}, {@code boolean}, {@code char}, {@code LocalDate}.
   */
  record Scalar(Kind kind) implements JavaType {}

  enum Kind {
    STRING("String", "String"),
    LONG("long", "Long"),
    DOUBLE("double", "Double"),
    BOOLEAN("boolean", "Boolean"),
    CHAR("char", "Character"),
    /** A string with {@code format: date}. */
    DATE("LocalDate", "LocalDate");

    final String required;
    final String boxed;

    Kind(String required, String boxed) {
      this.required = required;
      this.boxed = boxed;
    }
  }

  /** {@code List<T>}: a BFCL array, tuple, Java {@code Array} or {@code ArrayList}. */
  record ListOf(JavaType items) implements JavaType {}

  /**
   * A Java enum nested in the tool's class, for an enum on array items ({@code @Enum} applies to a
   * parameter or component, not to a type argument); its constants are the values.
   */
  record EnumOf(String name, List<String> constants) implements JavaType {}

  /** A record nested in the tool's class: a BFCL dict that declares its properties. */
  record RecordOf(String name, List<JavaParameter> components) implements JavaType {}
}
