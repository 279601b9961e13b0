package io.toolwright.contract;

/**
 * One difference between the locked tools and the build's.
 *
 * @param kind what changed, and so the verdict
 * @param tool the tool's name (the locked name, for a removed or renamed tool)
 * @param pointer a JSON Pointer into the tool's parameter schema, through {@code $ref}s as the
 *     caller sees it ({@code /properties/range/properties/from}), or into its output schema when
 *     {@link ChangeKind#inOutput()}; empty for the tool itself
 * @param detail what exactly changed ({@code maxLength 200 -> 100})
 */
public record Change(ChangeKind kind, String tool, String pointer, String detail) {

  public Verdict verdict() {
    return kind.verdict();
  }

  /**
   * {@code [toolwright:type-narrowed] tool get_invoice, parameter /properties/id: detail (meaning)}, or
   * {@code ..., output /properties/total: ...} for a position of the result.
   */
  public String message() {
    StringBuilder text = new StringBuilder("[toolwright:").append(kind.key()).append("] tool ").append(tool);
    if (kind.inOutput()) {
      text.append(", output").append(pointer.isEmpty() ? "" : " " + pointer);
    } else if (!pointer.isEmpty()) {
      text.append(", parameter ").append(pointer);
    }
    return text.append(": ").append(detail).append(" (").append(kind.meaning()).append(')').toString();
  }
}
