package io.toolwright.testkit.bfcl;

import io.toolwright.testkit.bfcl.JavaType.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps BFCL function declarations to Java sources, one class a function with one {@code @Tool}
 * method, in one package:
 *
 * <ul>
 *   <li>the tool's name from {@link ToolNameMap}; its description as {@code @Tool(description)},
 *       each parameter's as its {@code @param} tag;
 *   <li>{@code string}, {@code String} and {@code any} (a string to BFCL's own checker) as {@code
 *       String}, with {@code format: date} as {@code LocalDate}; {@code integer}, {@code long} as
 *       {@code long} (every integer of the ground truth fits); {@code float}, {@code double} as
 *       {@code double}; {@code boolean}; {@code char}; arrays, tuples, {@code Array} and {@code
 *       ArrayList} as {@code List<T>}; a {@code dict} that declares its properties as a record
 *       nested in the class;
 *   <li>a required parameter as a primitive or plain type, any other as {@code @Nullable} (a
 *       type-use annotation of the package), the processor's convention for "may be left out";
 *   <li>{@code enum} on a string as {@code @Enum}; on array items, which {@code @Enum} cannot
 *       annotate, as a nested Java enum when every value can be a constant's name, else left out (a
 *       note says so: the schema then admits more than BFCL's); {@code minimum} and {@code maximum}
 *       as {@code @Min}/{@code @Max} ({@code @DecimalMin}/{@code @DecimalMax} on {@code double}).
 * </ul>
 *
 * <p>A declaration with a type no Java type the processor accepts can hold is not compilable, with
 * the reason: a {@code dict} without properties, whose values may be anything ({@code Object} and
 * {@code Map<String, Object>} are {@code unsupported-type}), or an unknown type name.
 *
 * <p>The method is {@code void}; with a sink, a static method taking {@code (String tool, Object[]
 * values)}, its body hands the sink the values it received, in parameter order.
 */
public final class BfclJavaMapper {

  private final String packageName;
  private final String sink;

  /**
   * @param sink the qualified name of the static method the tools call with what they received,
   *     such as {@link ReceivedArguments#SINK}; {@code null} for empty bodies
   */
  public BfclJavaMapper(String packageName, String sink) {
    this.packageName = packageName;
    this.sink = sink;
  }

  /**
   * The functions mapped, and the sources every class needs besides its own.
   *
   * @param supportSources qualified name to source text (the package's {@code Nullable})
   */
  public record Mapping(
      List<MappedFunction> functions, ToolNameMap names, Map<String, String> supportSources) {}

  /** Maps {@code functions}, which should be distinct declarations (see {@link #distinct}). */
  public Mapping map(List<JsonNode> functions) {
    Set<String> bfclNames = new LinkedHashSet<>();
    functions.forEach(f -> bfclNames.add(f.get("name").asString()));
    ToolNameMap names = new ToolNameMap(bfclNames);
    List<MappedFunction> mapped = new ArrayList<>();
    for (JsonNode function : functions) {
      mapped.add(map(function, mapped.size(), names));
    }
    return new Mapping(
        List.copyOf(mapped), names, Map.of(packageName + ".Nullable", nullableSource()));
  }

  /** Each declaration once, in first-seen order: records of several categories repeat them. */
  public static List<JsonNode> distinct(List<BfclCorpus.Question> questions) {
    Map<String, JsonNode> distinct = new LinkedHashMap<>();
    for (BfclCorpus.Question question : questions) {
      for (JsonNode function : question.functions()) {
        distinct.putIfAbsent(key(function), function);
      }
    }
    return List.copyOf(distinct.values());
  }

  /** What identifies a declaration: its whole text. */
  public static String key(JsonNode function) {
    return BfclCorpus.JSON.writeValueAsString(function);
  }

  private MappedFunction map(JsonNode function, int index, ToolNameMap names) {
    String name = function.get("name").asString();
    String toolName = names.toolName(name);
    String className = String.format("F%04d_%s", index, JavaNames.identifier(toolName));
    ClassScope scope = new ClassScope(className);
    try {
      List<JavaParameter> parameters = parameters(function.get("parameters"), scope);
      String source =
          new JavaSourceWriter(packageName, sink)
              .write(className, toolName, text(function, "description"), parameters);
      return new MappedFunction(
          function, toolName, className, parameters, source, null, List.copyOf(scope.notes));
    } catch (Unmappable e) {
      return new MappedFunction(
          function, toolName, className, List.of(), null, e.getMessage(), List.copyOf(scope.notes));
    }
  }

  /** Names and notes of one class: nested type names must differ from each other. */
  private static final class ClassScope {
    final Set<String> typeNames = new HashSet<>();
    final List<String> notes = new ArrayList<>();

    ClassScope(String className) {
      typeNames.addAll(
          List.of(
              className,
              "String",
              "Long",
              "Double",
              "Boolean",
              "Character",
              "List",
              "LocalDate",
              "Nullable",
              "Object"));
    }

    String typeName(String base) {
      String name = base;
      for (int n = 2; !typeNames.add(name); n++) {
        name = base + n;
      }
      return name;
    }
  }

  private static final class Unmappable extends Exception {
    Unmappable(String reason) {
      super(reason);
    }
  }

