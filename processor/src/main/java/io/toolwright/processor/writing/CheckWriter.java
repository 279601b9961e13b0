package io.toolwright.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.toolwright.dispatch.ConstraintChecks;
import io.toolwright.processor.model.CompiledCheck;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Scalar;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The constraint checks a {@code prepare} method makes itself ({@link CompiledCheck}), with {@code
 * ConstraintChecks}, and the static fields they compare with: each regular expression compiled
 * once, each decimal bound parsed once, in a nested holder class ({@link #constantsClass}) that the
 * first check to need one initialises. In the generated class's own initialiser they would run when
 * an application only asks for definitions: {@code Pattern.compile} builds its character classes
 * with lambdas, which start a cold JVM's lambda machinery (several milliseconds).
 */
final class CheckWriter {

  /** The local holding the call's {@code ConstraintChecks}. */
  static final String CHECKS = "checks";

  private final GeneratedNames names;
  private final ClassName constants;

  CheckWriter(ClassName toolsClass, GeneratedNames names) {
    this.names = names;
    this.constants = toolsClass.nestedClass(names.constantsClass());
  }

  /** Whether a call of the tool makes any compiled check. */
  static boolean checks(ToolMethod tool) {
    return tool.modelParameters().stream()
        .anyMatch(p -> !p.property().validation().compiled().isEmpty());
  }

  /**
   * {@code private static final class Constants} with every tool's check constants; {@code null}
   * when no check needs one.
   */
  TypeSpec constantsClass(List<ToolMethod> tools) {
    List<FieldSpec> fields = new ArrayList<>();
    for (ToolMethod tool : tools) {
      fields.addAll(constants(tool));
    }
    if (fields.isEmpty()) {
      return null;
    }
    // No Javadoc: a private class, and every generated line costs the build.
    return TypeSpec.classBuilder(constants)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addFields(fields)
        .build();
  }

  /** The {@code Pattern} and {@code BigDecimal} fields the tool's checks compare with. */
  private List<FieldSpec> constants(ToolMethod tool) {
    List<FieldSpec> fields = new ArrayList<>();
    for (ModelParameter parameter : tool.modelParameters()) {
      List<CompiledCheck> checks = parameter.property().validation().compiled();
      for (int i = 0; i < checks.size(); i++) {
        CodeBlock initializer = constantValue(checks.get(i), scalar(parameter.property()));
        if (initializer != null) {
          String name = names.checkConstant(tool, parameter.property().name(), i);
          Class<?> type =
              checks.get(i) instanceof CompiledCheck.Matches ? Pattern.class : BigDecimal.class;
          fields.add(
              FieldSpec.builder(type, name, Modifier.STATIC, Modifier.FINAL)
                  .initializer(initializer)
                  .build());
        }
      }
    }
    return fields;
  }

  /**
   * {@code ConstraintChecks checks = new ConstraintChecks(); checks.matches(...); ...
   * checks.throwIfAny(arguments)}: every compiled check of the tool, then the end of the call when
   * one failed, handing the executor the arguments Bean Validation checks ({@code null} when none).
   */
  CodeBlock statements(ToolMethod tool, NameAllocator locals, boolean beanValidated) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T $L = new $T()", ConstraintChecks.class, CHECKS, ConstraintChecks.class);
    for (ModelParameter parameter : tool.modelParameters()) {
      Property property = parameter.property();
      List<CompiledCheck> checks = property.validation().compiled();
      if (checks.isEmpty()) {
        continue;
      }
      String local = locals.get(parameter);
      CodeBlock value = CodeBlock.of("$L", local);
      if (property.shape() instanceof OptionalShape) {
        code.beginControlFlow("if ($L.isPresent())", local);
        value = CodeBlock.of("$L.get()", local);
      } else if (!property.required()) {
        code.beginControlFlow("if ($L != null)", local);
      }
      for (int i = 0; i < checks.size(); i++) {
        code.addStatement(check(tool, property, i, value));
      }
      if (property.shape() instanceof OptionalShape || !property.required()) {
        code.endControlFlow();
      }
    }
    code.addStatement("$L.throwIfAny($L)", CHECKS, beanValidated ? "arguments" : "null");
    return code.build();
  }

  private CodeBlock check(ToolMethod tool, Property property, int index, CodeBlock value) {
    CompiledCheck check = property.validation().compiled().get(index);
    String pointer = "/" + property.name();
    if (check instanceof CompiledCheck.Matches matches) {
      return CodeBlock.of(
          "$L.matches($S, $L, $T.$L, $S)",
          CHECKS,
          pointer,
          value,
          constants,
          names.checkConstant(tool, property.name(), index),
          matches.message());
    }
    if (check instanceof CompiledCheck.Length length) {
      return CodeBlock.of(
          "$L.length($S, $L, $L, $L, $S)",
          CHECKS,
          pointer,
          value,
          length.min(),
          length.max(),
          length.message());
    }
    if (check instanceof CompiledCheck.NotBlank notBlank) {
      return CodeBlock.of("$L.notBlank($S, $L, $S)", CHECKS, pointer, value, notBlank.message());
    }
    if (check instanceof CompiledCheck.Truth truth) {
      return CodeBlock.of(
          "$L.is($S, $L, $L, $S)", CHECKS, pointer, value, truth.expected(), truth.message());
    }
    if (check instanceof CompiledCheck.Digits digits) {
      return CodeBlock.of(
          "$L.digits($S, $L, $L, $L, $S)",
          CHECKS,
          pointer,
          value,
          digits.integer(),
          digits.fraction(),
          digits.message());
    }
    CompiledCheck.Bound bound = (CompiledCheck.Bound) check;
    Scalar scalar = scalar(property);
    // A BigDecimal or BigInteger compares every bound as a decimal; the other types tell
    // @DecimalMin/@DecimalMax from @Min-like bounds.
    boolean decimalOverload = bound.decimal() && !isBig(scalar);
    String method =
        decimalOverload
            ? (bound.upper() ? "decimalMax" : "decimalMin")
            : (bound.upper() ? "max" : "min");
    return CodeBlock.of(
        "$L.$L($S, $L, $L, $L, $S)",
        CHECKS,
        method,
        pointer,
        value,
        boundArgument(tool, property, index, bound, scalar),
        bound.inclusive(),
        bound.message());
  }

  /**
   * The bound as the check's overload takes it: a {@code long}, {@code double} or {@code float}
   * literal for {@code @Min}-like bounds on those types (as Hibernate Validator converts them), else
   * a {@code BigDecimal}.
   */
  private CodeBlock boundArgument(
      ToolMethod tool, Property property, int index, CompiledCheck.Bound bound, Scalar scalar) {
    if (constantValue(bound, scalar) != null) {
      return CodeBlock.of("$T.$L", constants, names.checkConstant(tool, property.name(), index));
    }
    if (bound.decimal() || isBig(scalar)) {
      return CodeBlock.of("$T.ZERO", BigDecimal.class);
    }
    long whole = bound.value().longValueExact();
    return switch (scalar) {
      case DOUBLE -> CodeBlock.of("$L", Double.toString((double) whole));
      case FLOAT -> CodeBlock.of("$Lf", Float.toString((float) whole));
      default -> CodeBlock.of("$LL", whole);
    };
  }

  /** A field's initializer for what the check compares with; {@code null} when it needs none. */
  private static CodeBlock constantValue(CompiledCheck check, Scalar scalar) {
    if (check instanceof CompiledCheck.Matches matches) {
      return CodeBlock.of("$T.compile($S)", Pattern.class, matches.regexp());
    }
    if (check instanceof CompiledCheck.Bound bound
        && (bound.decimal() || isBig(scalar))
        && !bound.value().equals(BigDecimal.ZERO)) {
      return CodeBlock.of("new $T($S)", BigDecimal.class, bound.value().toString());
    }
    return null;
  }

  private static boolean isBig(Scalar scalar) {
    return scalar == Scalar.BIG_DECIMAL || scalar == Scalar.BIG_INTEGER;
  }

  /** The scalar the checks see: an {@code Optional}'s value's. */
  private static Scalar scalar(Property property) {
    Shape shape =
        property.shape() instanceof OptionalShape optional ? optional.value() : property.shape();
    return shape instanceof ScalarShape scalar ? scalar.scalar() : Scalar.STRING;
  }
}
