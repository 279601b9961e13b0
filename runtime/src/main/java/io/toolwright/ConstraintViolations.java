package io.toolwright;

import io.toolwright.dispatch.JsonReaders;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of a call's converted arguments, reported as {@link ArgumentProblem}s at the JSON
 * pointers the model used.
 *
 * <p>The pointer comes from the violation's property path: {@code amount} is {@code /amount},
 * {@code filter.from} is {@code /filter/from}, {@code items[2].name} is {@code /items/2/name}, and
 * a map entry {@code limits[eu]} is {@code /limits/eu}. This relies on the generated arguments
 * object naming its properties exactly as the schema does. The expected text is the interpolated
 * constraint message ("must be greater than or equal to 1"); the actual text a bounded excerpt of
 * the rejected value.
 */
final class ConstraintViolations {

  /** Checks any object; {@code null} when {@link #scoped} says which validator checks what. */
  private final Validator validator;

  /**
   * The validator of each class, each built for its classes alone (Hibernate Validator's
   * predefined scope, which passes an object of any other class unchecked); an object of a class
   * not here is refused. {@code null} when {@link #validator} takes any class.
   */
  private final Map<Class<?>, Supplier<Validator>> scoped;

  ConstraintViolations(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.scoped = null;
  }

  private ConstraintViolations(Map<Class<?>, Supplier<Validator>> scoped) {
    this.validator = null;
    this.scoped = Map.copyOf(scoped);
  }

  /** Checks an object with its class's validator, and refuses an object of any other class. */
  static ConstraintViolations within(Map<Class<?>, Supplier<Validator>> validators) {
    return new ConstraintViolations(validators);
  }

  /**
   * A Hibernate Validator whose messages are interpolated by {@link ParameterMessageInterpolator}
   * (through {@link ModelMessageInterpolator}): {@code {min}}-style parameters work, no Expression
   * Language implementation is needed on the classpath, and messages are in English. Its
   * constraints mean what their schema keywords mean ({@link ToolwrightValidation}): lengths in
   * code points, blank as ECMA-262's {@code \s}, {@code @Digits} as {@code multipleOf} and bounds.
   */
  static Validator defaultValidator() {
    return DefaultValidator.INSTANCE;
  }

  /**
   * One default validator for every registry, built on first use: bootstrapping Hibernate
   * Validator takes a cold JVM a fifth of a second, and a {@link Validator} is immutable and
   * thread-safe.
   */
  private static final class DefaultValidator {
    static final Validator INSTANCE =
        ToolwrightValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
            .messageInterpolator(new ModelMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  /** Every violation, ordered by pointer then message so that errors are reproducible. */
  List<ArgumentProblem> check(Object arguments) {
    Validator validator = this.validator;
    if (scoped != null) {
      Supplier<Validator> own = scoped.get(arguments.getClass());
      if (own != null) {
        validator = own.get();
      }
    }
    if (validator == null) {
      throw new IllegalStateException(
          "Bean Validation was asked to check a "
              + arguments.getClass().getName()
              + ", which the registry's tool sets did not name (ToolSet.validating), so its"
              + " default validator was not built for it and the call is refused. Compile the"
              + " tool class again with the same toolwright-processor as the runtime, or give the"
              + " registry a validator (ToolRegistry.Builder.validator).");
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(arguments);
    List<ArgumentProblem> problems = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      problems.add(
          new ArgumentProblem(
              pointer(violation.getPropertyPath()),
              violation.getMessage(),
              Excerpts.ofJava(violation.getInvalidValue())));
    }
    problems.sort(
        Comparator.comparing(ArgumentProblem::pointer).thenComparing(ArgumentProblem::expected));
    return problems;
  }

  static String pointer(Path path) {
    String pointer = "";
    for (Path.Node node : path) {
      // The index or key of a node belongs to the container before it: in items[2].name, the
      // node "name" carries index 2.
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          pointer = JsonReaders.index(pointer, node.getIndex());
        } else if (node.getKey() != null) {
          pointer = JsonReaders.child(pointer, String.valueOf(node.getKey()));
        }
      }
      if ((node.getKind() == jakarta.validation.ElementKind.PROPERTY
              || node.getKind() == jakarta.validation.ElementKind.PARAMETER)
          && node.getName() != null) {
        pointer = JsonReaders.child(pointer, node.getName());
      }
    }
    return pointer;
  }
}
