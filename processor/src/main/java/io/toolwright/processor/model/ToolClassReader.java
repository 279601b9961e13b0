package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a class declaring {@code @Tool} methods into a {@link ToolClass}, reporting every problem
 * it finds rather than stopping at the first, so one build shows them all.
 */
public final class ToolClassReader {

  private final Elements elements;
  private final Types types;
  private final SourceTypes sources;

  public ToolClassReader(Elements elements, Types types, SourceTypes sources) {
    this.elements = elements;
    this.types = types;
    this.sources = sources;
  }

  /**
   * The tool class as far as it could be read, with every problem found added to {@code
   * diagnostics}; empty when it has no tool to read. Whether the class may be written is the
   * caller's decision, from the report: a part that could not be read (a parameter of a type with
   * no schema) is left out of the model, and always comes with an error no option lowers.
   */
  public Optional<ToolClass> read(TypeElement type, Diagnostics diagnostics) {
    String targetPackage = elements.getPackageOf(type).getQualifiedName().toString();
    ModelEnv env = new ModelEnv(elements, types, diagnostics, targetPackage);
    ShapeReader shapes = new ShapeReader(env);
    ToolMethodReader reader = new ToolMethodReader(env, shapes.properties());
    String toolsClass = targetPackage.isEmpty() ? "" : targetPackage + ".";
    toolsClass += ToolClass.toolsClassName(type);

    List<ToolMethod> tools = new ArrayList<>();
    Map<String, ExecutableElement> names = new LinkedHashMap<>();
    for (ExecutableElement method : toolMethods(type)) {
      if (!reachable(diagnostics, type, method, toolsClass)) {
        continue;
      }
      ToolMethod tool = reader.read(method);
      ExecutableElement first = names.putIfAbsent(tool.name(), method);
      if (first != null) {
        reportDuplicate(diagnostics, method, tool.name(), first);
        continue;
      }
      tools.add(tool);
    }
    if (tools.isEmpty()) {
      return Optional.empty();
    }
    TypeCatalog catalog = shapes.catalog();
    CascadeCheck.check(tools, catalog, diagnostics);
    DescriptionCheck.check(tools, catalog, sources, diagnostics);
    return Optional.of(new ToolClass(type, tools, catalog));
  }

  /**
   * At the explicit {@code name} if there is one, else at the method its name comes from. Overloads
   * are told apart by their parameter types.
   */
  private static void reportDuplicate(
      Diagnostics diagnostics, ExecutableElement method, String name, ExecutableElement first) {
    AnnotationMirror annotation = Annotations.find(method, ToolMethodReader.TOOL).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(annotation, "name");
    boolean overloads = method.getSimpleName().equals(first.getSimpleName());
    Object[] args = {
      name,
      overloads ? ToolMethodReader.signature(method) : ToolMethodReader.label(method),
      overloads ? ToolMethodReader.signature(first) : ToolMethodReader.label(first)
    };
    if (value == null) {
      diagnostics.report(Message.DUPLICATE_NAME, method, args);
    } else {
      diagnostics.reportAt(Message.DUPLICATE_NAME, method, annotation, value, args);
    }
  }

  /** The {@code @Tool} methods declared in {@code type} itself, in declaration order. */
  public static List<ExecutableElement> toolMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, ToolMethodReader.TOOL).isPresent()) {
        methods.add(method);
      }
    }
    return methods;
  }

  /** Whether generated code in the class's package can call {@code method}; reports if not. */
  private static boolean reachable(
      Diagnostics diagnostics, TypeElement type, ExecutableElement method, String toolsClass) {
    String label = ToolMethodReader.label(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.report(Message.UNREACHABLE_PRIVATE_METHOD, method, label, toolsClass);
      return false;
    }
    for (Element current = type;
        current instanceof TypeElement enclosing;
        current = enclosing.getEnclosingElement()) {
      if (enclosing.getNestingKind() == NestingKind.LOCAL
          || enclosing.getNestingKind() == NestingKind.ANONYMOUS) {
        diagnostics.report(
            Message.UNREACHABLE_LOCAL_CLASS,
            method,
            label,
            "local class " + enclosing.getSimpleName());
        return false;
      }
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.report(
            Message.UNREACHABLE_PRIVATE_CLASS,
            method,
            label,
            enclosing.getQualifiedName(),
            toolsClass);
        return false;
      }
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.report(Message.UNREACHABLE_INNER_CLASS, method, label, type.getQualifiedName());
      return false;
    }
    return true;
  }
}