  private List<JavaParameter> parameters(JsonNode dict, ClassScope scope) throws Unmappable {
    Set<String> required = new HashSet<>();
    dict.path("required").values().forEach(r -> required.add(r.asString()));
    Set<String> javaNames = new HashSet<>();
    List<JavaParameter> parameters = new ArrayList<>();
    for (var entry : dict.path("properties").properties()) {
      String bfclName = entry.getKey();
      JsonNode declaration = entry.getValue();
      String javaName = JavaNames.identifier(bfclName);
      for (int n = 2; !javaNames.add(javaName); n++) {
        javaName = JavaNames.identifier(bfclName) + n;
      }
      if (!javaName.equals(bfclName)) {
        scope.notes.add("parameter '" + bfclName + "' is '" + javaName + "' in Java");
      }
      JavaType type = type(declaration, bfclName, scope);
      List<String> enumValues = enumValues(declaration, type, bfclName, scope);
      parameters.add(
          new JavaParameter(
              bfclName,
              javaName,
              type,
              required.contains(bfclName),
              text(declaration, "description"),
              enumValues,
              bound(declaration, "minimum", type, bfclName, scope),
              bound(declaration, "maximum", type, bfclName, scope)));
    }
    return parameters;
  }

  private JavaType type(JsonNode declaration, String name, ClassScope scope) throws Unmappable {
    String typeName = declaration.path("type").asString("");
    return switch (BfclType.of(typeName)) {
      case STRING -> {
        String format = declaration.path("format").asString(null);
        if ("date".equals(format)) {
          yield new JavaType.Scalar(Kind.DATE);
        }
        if (format != null) {
          scope.notes.add("'" + name + "': format '" + format + "' left out");
        }
        yield new JavaType.Scalar(Kind.STRING);
      }
      case CHAR -> new JavaType.Scalar(Kind.CHAR);
      case INTEGER -> new JavaType.Scalar(Kind.LONG);
      case NUMBER -> new JavaType.Scalar(Kind.DOUBLE);
      case BOOLEAN -> new JavaType.Scalar(Kind.BOOLEAN);
      case ARRAY -> {
        JsonNode items = declaration.get("items");
        if (items == null) {
          throw new Unmappable(
              "'" + name + "': " + typeName + " without items, element type unknown");
        }
        yield new JavaType.ListOf(items(items, name, scope));
      }
      case OBJECT -> {
        JsonNode properties = declaration.get("properties");
        if (properties == null || !properties.isObject()) {
          throw new Unmappable(
              "'"
                  + name
                  + "': "
                  + typeName
                  + " without properties: its values may be of any type,"
                  + " and the processor accepts no Java type for that (Object,"
                  + " Map<String, Object>: unsupported-type)");
        }
        String recordName = scope.typeName(JavaNames.upperCamel(name) + "Arg");
        yield new JavaType.RecordOf(recordName, parameters(declaration, scope));
      }
      case UNKNOWN -> throw new Unmappable("'" + name + "': unknown type '" + typeName + "'");
    };
  }

  private JavaType items(JsonNode items, String name, ClassScope scope) throws Unmappable {
    JavaType type = type(items, name + "_item", scope);
    List<String> values = strings(items.get("enum"));
    if (values.isEmpty()) {
      return type;
    }
    if (type instanceof JavaType.Scalar scalar
        && scalar.kind() == Kind.STRING
        && values.stream().allMatch(JavaNames::isConstantName)
        && new HashSet<>(values).size() == values.size()) {
      return new JavaType.EnumOf(scope.typeName(JavaNames.upperCamel(name) + "Value"), values);
    }
    scope.notes.add(
        "'"
            + name
            + "': enum on items left out (values "
            + values
            + " are not all Java names, and @Enum cannot annotate a type argument)");
    return type;
  }

  private static List<String> enumValues(
      JsonNode declaration, JavaType type, String name, ClassScope scope) {
    List<String> values = strings(declaration.get("enum"));
    if (values.isEmpty()) {
      return List.of();
    }
    if (!(type instanceof JavaType.Scalar scalar && scalar.kind() == Kind.STRING)) {
      scope.notes.add("'" + name + "': enum on a non-string type left out");
      return List.of();
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
    if (distinct.size() < values.size()) {
      scope.notes.add("'" + name + "': enum values repeated, listed once");
    }
    return distinct;
  }

  private static String bound(
      JsonNode declaration, String keyword, JavaType type, String name, ClassScope scope) {
    JsonNode bound = declaration.get(keyword);
    if (bound == null) {
      return null;
    }
    boolean number =
        type instanceof JavaType.Scalar s && (s.kind() == Kind.LONG || s.kind() == Kind.DOUBLE);
    if (!bound.isNumber()
        || !number
        || (((JavaType.Scalar) type).kind() == Kind.LONG && !bound.isIntegralNumber())) {
      scope.notes.add("'" + name + "': " + keyword + " " + bound + " left out");
      return null;
    }
    return bound.decimalValue().toPlainString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode value : array.values()) {
        values.add(value.isString() ? value.asString() : value.toString());
      }
    }
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }

  private String nullableSource() {
    return "package "
        + packageName
        + ";\n\n"
        + "import java.lang.annotation.ElementType;\n"
        + "import java.lang.annotation.Retention;\n"
        + "import java.lang.annotation.RetentionPolicy;\n"
        + "import java.lang.annotation.Target;\n\n"
        + "/** May be left out: a type-use nullness annotation, as JSpecify's. */\n"
        + "@Retention(RetentionPolicy.CLASS)\n"
        + "@Target(ElementType.TYPE_USE)\n"
        + "public @interface Nullable {}\n";
  }
}
