package io.toolwright.testkit.bfcl;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * BFCL function names to tool names every provider accepts ({@code ^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$};
 * OpenAI and Anthropic reject the dots 41% of BFCL's names have): each character outside {@code
 * [a-zA-Z0-9_-]} becomes {@code _}, as BFCL itself does for such providers, a leading digit or
 * hyphen gets a {@code _} before it, the name is cut at 64 characters, and where two BFCL names
 * would map to one tool name, the later one in sorted order gets {@code _2}, {@code _3}... So the
 * mapping is one to one, and the same for the same set of names whatever their order.
 */
public final class ToolNameMap {

  private static final int MAX = 64;

  private final Map<String, String> toolNames = new LinkedHashMap<>();
  private final Map<String, String> bfclNames = new LinkedHashMap<>();

  public ToolNameMap(Collection<String> names) {
    Set<String> taken = new HashSet<>();
    for (String name : new TreeSet<>(names)) {
      String base = sanitize(name);
      String candidate = base;
      for (int n = 2; !taken.add(candidate); n++) {
        String suffix = "_" + n;
        candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
      }
      toolNames.put(name, candidate);
      bfclNames.put(candidate, name);
    }
  }

  /** The tool name for a BFCL name given to the constructor. */
  public String toolName(String bfclName) {
    String name = toolNames.get(bfclName);
    if (name == null) {
      throw new IllegalArgumentException("not a BFCL name of this map: " + bfclName);
    }
    return name;
  }

  /** The BFCL name a tool name stands for, to report results by BFCL name. */
  public String bfclName(String toolName) {
    return bfclNames.get(toolName);
  }

  /** How many names changed in mapping (dots and the like). */
  public long changed() {
    return toolNames.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
  }

  static String sanitize(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '_'
              || c == '-';
      out.append(allowed ? c : '_');
    }
    if (out.length() == 0 || !(Character.isLetter(out.charAt(0)) || out.charAt(0) == '_')) {
      out.insert(0, '_');
    }
    return out.length() > MAX ? out.substring(0, MAX) : out.toString();
  }
}
