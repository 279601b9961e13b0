package io.toolwright.processor.diagnostics;

import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * How a rule is reported: as an error (nothing is written for the class), a warning, a note, or not
 * at all.
 */
public enum Severity {
  ERROR(Diagnostic.Kind.ERROR),
  WARNING(Diagnostic.Kind.WARNING),
  NOTE(Diagnostic.Kind.NOTE),
  IGNORE(null);

  private final Diagnostic.Kind kind;

  Severity(Diagnostic.Kind kind) {
    this.kind = kind;
  }

  /** The javac kind to print with; {@code null} for {@link #IGNORE}. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** As written in options: {@code error}, {@code warning}, {@code note}, {@code ignore}. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The severity an option value names, case-insensitively; {@code off} is {@link #IGNORE}, as
   * issue 7 spells it. Empty for anything else.
   */
  public static Optional<Severity> parse(String value) {
    if (value.trim().equalsIgnoreCase("off")) {
      return Optional.of(IGNORE);
    }
    for (Severity severity : values()) {
      if (severity.optionValue().equalsIgnoreCase(value.trim())) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
