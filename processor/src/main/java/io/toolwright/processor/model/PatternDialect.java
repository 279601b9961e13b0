package io.toolwright.processor.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a {@code @Pattern} regular expression means differently, or not at all, once it is a
 * JSON Schema {@code pattern}. Hibernate Validator reads the expression as {@code java.util.regex};
 * a model's JSON Schema tools read it as ECMA-262 (in Unicode mode, as 2020-12 validators compile
 * it). The two agree on a common core: literals, classes, {@code \d}, {@code \w}, groups,
 * lookaround, backreferences, greedy and lazy quantifiers, general categories such as {@code
 * \p{Lu}}. Everything else this finds, each with the portable form where there is one, so the
 * build can say what to write instead.
 *
 * <p>Not reported, because they differ only on rare input: Java's {@code .} also excludes U+0085,
 * and its {@code $} also matches before a final line terminator (which matters only when
 * something follows the {@code $}).
 */
public final class PatternDialect {

  /**
   * A construct read differently by the two dialects.
   *
   * @param construct the construct as written, e.g. {@code (?i)}
   * @param index where it starts in the expression
   * @param fix what to write instead, or what to do
   */
  public record Difference(String construct, int index, String fix) {}

  /** Characters ECMA-262 lets a backslash escape in Unicode mode, outside a class. */
  private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|/";

  /** General categories, the one form of {@code \p{...}} both dialects read the same way. */
  private static final Set<String> GENERAL_CATEGORIES =
      Set.of(
          "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P",
          "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl",
          "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn", "ASCII");

  /** Java's POSIX classes are ASCII-only; ECMA-262 reads some names as Unicode properties. */
  private static final Map<String, String> POSIX =
      Map.ofEntries(
          Map.entry("Lower", "[a-z]"),
          Map.entry("Upper", "[A-Z]"),
          Map.entry("Alpha", "[A-Za-z]"),
          Map.entry("Digit", "[0-9]"),
          Map.entry("Alnum", "[A-Za-z0-9]"),
          Map.entry("Punct", "[!-\\/:-@\\[-`{-~]"),
          Map.entry("Graph", "[!-~]"),
          Map.entry("Print", "[ -~]"),
          Map.entry("Blank", "[ \\t]"),
          Map.entry("Cntrl", "[\\x00-\\x1F\\x7F]"),
          Map.entry("XDigit", "[0-9A-Fa-f]"),
          Map.entry("Space", "[ \\t\\n\\x0B\\f\\r]"));

  private static final String JAVA_SPACE = " \\t\\n\\x0B\\f\\r";

  private final String regexp;

  private PatternDialect(String regexp) {
    this.regexp = regexp;
  }

  /** The first construct of {@code regexp} (valid Java) that ECMA-262 reads differently. */
  public static Optional<Difference> firstDifference(String regexp) {
    return Optional.ofNullable(new PatternDialect(regexp).scan());
  }

  /** How many capturing groups {@code regexp} has. */
  public static int capturingGroups(String regexp) {
    return Pattern.compile(regexp).matcher("").groupCount();
  }

