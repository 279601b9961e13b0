package io.toolwright.schema.dialect;

/**
 * Counts taken while a schema is written, for the limits that apply to a whole schema (OpenAI
 * strict's sizes) or a whole request (Anthropic strict's budget).
 */
final class SchemaStats {
  /** Properties of all objects. */
  int properties;

  /** Properties not in their object's {@code required}. */
  int optionals;

  /** Schemas written as a union: {@code anyOf} or a type array. */
  int unions;

  /** Enum values, {@code null} included. */
  int enumValues;

  /** Characters of property names, definition names, enum and const values. */
  int nameChars;

  /** The deepest object nesting; the root object is level 1. */
  int depth;

  /** Where {@link #depth} was first exceeded beyond the limit, or {@code null}. */
  String tooDeep;

  /** A string enum of more than 250 values longer than 15,000 characters, or {@code null}. */
  String longEnum;
}
