package io.toolwright.testkit.bfcl;

import java.util.Set;

/** Java identifiers for BFCL names, which may be reserved words or hold characters Java rejects. */
final class JavaNames {

  private static final Set<String> RESERVED =
      Set.of(
          ("abstract assert boolean break byte case catch char class const continue default do"
                  + " double else enum extends final finally float for goto if implements import"
                  + " instanceof int interface long native new package private protected public"
                  + " return short static strictfp super switch synchronized this throw throws"
                  + " transient try void volatile while true false null var yield record sealed"
                  + " permits _")
              .split(" "));

  private JavaNames() {}

  /** {@code name} if it is a Java identifier; else with {@code _} for what is not, or appended. */
  static String identifier(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = i == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c);
      if (ok && c != '$') {
        out.append(c);
      } else if (i == 0 && Character.isDigit(c)) {
        out.append('_').append(c);
      } else {
        out.append('_');
      }
    }
    String id = out.toString();
    return id.isEmpty() || RESERVED.contains(id) ? id + "_" : id;
  }

  /** Whether {@code value} can be the name of an enum constant as it is. */
  static boolean isConstantName(String value) {
    return identifier(value).equals(value);
  }

  /** {@code budget_range} to {@code BudgetRange}. */
  static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : identifier(name).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.length() == 0 ? "Value" : out.toString();
  }
}
