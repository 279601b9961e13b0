package io.toolwright.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.ValidationPlan;
import io.toolwright.processor.model.ValidationPlan.BeanAnnotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Renders a property's {@link ValidationPlan} on the generated arguments field: its annotations,
 * and its type with annotations on the type arguments the plan names ({@code
 * Optional<@Size(min = 3) String>}, {@code List<@Valid Line>}). {@code TypeName.get} drops type
 * annotations, so the type is rebuilt level by level; where the annotations go is the model's
 * decision, not this class's.
 */
final class PlannedAnnotations {

  private PlannedAnnotations() {}

  /** The annotations on the field declaration. */
  static List<AnnotationSpec> onField(Property property) {
    return specs(property.validation().onField());
  }

  /** The field's type, annotated where the plan says. */
  static TypeName fieldType(Property property) {
    return type(property.shape(), property.validation(), 0);
  }

  private static TypeName type(Shape shape, ValidationPlan plan, int depth) {
    TypeName name;
    if (shape.held() != null && plan.annotatesBelow(depth) && shape.isJavaArray()) {
      name = ArrayTypeName.of(type(shape.held(), plan, depth + 1));
    } else if (shape.held() != null
        && plan.annotatesBelow(depth)
        && shape.type().getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) shape.type();
      List<TypeName> arguments = new ArrayList<>();
      for (TypeMirror argument : declared.getTypeArguments()) {
        arguments.add(TypeName.get(argument));
      }
      arguments.set(arguments.size() - 1, type(shape.held(), plan, depth + 1));
      name =
          ParameterizedTypeName.get(
              ClassName.get((TypeElement) declared.asElement()),
              arguments.toArray(TypeName[]::new));
    } else {
      name = TypeName.get(shape.type());
    }
    List<AnnotationSpec> annotations = depth > 0 ? specs(plan.at(depth)) : List.of();
    return annotations.isEmpty() ? name : name.annotated(annotations);
  }

  private static List<AnnotationSpec> specs(List<BeanAnnotation> annotations) {
    List<AnnotationSpec> specs = new ArrayList<>();
    for (BeanAnnotation annotation : annotations) {
      specs.add(spec(annotation));
    }
    return specs;
  }

  private static AnnotationSpec spec(BeanAnnotation annotation) {
    if (annotation instanceof BeanAnnotation.Copied copied) {
      return AnnotationSpec.get(copied.mirror());
    }
    BeanAnnotation.Synthesized synthesized = (BeanAnnotation.Synthesized) annotation;
    AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.bestGuess(synthesized.type()));
    for (Map.Entry<String, Object> member : synthesized.members().entrySet()) {
      String format = member.getValue() instanceof String ? "$S" : "$L";
      spec.addMember(member.getKey(), format, member.getValue());
    }
    return spec.build();
  }
}
