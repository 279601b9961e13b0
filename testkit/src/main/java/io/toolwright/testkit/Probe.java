package io.toolwright.testkit;

import tools.jackson.databind.JsonNode;

/**
 * One argument object generated from a tool's schema, with what it was made to test. Its verdict is
 * not part of it: the {@link SchemaOracle} gives that.
 *
 * @param kind what the probe was made as
 * @param keyword the schema keyword it exercises ({@code type}, {@code maxLength}, ...), or the
 *     instance's name for a whole valid instance
 * @param pointer where in the instance, as a JSON pointer ({@code ""} for the whole object)
 * @param label what was done, in words
 * @param instance the argument object
 */
public record Probe(Kind kind, String keyword, String pointer, String label, JsonNode instance) {

  public enum Kind {
    /** A whole valid instance: the minimal one (required properties only) or the full one. */
    VALID,
    /** A value the schema allows, of a kind that runtimes are known to get wrong. */
    VARIANT,
    /** A value made to break exactly one keyword. */
    MUTATION
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + keyword
        + " at "
        + (pointer.isEmpty() ? "/" : pointer)
        + ": "
        + label;
  }
}
