package io.toolwright.processor.writing;

import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names of everything in one generated class, chosen once so that no two collide: tool {@code
 * find-invoices} and tool {@code find_invoices} both want the constant {@code FIND_INVOICES}.
 */
final class GeneratedNames {

  private final Map<String, String> constants = new HashMap<>();
  private final Map<String, String> argumentClasses = new HashMap<>();
  private final Map<String, String> prepareMethods = new HashMap<>();
  private final Map<String, String> readMethods = new HashMap<>();
  private final Map<String, String> writeMethods = new HashMap<>();
  private final Map<String, String> checkConstants = new HashMap<>();
  private final Set<String> fields = new HashSet<>();
  private final String invokerClass;
  private final String constantsClass;

  GeneratedNames(ToolClass toolClass) {
    fields.add("GENERATED_API_VERSION");
    // A nested class may not share its enclosing class's name.
    Set<String> classes = new HashSet<>(Set.of(toolClass.toolsClassName()));
    invokerClass = unique("Invoker", classes);
    constantsClass = unique("Constants", classes);
    Set<String> methods = new HashSet<>(Set.of("definitions", "bind"));
    for (ToolMethod tool : toolClass.tools()) {
      String camel = upperCamel(tool.name());
      constants.put(
          tool.name(), unique(tool.name().toUpperCase(Locale.ROOT).replace('-', '_'), fields));
      argumentClasses.put(tool.name(), unique(camel + "Arguments", classes));
      prepareMethods.put(tool.name(), unique("prepare" + camel, methods));
    }
    for (ObjectType type : toolClass.types().all()) {
      readMethods.put(type.key(), unique("read" + type.baseName(), methods));
    }
    // Results are read apart (ReturnedType): a type may be written without being read, or be
    // both, under one key.
    for (ToolMethod tool : toolClass.tools()) {
      if (tool.result() != null) {
        for (ObjectType type : tool.result().types().all()) {
          if (!writeMethods.containsKey(type.key())) {
            writeMethods.put(type.key(), unique("write" + type.baseName(), methods));
          }
        }
      }
    }
  }

  /** The {@code ToolDefinition} constant of a tool. */
  String constant(ToolMethod tool) {
    return constants.get(tool.name());
  }

  /** The nested class holding a tool's model-supplied arguments. */
  String argumentsClass(ToolMethod tool) {
    return argumentClasses.get(tool.name());
  }

  /** The nested class that runs every tool of the class, choosing by the tool's index. */
  String invokerClass() {
    return invokerClass;
  }

  /** The nested class holding the compiled checks' constants ({@link #checkConstant}). */
  String constantsClass() {
    return constantsClass;
  }

  /** The static method converting a tool's arguments into a prepared call. */
  String prepareMethod(ToolMethod tool) {
    return prepareMethods.get(tool.name());
  }

  /**
   * The static field of {@link #constantsClass} holding what the {@code index}th compiled check of a tool's parameter compares
   * with (a {@code Pattern}, a {@code BigDecimal}): {@code GET_BALANCE_ACCOUNT_ID}. Chosen on
   * first use, after every tool's constant, so that it never takes a tool's name.
   */
  String checkConstant(ToolMethod tool, String parameter, int index) {
    return checkConstants.computeIfAbsent(
        tool.name() + "/" + parameter + "/" + index,
        key -> unique(constant(tool) + "_" + upperSnake(parameter), fields));
  }

  /** {@code accountId} → {@code ACCOUNT_ID}. */
  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The static method reading a record or bean from JSON. */
  String readMethod(String typeKey) {
    return readMethods.get(typeKey);
  }

  /** The static method writing a returned record as JSON, as Jackson's default mapper would. */
  String writeMethod(String typeKey) {
    return writeMethods.get(typeKey);
  }

  /** {@code find_invoices} → {@code FindInvoices}. */
  static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[_-]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.length() == 0 ? "Tool" : out.toString();
  }

  private static String unique(String wanted, Set<String> used) {
    // "_" alone is a tool name but not a Java identifier.
    String name = SourceVersion.isName(wanted) ? wanted : "TOOL" + wanted;
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
