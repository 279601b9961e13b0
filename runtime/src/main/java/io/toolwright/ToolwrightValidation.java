package io.toolwright;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Toolwright's constraint definitions for a Hibernate Validator you build yourself, so that it
 * enforces exactly what the tools' schemas say, as the registry's default validator does:
 *
 * <ul>
 *   <li>{@code @Size} and {@code @Length} on a {@code String} count code points, as {@code
 *       minLength}/{@code maxLength} do (Hibernate Validator counts UTF-16 units);
 *   <li>{@code @NotBlank} on a {@code String} is blank as ECMA-262's {@code \s}, as the schema's
 *       {@code pattern: "\S"} is (Hibernate Validator uses {@code String.isBlank()});
 *   <li>{@code @Digits} on a number compares values, as {@code multipleOf} and the exclusive
 *       bounds do: {@code 12.500} has two fraction digits, and zero fits {@code integer = 0}
 *       (Hibernate Validator counts a {@code BigDecimal}'s digits as written).
 * </ul>
 *
 * <p>Each is added beside Hibernate Validator's own validators, for those types only: collections,
 * maps, arrays, other {@code CharSequence}s and other {@code Number}s keep its definitions, and so
 * does everything else about your configuration (message interpolator, your own constraints).
 *
 * <pre>{@code
 * Validator validator =
 *     ToolwrightValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
 *         .messageInterpolator(yourInterpolator)
 *         .buildValidatorFactory()
 *         .getValidator();
 * ToolRegistry registry = ToolRegistry.builder().validator(validator).addAll(...).build();
 * }</pre>
 *
 * <p>Toolwright's validators are not public, so a {@link ConstraintValidatorFactory} that makes
 * validators by reflection cannot make them: {@link #configure} sets a factory that makes them and
 * asks Hibernate Validator's default factory for every other validator. To use a factory of your
 * own (one that injects dependencies into your validators), set it after {@code configure},
 * wrapped: {@code .constraintValidatorFactory(ToolwrightValidation.constraintValidatorFactory(
 * yours))}.
 */
public final class ToolwrightValidation {

  private static final Map<Class<?>, Supplier<ConstraintValidator<?, ?>>> VALIDATORS =
      validators();

  private ToolwrightValidation() {}

  /**
   * Adds Toolwright's constraint definitions to {@code configuration}, and sets {@link
   * #constraintValidatorFactory} around Hibernate Validator's default factory.
   *
   * @return {@code configuration}, to go on configuring it
   */
  public static HibernateValidatorConfiguration configure(
      HibernateValidatorConfiguration configuration) {
    return addTo(configuration);
  }

  /** {@link #configure}, for any kind of Hibernate Validator configuration (the predefined scope's). */
  static <S extends BaseHibernateValidatorConfiguration<S>> S addTo(S configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    SchemaTextConstraints.addTo(mapping);
    SchemaNumberConstraints.addTo(mapping);
    return configuration
        .addMapping(mapping)
        .constraintValidatorFactory(
            constraintValidatorFactory(configuration.getDefaultConstraintValidatorFactory()));
  }

  /**
   * A factory that makes Toolwright's validators itself and asks {@code delegate} for every other
   * one; it releases through {@code delegate} only what {@code delegate} made.
   */
  public static ConstraintValidatorFactory constraintValidatorFactory(
      ConstraintValidatorFactory delegate) {
    Objects.requireNonNull(delegate, "delegate");
    return new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        Supplier<ConstraintValidator<?, ?>> own = VALIDATORS.get(key);
        return own != null ? key.cast(own.get()) : delegate.getInstance(key);
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!VALIDATORS.containsKey(instance.getClass())) {
          delegate.releaseInstance(instance);
        }
      }
    };
  }

  private static Map<Class<?>, Supplier<ConstraintValidator<?, ?>>> validators() {
    Map<Class<?>, Supplier<ConstraintValidator<?, ?>>> all =
        new HashMap<>(SchemaTextConstraints.VALIDATORS);
    all.putAll(SchemaNumberConstraints.VALIDATORS);
    return Map.copyOf(all);
  }
}