  /**
   * {@code regexp} with every numbered backreference {@code \n} raised by {@code offset}, for
   * when it follows another expression's groups in one combined pattern.
   */
  public static String shiftBackreferences(String regexp, int offset) {
    StringBuilder shifted = new StringBuilder();
    boolean inClass = false;
    int i = 0;
    while (i < regexp.length()) {
      char c = regexp.charAt(i);
      if (c == '\\' && i + 1 < regexp.length()) {
        char next = regexp.charAt(i + 1);
        if (!inClass && next >= '1' && next <= '9') {
          int end = i + 1;
          while (end < regexp.length() && Character.isDigit(regexp.charAt(end))) {
            end++;
          }
          shifted.append('\\').append(Integer.parseInt(regexp.substring(i + 1, end)) + offset);
          i = end;
          continue;
        }
        shifted.append(c).append(next);
        i += 2;
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      shifted.append(c);
      i++;
    }
    return shifted.toString();
  }

  private Difference scan() {
    boolean inClass = false;
    int i = 0;
    while (i < regexp.length()) {
      char c = regexp.charAt(i);
      if (c == '\\') {
        Difference escape = escape(i, inClass);
        if (escape != null) {
          return escape;
        }
        i = afterEscape(i);
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return new Difference(
              "[", i, "a nested class is a union in Java only; list the characters in one class");
        }
        if (c == '&' && at(i + 1) == '&') {
          return new Difference(
              "&&", i, "class intersection exists in Java only; list the remaining characters");
        }
        if (c == ']') {
          inClass = false;
        }
        i++;
        continue;
      }
      switch (c) {
        case '[' -> {
          inClass = true;
          int first = at(i + 1) == '^' ? i + 2 : i + 1;
          if (at(first) == ']') {
            return new Difference(
                regexp.substring(i, first + 1),
                i,
                "a ']' first in a class is a literal in Java and ends the class in ECMA-262;"
                    + " escape it as \\]");
          }
          i = first;
        }
        case '(' -> {
          Difference group = group(i);
          if (group != null) {
            return group;
          }
          i++;
        }
        case '*', '+', '?' -> {
          if (at(i + 1) == '+') {
            return possessive(i, i + 2);
          }
          i++;
        }
        case '{' -> {
          int end = regexp.indexOf('}', i);
          if (end > 0 && at(end + 1) == '+') {
            return possessive(i, end + 2);
          }
          i = end > 0 ? end + 1 : i + 1;
        }
        case ']', '}' -> {
          return new Difference(
              String.valueOf(c), i, "ECMA-262 rejects a lone " + c + "; escape it as \\" + c);
        }
        default -> i++;
      }
    }
    return null;
  }

  private Difference possessive(int start, int end) {
    String quantifier = regexp.substring(start, end);
    return new Difference(
        quantifier,
        start,
        "possessive quantifiers exist in Java only; write "
            + quantifier.substring(0, quantifier.length() - 1)
            + " (which may backtrack)");
  }

  /** Inline flags and atomic groups; other group forms are read alike. */
  private Difference group(int start) {
    if (at(start + 1) != '?') {
      return null;
    }
    char kind = at(start + 2);
    if (kind == ':' || kind == '=' || kind == '!') {
      return null;
    }
    if (kind == '<') {
      return null; // lookbehind, or a named group: Java's names are valid ECMA-262 names
    }
    if (kind == '>') {
      return new Difference(
          "(?>", start, "atomic groups exist in Java only; use a plain group (?:...)");
    }
    int end = start + 2;
    while (end < regexp.length() && regexp.charAt(end) != ')' && regexp.charAt(end) != ':') {
      end++;
    }
    return new Difference(
        regexp.substring(start, Math.min(end + 1, regexp.length())),
        start,
        "inline flags are not part of JSON Schema patterns; spell the cases out, e.g. [Aa]"
            + " for (?i)a");
  }

  /** The escape at {@code start} when ECMA-262 reads it differently, else {@code null}. */
  private Difference escape(int start, boolean inClass) {
    char c = at(start + 1);
    String construct = regexp.substring(start, Math.min(start + 2, regexp.length()));
    return switch (c) {
      case 'Q' -> quoted(start);
      case 'A', 'z', 'Z', 'G' ->
          new Difference(
              construct,
              start,
              "remove it: @Pattern must match the whole value anyway, and the schema anchors the"
                  + " pattern with ^ and $");
      case 'b', 'B' ->
          inClass
              ? null
              : new Difference(
                  construct,
                  start,
                  "Java's word boundary counts non-ASCII letters as word characters, ECMA-262's"
                      + " does not; write the boundary with an explicit class such as"
                      + " [A-Za-z0-9_]");
      case 's' ->
          new Difference(
              construct,
              start,
              "\\s is ASCII whitespace in Java and Unicode whitespace in ECMA-262; write "
                  + (inClass ? JAVA_SPACE + " in the class" : "[" + JAVA_SPACE + "]"));
      case 'S' ->
          new Difference(
              construct,
              start,
              "\\S differs like \\s; write "
                  + (inClass ? "the characters instead" : "[^" + JAVA_SPACE + "]"));
      case 'h' ->
          new Difference(
              construct,
              start,
              "\\h exists in Java only; write [ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F"
                  + "\\u3000]");
      case 'v' ->
          new Difference(
              construct,
              start,
              "\\v is vertical whitespace in Java and only U+000B in ECMA-262; write"
                  + " [\\n\\x0B\\f\\r\\x85\\u2028\\u2029]");
      case 'R' ->
          new Difference(
              construct,
              start,
              "\\R exists in Java only; write (?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])");
      case 'H', 'V', 'X' ->
          new Difference(construct, start, construct + " exists in Java only; list the characters");
      case 'e' -> new Difference(construct, start, "write \\x1B");
      case 'a' -> new Difference(construct, start, "write \\x07");
      case '0' -> octal(start);
      case 'x' -> at(start + 2) == '{' ? hexInBraces(start) : null;
      case 'N' ->
          new Difference(
              regexp.substring(start, braced(start + 2)),
              start,
              "named characters exist in Java only; write the character, or \\uHHHH");
      case 'p', 'P' -> property(start, c);
      default -> {
        if (Character.isLetterOrDigit(c)) {
          yield null; // \d \w \t \n \1 \k<name> \cX, hex escapes...: read alike
        }
        boolean allowed = SYNTAX_CHARACTERS.indexOf(c) >= 0 || inClass && c == '-';
        yield allowed
            ? null
            : new Difference(
                construct,
                start,
                "ECMA-262 rejects escaping '" + c + "' (in Unicode mode); write " + c
                    + " without the backslash");
      }
    };
  }

