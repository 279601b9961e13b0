package io.toolwright.contract;

/** A tool's effect as the processor writes it, ordered from the least to the most dangerous. */
public enum Effect {
  READ_ONLY,
  WRITE,
  DESTRUCTIVE;

  /** Reads the resource's spelling; a misspelt effect is a broken resource, not a default. */
  static Effect parse(String text, String where) {
    for (Effect effect : values()) {
      if (effect.name().equals(text)) {
        return effect;
      }
    }
    throw new ContractFormatException(where + ": unknown effect \"" + text
        + "\"; expected READ_ONLY, WRITE or DESTRUCTIVE");
  }

  boolean moreDangerousThan(Effect other) {
    return ordinal() > other.ordinal();
  }
}
