package io.toolwright;

import io.toolwright.dispatch.JsonReaders;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

  /** {@code null} when no class may be validated: no tool of the registry has a constraint. */
  private final Validator validator;

  /** The classes {@link #validator} was built for; {@code null} when it takes any class. */
  private final Set<Class<?>> scope;

  ConstraintViolations(Validator validator) {
    this(java.util.Objects.requireNonNull(validator, "validator"), null);
  }

  private ConstraintViolations(Validator validator, Set<Class<?>> scope) {
    this.validator = validator;
    this.scope = scope;
  }

  /**
   * Checks with {@code validator}, built for {@code scope} alone (Hibernate Validator's predefined
   * scope, which passes an object of any other class unchecked), and refuses other objects.
   */
  static ConstraintViolations within(Validator validator, Set<Class<?>> scope) {
    return new ConstraintViolations(validator, Set.copyOf(scope));
  }

  /** Refuses every object: for a registry whose generated tools declared no validated class. */
  static ConstraintViolations refusingAll() {
    return new ConstraintViolations(null, Set.of());
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
    if (scope != null && !scope.contains(arguments.getClass())) {
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
