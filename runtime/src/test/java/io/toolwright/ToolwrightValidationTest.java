package io.toolwright;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * An application's own validator, configured with {@link ToolwrightValidation}, reads constraints
 * as the default validator does, and keeps what the application configured.
 */
class ToolwrightValidationTest {

  private static final String EMOJI = "\uD83D\uDE00";
  private static final String DIGITS =
      "amount: numeric value out of bounds (<4 digits>.<2 digits> expected)";

  record Refund(
      @Size(min = 2, max = 2) String code,
      @NotBlank String reason,
      @Digits(integer = 4, fraction = 2) BigDecimal amount) {}

  /** The values on which Hibernate Validator's own definitions and the schema's differ. */
  private static final List<Refund> REFUNDS =
      List.of(
          new Refund(EMOJI + EMOJI, "Outage", new BigDecimal("12.500")),
          new Refund(EMOJI, "\u00A0\u202F", new BigDecimal("0E+5")),
          new Refund("ab", "\u001F", new BigDecimal("12.501")),
          new Refund("abc", " ", new BigDecimal("10000.0")));

  @Test
  void aValidatorConfiguredByTheApplicationAgreesWithTheDefault() {
    Validator own =
        ToolwrightValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    for (Refund refund : REFUNDS) {
      assertThat(violations(own, refund))
          .as("%s", refund)
          .isEqualTo(violations(ConstraintViolations.defaultValidator(), refund));
    }
    assertThat(violations(own, REFUNDS.get(0))).isEmpty();
    assertThat(violations(own, REFUNDS.get(1)))
        .containsExactly("code: size must be between 2 and 2", "reason: must not be blank");
    assertThat(violations(own, REFUNDS.get(2))).containsExactly(DIGITS);
    assertThat(violations(own, REFUNDS.get(3)))
        .containsExactly(DIGITS, "code: size must be between 2 and 2", "reason: must not be blank");
  }

  /** A constraint whose validator has a dependency, as a DI container's factory would inject. */
  @Target({FIELD, PARAMETER, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @Constraint(validatedBy = KnownCustomer.Validator.class)
  @interface KnownCustomer {
    String message() default "must be a known customer";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<KnownCustomer, String> {
      private final List<String> customers;

      Validator(List<String> customers) {
        this.customers = customers;
      }

      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || customers.contains(value);
      }
    }
  }

  record Order(@KnownCustomer String customer, @Size(max = 1) String mark) {}

  /** Makes the application's validators, and records what it is asked to release. */
  private static final class InjectingFactory implements ConstraintValidatorFactory {
    final List<Object> released = new ArrayList<>();
    private final ConstraintValidatorFactory defaults;

    InjectingFactory(HibernateValidatorConfiguration configuration) {
      defaults = configuration.getDefaultConstraintValidatorFactory();
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == KnownCustomer.Validator.class) {
        return key.cast(new KnownCustomer.Validator(List.of("C-1001")));
      }
      return defaults.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      released.add(instance);
      defaults.releaseInstance(instance);
    }
  }

  @Test
  void theApplicationsOwnFactoryMakesItsValidatorsBesideToolwrights() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    InjectingFactory injecting = new InjectingFactory(configuration);
    ValidatorFactory factory =
        ToolwrightValidation.configure(configuration)
            .constraintValidatorFactory(ToolwrightValidation.constraintValidatorFactory(injecting))
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    Validator own = factory.getValidator();

    assertThat(violations(own, new Order("C-1001", EMOJI))).isEmpty();
    assertThat(violations(own, new Order("C-9999", EMOJI + EMOJI)))
        .containsExactly("customer: must be a known customer", "mark: size must be between 0 and 1");

    factory.close();
    // Toolwright's validators were never the application factory's to release.
    assertThat(injecting.released)
        .isNotEmpty()
        .allSatisfy(instance -> assertThat(instance).isInstanceOf(KnownCustomer.Validator.class));
  }

  /** Each violation as "path: message", sorted. */
  private static List<String> violations(Validator validator, Object bean) {
    TreeSet<String> found = new TreeSet<>();
    for (ConstraintViolation<Object> violation : validator.validate(bean)) {
      found.add(violation.getPropertyPath() + ": " + violation.getMessage());
    }
    return new ArrayList<>(found);
  }
}
