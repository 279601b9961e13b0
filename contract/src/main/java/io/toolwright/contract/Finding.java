package io.toolwright.contract;

/**
 * What the schema walk found at one position, in terms of the set of values the schema describes,
 * before it is judged: {@link SchemaComparator} walks a parameter schema and an output schema the
 * same way and only the kind reported differs. A parameter schema is what the model may send, so
 * fewer values break it; an output schema is what a client may receive, so more values break it.
 */
enum Finding {
  PROPERTY_REMOVED(ChangeKind.PARAMETER_REMOVED, ChangeKind.OUTPUT_PROPERTY_REMOVED),
  PROPERTY_RENAMED(ChangeKind.PARAMETER_RENAMED, ChangeKind.OUTPUT_PROPERTY_RENAMED),
  /** In a result a new property, required or not, only adds to what a client may read. */
  REQUIRED_PROPERTY_ADDED(ChangeKind.REQUIRED_PARAMETER_ADDED, ChangeKind.OUTPUT_PROPERTY_ADDED),
  OPTIONAL_PROPERTY_ADDED(ChangeKind.PARAMETER_ADDED, ChangeKind.OUTPUT_PROPERTY_ADDED),
  MADE_REQUIRED(ChangeKind.PARAMETER_MADE_REQUIRED, ChangeKind.OUTPUT_PROPERTY_MADE_REQUIRED),
  MADE_OPTIONAL(ChangeKind.PARAMETER_MADE_OPTIONAL, ChangeKind.OUTPUT_PROPERTY_MADE_OPTIONAL),
  /** Some types are no longer allowed, none added. */
  FEWER_TYPES(ChangeKind.TYPE_NARROWED, ChangeKind.OUTPUT_TYPE_NARROWED),
  /** Some types are allowed that were not, none lost. */
  MORE_TYPES(ChangeKind.TYPE_WIDENED, ChangeKind.OUTPUT_TYPE_WIDENED),
  /** Types lost and others gained ({@code string} to {@code integer}): breaking on either side. */
  OTHER_TYPES(ChangeKind.TYPE_NARROWED, ChangeKind.OUTPUT_TYPE_WIDENED),
  STRICTER(ChangeKind.CONSTRAINT_TIGHTENED, ChangeKind.OUTPUT_CONSTRAINT_TIGHTENED),
  LOOSER(ChangeKind.CONSTRAINT_LOOSENED, ChangeKind.OUTPUT_CONSTRAINT_LOOSENED),
  /**
   * A keyword changed in a way not shown to be stricter or looser (a new {@code pattern}): taken
   * as the breaking one of the two on either side.
   */
  CHANGED(ChangeKind.CONSTRAINT_TIGHTENED, ChangeKind.OUTPUT_CONSTRAINT_LOOSENED),
  /**
   * {@code additionalProperties} opened. For a result this is the tolerant-reader choice
   * (docs/contract.md): a client reads the properties it knows, as with a new property.
   */
  OPENED(ChangeKind.CONSTRAINT_LOOSENED, ChangeKind.OUTPUT_PROPERTY_ADDED),
  VALUE_REMOVED(ChangeKind.ENUM_VALUE_REMOVED, ChangeKind.OUTPUT_ENUM_VALUE_REMOVED),
  VALUE_ADDED(ChangeKind.ENUM_VALUE_ADDED, ChangeKind.OUTPUT_ENUM_VALUE_ADDED),
  DESCRIBED(ChangeKind.DESCRIPTION_CHANGED, ChangeKind.OUTPUT_DESCRIPTION_CHANGED);

  private final ChangeKind asParameter;
  private final ChangeKind asOutput;

  Finding(ChangeKind asParameter, ChangeKind asOutput) {
    this.asParameter = asParameter;
    this.asOutput = asOutput;
  }

  /** The kind of change this is in a parameter schema, or in an output schema. */
  ChangeKind kind(boolean output) {
    return output ? asOutput : asParameter;
  }
}
