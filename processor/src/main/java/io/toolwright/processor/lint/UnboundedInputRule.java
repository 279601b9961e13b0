package io.toolwright.processor.lint;

import io.toolwright.annotation.Effect;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Constraint;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Scalar;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.Container;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code unbounded-input}: on a tool that writes ({@link Effect#WRITE}, the default, or {@link
 * Effect#DESTRUCTIVE}), a {@code String} without a maximum length, or a list, set, array or map
 * without a maximum size, so a model, or a prompt injection, may send as much as the JSON parser
 * takes and the tool stores or processes all of it. Every level of a type counts ({@code
 * List<String>} needs both the list and its strings bounded), and so does every record and bean the
 * parameters reach, each reported once at its own component with the unbounded levels' paths.
 *
 * <p>Bounded: {@code @Size(max)} or {@code @Length(max)}; a {@code @Pattern} without an unbounded
 * quantifier ({@code INV-[0-9]{4}}: no {@code *}, {@code +} or <code>{n,}</code>); {@code @Email},
 * which Hibernate Validator rejects beyond 64 characters before the {@code @} and 255 after it;
 * enums and {@code @Enum}; numbers, dates, UUIDs and the other scalars. Not read: map keys (no
 * constraint can be written there yet) and {@code URI} ({@code @Size} does not apply to it).
 */
final class UnboundedInputRule {

  private final ToolClass toolClass;
  private final SourceTypes sources;
  private final Diagnostics diagnostics;
  private final Set<Element> reported = new HashSet<>();
  private final Set<String> visitedTypes = new HashSet<>();

  private UnboundedInputRule(ToolClass toolClass, SourceTypes sources, Diagnostics diagnostics) {
    this.toolClass = toolClass;
    this.sources = sources;
    this.diagnostics = diagnostics;
  }

  static void check(ToolClass toolClass, SourceTypes sources, Diagnostics diagnostics) {
    UnboundedInputRule rule = new UnboundedInputRule(toolClass, sources, diagnostics);
    for (ToolMethod tool : toolClass.tools()) {
      // Suppressed on the tool, the rule is off for all the tool reaches, its records included.
      if (tool.effect() != Effect.READ_ONLY
          && !diagnostics.suppressed(Message.UNBOUNDED_INPUT, tool.element())) {
        rule.tool(tool);
      }
    }
  }

  private void tool(ToolMethod tool) {
    String label = tool.element().getEnclosingElement().getSimpleName() + "." + tool.methodName();
    String effect = tool.effect().name();
    for (ModelParameter parameter : tool.modelParameters()) {
      property(
          parameter.property(),
          "parameter '" + parameter.javaName() + "' of " + label,
          label + " is a " + effect + " tool");
    }
    for (ModelParameter parameter : tool.modelParameters()) {
      objects(parameter.property().shape(), label, effect);
    }
  }

  /** The records and beans {@code shape} holds, at any depth, each visited once per class. */
  private void objects(Shape shape, String label, String effect) {
    for (Shape level = shape; level != null; level = level.held()) {
      if (!(level instanceof ObjectRef ref) || !visitedTypes.add(ref.key())) {
        continue;
      }
      ObjectType type = toolClass.types().get(ref.key());
      TypeElement element = (TypeElement) type.type().asElement();
      boolean record = type.kind() == ObjectType.Kind.RECORD;
      for (Property property : type.properties()) {
        if (sources.contains(element)) { // a library's type is not the user's to fix
          property(
              property,
              (record ? "component '" : "property '")
                  + property.name()
                  + "' of "
                  + element.getQualifiedName(),
              label + ", which takes " + element.getSimpleName() + ", is a " + effect + " tool");
        }
        objects(property.shape(), label, effect);
      }
    }
  }

  private void property(Property property, String label, String tool) {
    if (!reported.add(property.element())) {
      return; // a generic record's component, once per type argument
    }
    Shape shape = property.shape();
    List<Constraint> constraints = new ArrayList<>(property.constraints());
    int depth = 0;
    if (shape instanceof OptionalShape optional) {
      shape = optional.value();
      depth = 1;
      constraints.addAll(property.heldAt(1).constraints()); // Optional<@Size(max = 9) String>
    }
    List<String> unbounded = new ArrayList<>();
    Set<Integer> unboundedDepths = new HashSet<>();
    String path = property.name();
    for (Shape level = shape; level != null; level = level.held()) {
      String what = unbounded(level, constraints);
      if (what != null) {
        unbounded.add(what + " " + path);
        unboundedDepths.add(depth);
      }
      if (level instanceof ArrayShape) {
        path += "[*]";
      } else if (level instanceof MapShape) {
        path += ".*";
      }
      depth++;
      constraints = property.heldAt(depth).constraints();
    }
    if (!unbounded.isEmpty()) {
      boolean optional = property.shape() instanceof OptionalShape;
      String fixed = type(shape, optional ? 1 : 0, unboundedDepths);
      diagnostics.report(
          Message.UNBOUNDED_INPUT,
          property.element(),
          label,
          join(unbounded),
          tool,
          (optional ? "Optional<" + fixed + ">" : fixed) + " " + property.name());
    }
  }

  /** "the length of" or "the size of" when {@code level} has no maximum; {@code null} if it has. */
  private static String unbounded(Shape level, List<Constraint> constraints) {
    boolean string = level instanceof ScalarShape scalar && scalar.scalar() == Scalar.STRING;
    boolean container = level instanceof ArrayShape || level instanceof MapShape;
    if (!string && !container || hasMax(constraints)) {
      return null;
    }
    if (string && constraints.stream().anyMatch(UnboundedInputRule::boundsLength)) {
      return null;
    }
    return string ? "the length of" : "the size of";
  }

  private static boolean hasMax(List<Constraint> constraints) {
    return constraints.stream()
        .anyMatch(c -> c instanceof Constraint.Size size && size.max() != null);
  }

  private static boolean boundsLength(Constraint constraint) {
    return constraint instanceof Constraint.Email
        || constraint instanceof Constraint.Pattern pattern && boundedPattern(pattern.regexp());
  }

  /**
   * Whether every string {@code regexp} matches is of bounded length: it has no {@code *}, {@code
   * +} or <code>{n,}</code> outside a character class or an escape. Counting is left to the
   * {@code @Pattern} itself, which already says what the string looks like.
   */
  static boolean boundedPattern(String regexp) {
    boolean inClass = false;
    for (int i = 0; i < regexp.length(); i++) {
      char c = regexp.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < regexp.length() && regexp.charAt(i + 1) == ']') {
          i++; // "[]...]": a leading ] is a literal
        }
      } else if (c == '*' || c == '+') {
        return false;
      } else if (c == '{') {
        int close = regexp.indexOf('}', i);
        if (close > 0 && regexp.substring(i + 1, close).matches("\\d+,\\s*")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The declared type as it would be with a maximum on every unbounded level ({@code @Size(max =
   * ...) List<@Size(max = ...) String>}), for the fix. An array whose items need a bound becomes a
   * {@code List}: a constraint on an array's component type is not read.
   */
  private static String type(Shape shape, int depth, Set<Integer> unbounded) {
    String size = unbounded.contains(depth) ? "@Size(max = ...) " : "";
    if (shape instanceof ArrayShape array) {
      String items = type(array.items(), depth + 1, unbounded);
      boolean itemsBounded = unbounded.stream().noneMatch(d -> d > depth);
      if (array.container() == Container.ARRAY && itemsBounded && depth == 0) {
        return size + items + "[]";
      }
      String name = array.container() == Container.ARRAY ? "List" : simpleName(array.type());
      return size + name + "<" + items + ">";
    }
    if (shape instanceof MapShape map) {
      return size + "Map<String, " + type(map.values(), depth + 1, unbounded) + ">";
    }
    return size + simpleName(shape.type());
  }

  private static String simpleName(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      return declared.asElement().getSimpleName().toString();
    }
    return type.toString();
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
