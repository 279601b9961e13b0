package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.SourceTypes;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The tool-quality lint (issue 7): rules that predict a model will misuse a tool. They read the
 * model a class was read into, so they run after reading and before writing; each finding is at the
 * method, parameter or record component it is about, and options and {@code @SuppressWarnings}
 * apply to it like to any configurable {@code Message}.
 */
public final class Lint {

  private Lint() {}

  public static void check(
      ToolClass toolClass, SourceTypes sources, LintSettings settings, Diagnostics diagnostics) {
    List<Input> inputs = new ArrayList<>();
    for (ToolMethod tool : toolClass.tools()) {
      DescriptionRules.check(tool, diagnostics);
      DestructiveDescriptionRule.check(tool, diagnostics);
      ToolNamingRule.check(tool, diagnostics);
      String label = tool.element().getEnclosingElement().getSimpleName() + "." + tool.methodName();
      for (ModelParameter parameter : tool.modelParameters()) {
        inputs.add(
            new Input(
                parameter.property(),
                "parameter '" + parameter.javaName() + "' of " + label,
                "the Javadoc comment of " + label));
      }
    }
    for (ObjectType type : toolClass.types().all()) {
      TypeElement element = (TypeElement) type.type().asElement();
      if (!sources.contains(element)) {
        continue;
      }
      boolean record = type.kind() == ObjectType.Kind.RECORD;
      for (Property property : type.properties()) {
        inputs.add(
            new Input(
                property,
                (record ? "component '" : "property '")
                    + property.name()
                    + "' of "
                    + element.getQualifiedName(),
                record
                    ? "the Javadoc comment of record " + element.getSimpleName()
                    : "the Javadoc comment of its field or getter"));
      }
    }
    ToolsAlikeRule.check(toolClass.tools(), settings.toolsAlikePercent(), diagnostics);
    McpNameRule.check(toolClass.tools(), settings.mcpPrefix(), diagnostics);
    Set<Element> seen = new HashSet<>();
    for (Input input : inputs) {
      // A generic record is in the catalog once per type argument; its components once here.
      if (!seen.add(input.element())) {
        continue;
      }
      WideParameterRule.check(input, diagnostics);
      MissingEnumRule.check(input, diagnostics);
    }
    UnboundedInputRule.check(toolClass, sources, diagnostics);
  }
}
