package io.toolwright.processor.model;

import io.toolwright.processor.Diagnostics;
import io.toolwright.processor.Message;
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
  private final Diagnostics diagnostics;

  public ToolClassReader(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /** The tool class, or empty when an error was reported and the class must be abandoned. */
  public Optional<ToolClass> read(TypeElement type) {
    int errors = diagnostics.errorCount();
    String targetPackage = elements.getPackageOf(type).getQualifiedName().toString();
    ModelEnv env = new ModelEnv(elements, types, diagnostics, targetPackage);
    ShapeReader shapes = new ShapeReader(env);
    ToolMethodReader reader = new ToolMethodReader(env, shapes.properties());
    String toolsClass = targetPackage.isEmpty() ? "" : targetPackage + ".";
    toolsClass += ToolClass.toolsClassName(type);

    List<ToolMethod> tools = new ArrayList<>();
    Map<String, ExecutableElement> names = new LinkedHashMap<>();
    for (ExecutableElement method : toolMethods(type)) {
      if (!reachable(type, method, toolsClass)) {
        continue;
      }
      ToolMethod tool = reader.read(method);
      if (tool == null) {
        continue;
      }
      ExecutableElement first = names.putIfAbsent(tool.name(), method);
      if (first != null) {
        reportDuplicate(method, tool.name(), first);
        continue;
      }
      tools.add(tool);
    }
    if (diagnostics.errorCount() > errors || tools.isEmpty()) {
      return Optional.empty();
    }
    TypeCatalog catalog = shapes.catalog();
    if (!CascadeCheck.check(tools, catalog, diagnostics)) {
      return Optional.empty();
    }
    return Optional.of(new ToolClass(type, tools, catalog));
  }

  /** At the explicit {@code name} if there is one, else at the method its name comes from. */
  private void reportDuplicate(ExecutableElement method, String name, ExecutableElement first) {
    AnnotationMirror annotation = Annotations.find(method, ToolMethodReader.TOOL).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(annotation, "name");
    Object[] args = {name, ToolMethodReader.label(method), ToolMethodReader.label(first)};
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
  private boolean reachable(TypeElement type, ExecutableElement method, String toolsClass) {
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
