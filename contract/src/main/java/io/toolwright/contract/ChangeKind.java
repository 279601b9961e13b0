package io.toolwright.contract;

/**
 * Every kind of change {@code toolwright:check} tells apart, with its verdict. The key is stable
 * ({@code [toolwright:<key>]} in messages); docs/contract.md has this table for users.
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
  OUTPUT_SCHEMA_CHANGED("output-schema-changed", Verdict.COMPATIBLE,
      "the output schema changed; not judged yet, read the diff"),
  FINGERPRINT_CHANGED("fingerprint-changed", Verdict.COMPATIBLE,
      "the fingerprint changed with no other change found (examples, or canonical form)");

  private final String key;
  private final Verdict verdict;
  private final String meaning;

  ChangeKind(String key, Verdict verdict, String meaning) {
    this.key = key;
    this.verdict = verdict;
    this.meaning = meaning;
  }

  /** The stable rule key, as in {@code [toolwright:parameter-removed]}. */
  public String key() {
    return key;
  }

  public Verdict verdict() {
    return verdict;
  }

  /** What the change means for a caller, in one sentence. */
  public String meaning() {
    return meaning;
  }
}
