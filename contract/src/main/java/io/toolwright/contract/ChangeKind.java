package io.toolwright.contract;

/**
 * Every kind of change {@code toolwright:check} tells apart, with its verdict. The key is stable
 * ({@code [toolwright:<key>]} in messages); docs/contract.md has this table for users.
 *
 * <p>Parameters are judged from the side of the model that sends them (may a call valid before be
 * rejected?), output schemas from the side of the client that reads results (may a result hold
 * what the client was not told to expect?): the same change has opposite verdicts on the two sides.
 */
public enum ChangeKind {
  TOOL_REMOVED("tool-removed", Verdict.BREAKING,
      "the tool is gone; a model or client that calls it gets an unknown-tool error"),
  TOOL_RENAMED("tool-renamed", Verdict.BREAKING,
      "the tool has a new name with the same parameters; callers of the old name get an unknown-tool error"),
  TOOL_RETIRED("tool-retired", Verdict.BREAKING,
      "removed on purpose with @RetiredTool; old clients get RETIRED_TOOL naming the replacement"),
  PARAMETER_REMOVED("parameter-removed", Verdict.BREAKING,
      "the parameter is gone; a call that sends it is now rejected or loses it"),
  PARAMETER_RENAMED("parameter-renamed", Verdict.BREAKING,
      "the parameter has a new name with the same schema; a call that sends the old name is rejected"),
  REQUIRED_PARAMETER_ADDED("required-parameter-added", Verdict.BREAKING,
      "a new parameter is required; a call written before it is rejected"),
  PARAMETER_MADE_REQUIRED("parameter-made-required", Verdict.BREAKING,
      "an optional parameter is now required; a call that leaves it out is rejected"),
  TYPE_NARROWED("type-narrowed", Verdict.BREAKING,
      "the parameter accepts fewer types (or no longer null); a call with the old type is rejected"),
  CONSTRAINT_TIGHTENED("constraint-tightened", Verdict.BREAKING,
      "a constraint is new or stricter; a value valid before may now be rejected"),
  ENUM_VALUE_REMOVED("enum-value-removed", Verdict.BREAKING,
      "an allowed value is gone; a call that sends it is rejected"),
  EFFECT_ESCALATED("effect-escalated", Verdict.BREAKING,
      "the tool is more dangerous than callers were told (read-only to write, write to destructive);"
          + " parallelism, retries and approvals change"),
  IDEMPOTENCY_DROPPED("idempotency-dropped", Verdict.BREAKING,
      "the tool is no longer idempotent; a client that retries it may now repeat its effect"),
  OUTPUT_SCHEMA_REMOVED("output-schema-removed", Verdict.BREAKING,
      "the tool no longer declares its result; a client that reads structured results loses them"),
  OUTPUT_PROPERTY_REMOVED("output-property-removed", Verdict.BREAKING,
      "a result property is gone; a client that reads it finds nothing", true),
  OUTPUT_PROPERTY_RENAMED("output-property-renamed", Verdict.BREAKING,
      "a result property has a new name; a client that reads the old name finds nothing", true),
  OUTPUT_PROPERTY_MADE_OPTIONAL("output-property-made-optional", Verdict.BREAKING,
      "a result property that was always there may now be missing", true),
  OUTPUT_TYPE_WIDENED("output-type-widened", Verdict.BREAKING,
      "a result value may now be of a type (or null) a client was not told to expect", true),
  OUTPUT_ENUM_VALUE_ADDED("output-enum-value-added", Verdict.BREAKING,
      "a result may hold a value a client does not know", true),
  OUTPUT_CONSTRAINT_LOOSENED("output-constraint-loosened", Verdict.BREAKING,
      "a result value may now break a promise a client relied on (a bound, a pattern, a format)", true),

  TOOL_ADDED("tool-added", Verdict.COMPATIBLE, "a new tool"),
  PARAMETER_ADDED("parameter-added", Verdict.COMPATIBLE, "a new optional parameter"),
  PARAMETER_MADE_OPTIONAL("parameter-made-optional", Verdict.COMPATIBLE, "a required parameter is now optional"),
  TYPE_WIDENED("type-widened", Verdict.COMPATIBLE, "the parameter accepts more types"),
  CONSTRAINT_LOOSENED("constraint-loosened", Verdict.COMPATIBLE, "a constraint is gone or looser"),
  ENUM_VALUE_ADDED("enum-value-added", Verdict.COMPATIBLE, "a new allowed value"),
  EFFECT_RELAXED("effect-relaxed", Verdict.COMPATIBLE, "the tool is less dangerous than before"),
  IDEMPOTENCY_ADDED("idempotency-added", Verdict.COMPATIBLE, "the tool is now idempotent"),
  DESCRIPTION_CHANGED("description-changed", Verdict.COMPATIBLE,
      "a description changed: calls stay valid, but read it, since the model's choices follow it"),
  OUTPUT_SCHEMA_ADDED("output-schema-added", Verdict.COMPATIBLE, "the tool now declares its result"),
  OUTPUT_PROPERTY_ADDED("output-property-added", Verdict.COMPATIBLE,
      "the result may carry more; a client reads the properties it knows", true),
  OUTPUT_PROPERTY_MADE_REQUIRED("output-property-made-required", Verdict.COMPATIBLE,
      "a result property is now always there", true),
  OUTPUT_TYPE_NARROWED("output-type-narrowed", Verdict.COMPATIBLE,
      "a result value has fewer possible types; each is one a client already handles", true),
  OUTPUT_ENUM_VALUE_REMOVED("output-enum-value-removed", Verdict.COMPATIBLE,
      "a result no longer holds one of its values; the others are as before", true),
  OUTPUT_CONSTRAINT_TIGHTENED("output-constraint-tightened", Verdict.COMPATIBLE,
      "a result value promises more than before", true),
  OUTPUT_DESCRIPTION_CHANGED("output-description-changed", Verdict.COMPATIBLE,
      "a result property's description changed; read it", true),
  FINGERPRINT_CHANGED("fingerprint-changed", Verdict.COMPATIBLE,
      "the fingerprint changed with no other change found (examples, or canonical form)");

  private final String key;
  private final Verdict verdict;
  private final String meaning;
  private final boolean inOutput;

  ChangeKind(String key, Verdict verdict, String meaning) {
    this(key, verdict, meaning, false);
  }

  ChangeKind(String key, Verdict verdict, String meaning, boolean inOutput) {
    this.key = key;
    this.verdict = verdict;
    this.meaning = meaning;
    this.inOutput = inOutput;
  }

  /** The stable rule key, as in {@code [toolwright:parameter-removed]}. */
  public String key() {
    return key;
  }

  public Verdict verdict() {
    return verdict;
  }

  /**
   * Whether the change is at a position of the output schema (its {@link Change#pointer()} points
   * into the result), judged from the side of the client that reads results.
   */
  public boolean inOutput() {
    return inOutput;
  }

  /** What the change means for a caller, in one sentence. */
  public String meaning() {
    return meaning;
  }
}
