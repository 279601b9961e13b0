package io.toolwright.testkit.bfcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes one mapped function as a Java class: the {@code @Tool} method and its nested types. */
final class JavaSourceWriter {

  private final String packageName;
  private final String sink;
  private final Map<String, String> nestedTypes = new LinkedHashMap<>();

  JavaSourceWriter(String packageName, String sink) {
    this.packageName = packageName;
    this.sink = sink;
  }

  String write(
      String className, String toolName, String description, List<JavaParameter> parameters) {
    StringBuilder method = new StringBuilder();
    method.append("  /**\n");
    for (JavaParameter parameter : parameters) {
      method
          .append("   * @param ")
          .append(parameter.javaName())
          .append(' ')
          .append(JavaText.javadoc(parameter.description()))
          .append('\n');
    }
    method.append("   */\n");
    method.append("  @io.toolwright.annotation.Tool(name = ").append(JavaText.literal(toolName));
    if (!description.isBlank()) {
      method.append(", description = ").append(JavaText.literal(description));
    }
    method.append(")\n");
    method
        .append("  public void ")
        .append(JavaNames.identifier(toolName.replace('-', '_')))
        .append('(')
        .append(declarations(parameters, "      "))
        .append(") {\n");
    if (sink != null) {
      method
          .append("    ")
          .append(sink)
          .append('(')
          .append(JavaText.literal(toolName))
          .append(", new Object[] {")
          .append(
              parameters.stream().map(JavaParameter::javaName).collect(Collectors.joining(", ")))
          .append("});\n");
    }
    method.append("  }\n");

    StringBuilder source = new StringBuilder();
    source.append("package ").append(packageName).append(";\n\n");
    source.append("import java.time.LocalDate;\nimport java.util.List;\n\n");
    source.append("public class ").append(className).append(" {\n\n").append(method);
    for (String nested : nestedTypes.values()) {
      source.append('\n').append(nested);
    }
    return source.append("}\n").toString();
  }

  private String declarations(List<JavaParameter> parameters, String indent) {
    List<String> declarations = new ArrayList<>();
    for (JavaParameter parameter : parameters) {
      declarations.add(
          "\n"
              + indent
              + annotations(parameter)
              + type(parameter.type(), parameter.required(), false)
              + " "
              + parameter.javaName());
    }
    return String.join(",", declarations);
  }

  private static String annotations(JavaParameter parameter) {
    StringBuilder out = new StringBuilder();
    if (!parameter.enumValues().isEmpty()) {
      out.append("@io.toolwright.annotation.Enum({")
          .append(
              parameter.enumValues().stream()
                  .map(JavaText::literal)
                  .collect(Collectors.joining(", ")))
          .append("}) ");
    }
    boolean integral =
        parameter.type() instanceof JavaType.Scalar s && s.kind() == JavaType.Kind.LONG;
    if (parameter.minimum() != null) {
      out.append(
          integral
              ? "@jakarta.validation.constraints.Min(" + parameter.minimum() + "L) "
              : "@jakarta.validation.constraints.DecimalMin(\"" + parameter.minimum() + "\") ");
    }
    if (parameter.maximum() != null) {
      out.append(
          integral
              ? "@jakarta.validation.constraints.Max(" + parameter.maximum() + "L) "
              : "@jakarta.validation.constraints.DecimalMax(\"" + parameter.maximum() + "\") ");
    }
    return out.toString();
  }

  /**
   * @param required a required scalar is primitive; anything else that is not is {@code @Nullable}
   * @param item inside a {@code List}: boxed, and never {@code @Nullable} (items are not null)
   */
  private String type(JavaType type, boolean required, boolean item) {
    String name;
    if (type instanceof JavaType.Scalar scalar) {
      name = required && !item ? scalar.kind().required : scalar.kind().boxed;
    } else if (type instanceof JavaType.ListOf list) {
      name = "List<" + type(list.items(), true, true) + ">";
    } else if (type instanceof JavaType.EnumOf enumType) {
      nestedTypes.computeIfAbsent(enumType.name(), n -> enumSource(enumType));
      name = enumType.name();
    } else {
      JavaType.RecordOf record = (JavaType.RecordOf) type;
      if (!nestedTypes.containsKey(record.name())) {
        nestedTypes.put(record.name(), "");
        nestedTypes.put(record.name(), recordSource(record));
      }
      name = record.name();
    }
    return required || item ? name : "@Nullable " + name;
  }

  private static String enumSource(JavaType.EnumOf type) {
    return "  public enum "
        + type.name()
        + " {\n    "
        + String.join(",\n    ", type.constants())
        + "\n  }\n";
  }

  private String recordSource(JavaType.RecordOf record) {
    StringBuilder source = new StringBuilder("  /**\n");
    for (JavaParameter component : record.components()) {
      source
          .append("   * @param ")
          .append(component.javaName())
          .append(' ')
          .append(JavaText.javadoc(component.description()))
          .append('\n');
    }
    source.append("   */\n");
    source
        .append("  public record ")
        .append(record.name())
        .append('(')
        .append(declarations(record.components(), "      "))
        .append(") {}\n");
    return source.toString();
  }
}
