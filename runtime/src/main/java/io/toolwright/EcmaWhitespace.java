package io.toolwright;

/**
 * White space as ECMA-262 defines it for the regular expression class {@code \s}, which JSON Schema
 * patterns use: the WhiteSpace code points (TAB, VT, FF, SP, NBSP, ZWNBSP U+FEFF and every Unicode
 * "Zs" space separator) and the LineTerminator code points (LF, CR, U+2028, U+2029). Java's
 * {@code Character.isWhitespace} and {@code String.isBlank()} draw another line: they exclude the
 * no-break spaces and U+FEFF, and include U+001C to U+001F.
 *
 * <p>Not part of the API: public only so that {@code io.toolwright.dispatch.ConstraintChecks},
 * which generated code calls, and Bean Validation's {@code @NotBlank} draw the line in this one
 * place.
 */
public final class EcmaWhitespace {

  private EcmaWhitespace() {}

  public static boolean isWhitespace(char c) {
    switch (c) {
      case '\t', '\u000B', '\f', '\uFEFF', '\n', '\r', '\u2028', '\u2029':
        return true;
      default:
        return Character.getType(c) == Character.SPACE_SEPARATOR;
    }
  }

  /**
   * Whether the text holds a character that is not white space, as pattern {@code \S} finds one;
   * {@code false} for {@code null}. Every ECMA white space is in the Basic Multilingual Plane, so
   * surrogates, each half of a character outside it, count as text.
   */
  public static boolean hasNonWhitespace(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
