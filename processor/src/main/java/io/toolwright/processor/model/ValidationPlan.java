package io.toolwright.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * How one tool parameter is validated: the constraints the generated code checks itself ({@link
 * CompiledChecks} decides which), and where the generated arguments field carries the Bean
 * Validation annotations left: on the field, or on a type argument of its type. It is decided
 * once, in the model, by {@link ValidationPlanner} from Hibernate Validator's rules; the writer
 * renders it as it is.
 *
 * @param onField the annotations on the field declaration
 * @param onTypeArguments the annotations on the type at each depth along the property's {@link
 *     Shape#held()}: the first entry for what the field's container holds ({@code String} in
 *     {@code Optional<String>}), the second for what that holds; no trailing empty entries
 * @param compiled the checks the generated code makes, in the order the constraints are declared
 */
public record ValidationPlan(
    List<BeanAnnotation> onField,
    List<List<BeanAnnotation>> onTypeArguments,
    List<CompiledCheck> compiled) {

  /** No annotations anywhere. */
  public static final ValidationPlan NONE = new ValidationPlan(List.of(), List.of(), List.of());

  public ValidationPlan {
    onField = List.copyOf(onField);
    compiled = List.copyOf(compiled);
    List<List<BeanAnnotation>> levels = new ArrayList<>();
    for (List<BeanAnnotation> level : onTypeArguments) {
      levels.add(List.copyOf(level));
    }
    while (!levels.isEmpty() && levels.get(levels.size() - 1).isEmpty()) {
      levels.remove(levels.size() - 1);
    }
    onTypeArguments = List.copyOf(levels);
  }

  /** The same Bean Validation annotations, with {@code compiled} checks. */
  ValidationPlan withCompiled(List<CompiledCheck> checks) {
    return new ValidationPlan(onField, onTypeArguments, checks);
  }

  /**
   * Whether the field carries no annotation anywhere, so Bean Validation finds nothing in it
   * (compiled checks aside).
   */
  public boolean isEmpty() {
    return onField.isEmpty() && onTypeArguments.isEmpty();
  }

  /** The annotations on the type at {@code depth} along {@link Shape#held()} (1 or more). */
  public List<BeanAnnotation> at(int depth) {
    return depth >= 1 && depth <= onTypeArguments.size()
        ? onTypeArguments.get(depth - 1)
        : List.of();
  }

  /** Whether a type deeper than {@code depth} carries annotations. */
  public boolean annotatesBelow(int depth) {
    return depth < onTypeArguments.size();
  }

  /** One annotation of the generated field. */
  public sealed interface BeanAnnotation {

    /** An annotation copied as the user wrote it. */
    record Copied(AnnotationMirror mirror) implements BeanAnnotation {}

    /**
     * An annotation Toolwright writes: {@code @Valid}, or a stand-in that accepts null for a
     * null-rejecting constraint on a value the model may leave out.
     *
     * @param type the annotation's qualified name
     * @param members its attributes, {@code String} or {@code Integer} values, in order
     */
    record Synthesized(String type, Map<String, Object> members) implements BeanAnnotation {
      public Synthesized {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
      }
    }
  }
}