  private Difference quoted(int start) {
    int end = regexp.indexOf("\\E", start + 2);
    String text = regexp.substring(start + 2, end < 0 ? regexp.length() : end);
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (SYNTAX_CHARACTERS.indexOf(c) >= 0 || c == '-') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return new Difference(
        regexp.substring(start, end < 0 ? regexp.length() : end + 2),
        start,
        "\\Q...\\E exists in Java only; escape the characters instead: " + escaped);
  }

  private Difference octal(int start) {
    int end = start + 2;
    while (end < regexp.length() && end < start + 5 && regexp.charAt(end) >= '0'
        && regexp.charAt(end) <= '7') {
      end++;
    }
    String digits = regexp.substring(start + 2, end);
    String fix =
        digits.isEmpty()
            ? "write \\x00"
            : String.format(Locale.ROOT, "write \\x%02X", Integer.parseInt(digits, 8));
    return new Difference(regexp.substring(start, end), start, "Java reads \\0 as octal; " + fix);
  }

  private Difference hexInBraces(int start) {
    int end = braced(start + 2);
    String construct = regexp.substring(start, end);
    String hex = construct.substring(3, construct.length() - 1);
    int codePoint = Integer.parseInt(hex, 16);
    String fix =
        codePoint <= 0xFFFF
            ? String.format(Locale.ROOT, "write \\u%04X", codePoint)
            : "write the character itself";
    return new Difference(construct, start, "\\x{...} exists in Java only; " + fix);
  }

  private Difference property(int start, char p) {
    if (at(start + 2) != '{') {
      String construct = regexp.substring(start, Math.min(start + 3, regexp.length()));
      return new Difference(
          construct, start, "ECMA-262 needs braces: write \\" + p + "{" + at(start + 2) + "}");
    }
    int end = braced(start + 2);
    String construct = regexp.substring(start, end);
    String name = construct.substring(3, construct.length() - 1);
    if (GENERAL_CATEGORIES.contains(name)) {
      return null;
    }
    String posix = POSIX.get(name);
    if (posix != null) {
      String fix = p == 'p' ? posix : posix.replaceFirst("^\\[", "[^");
      return new Difference(
          construct,
          start,
          "Java's \\p{" + name + "} is ASCII-only, ECMA-262's is Unicode or unknown; write " + fix);
    }
    return new Difference(
        construct,
        start,
        "ECMA-262 does not read \\p{"
            + name
            + "} as Java does; use a general category such as \\p{Lu} or \\p{L}, or list the"
            + " characters");
  }

  /** The index after the {@code {...}} starting at {@code open}. */
  private int braced(int open) {
    int close = regexp.indexOf('}', open);
    return close < 0 ? regexp.length() : close + 1;
  }

  private int afterEscape(int start) {
    char c = at(start + 1);
    if ((c == 'p' || c == 'P' || c == 'x' || c == 'N') && at(start + 2) == '{') {
      return braced(start + 2);
    }
    return start + 2;
  }

  private char at(int index) {
    return index < regexp.length() ? regexp.charAt(index) : '\0';
  }
}
