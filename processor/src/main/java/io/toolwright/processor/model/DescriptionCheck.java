package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Shape.EnumConstant;
import io.toolwright.processor.model.Shape.EnumShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reports what a model would see without a description: a tool, a parameter, a record component or
 * bean property. A property counts as described when its enum, record or bean type has Javadoc of
 * its own, since the schema shows that instead. A type compiled in an earlier compilation has no
 * Javadoc at all; it is reported once, where a tool parameter or property of this compilation first
 * holds it.
 */
final class DescriptionCheck {

  private final TypeCatalog catalog;
  private final SourceTypes sources;
  private final Diagnostics diagnostics;
  private final Set<String> visited = new HashSet<>();

  private DescriptionCheck(TypeCatalog catalog, SourceTypes sources, Diagnostics diagnostics) {
    this.catalog = catalog;
    this.sources = sources;
    this.diagnostics = diagnostics;
  }

  static void check(
      List<ToolMethod> tools, TypeCatalog catalog, SourceTypes sources, Diagnostics diagnostics) {
    DescriptionCheck check = new DescriptionCheck(catalog, sources, diagnostics);
    for (ToolMethod tool : tools) {
      String label = ToolMethodReader.label(tool.element());
      if (tool.description().isEmpty()) {
        diagnostics.report(Message.MISSING_TOOL_DESCRIPTION, tool.element(), label);
      }
      for (ModelParameter parameter : tool.modelParameters()) {
        String where = "parameter '" + parameter.javaName() + "' of " + label;
        if (!check.described(parameter.property())) {
          diagnostics.report(
              Message.MISSING_PARAMETER_DESCRIPTION,
              parameter.element(),
              where,
              parameter.javaName(),
              label);
        }
        check.held(parameter.property().shape(), parameter.element(), where);
      }
    }
  }

  /** Visits the record or bean {@code shape} holds, at any depth of containers. */
  private void held(Shape shape, Element site, String where) {
    Shape current = shape;
    while (current.held() != null) {
      current = current.held();
    }
    if (current instanceof ObjectRef ref && visited.add(ref.key())) {
      type(catalog.get(ref.key()), site, where);
    }
  }

  private void type(ObjectType type, Element site, String where) {
    TypeElement element = (TypeElement) type.type().asElement();
    if (!sources.contains(element)) {
      if (!type.properties().isEmpty()) {
        diagnostics.report(Message.MISSING_DESCRIPTION_COMPILED, site, where, type.key());
      }
      return;
    }
    for (Property property : type.properties()) {
      boolean record = type.kind() == ObjectType.Kind.RECORD;
      String label =
          (record ? "component '" : "property '")
              + property.name()
              + "' of "
              + (record ? "record " : "")
              + element.getQualifiedName();
      if (!described(property)) {
        diagnostics.report(
            record
                ? Message.MISSING_COMPONENT_DESCRIPTION
                : Message.MISSING_BEAN_PROPERTY_DESCRIPTION,
            property.element(),
            label,
            property.name(),
            element.getQualifiedName());
      }
      held(property.shape(), property.element(), label);
    }
  }

  private boolean described(Property property) {
    if (property.description() != null) {
      return true;
    }
    Shape value =
        property.shape() instanceof OptionalShape optional ? optional.value() : property.shape();
    if (value instanceof EnumShape enumShape) {
      return enumShape.typeDoc() != null
          || enumShape.constants().stream().map(EnumConstant::doc).anyMatch(d -> d != null);
    }
    return value instanceof ObjectRef ref && catalog.get(ref.key()).description() != null;
  }
}
