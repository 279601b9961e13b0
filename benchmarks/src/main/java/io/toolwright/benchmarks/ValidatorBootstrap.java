package io.toolwright.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What Hibernate Validator's bootstrap costs a cold JVM, for the start-up work of issue 11: one
 * fresh JVM per run builds a validator and validates {@code update_contact_email}'s generated
 * arguments ({@code email} breaks its {@code @Email}), either as the registry's default validator
 * was built at first ({@code regular}) or in Hibernate Validator's predefined scope, told the one
 * validated class and the one built-in constraint it uses ({@code predefined}). {@code unknown}
 * shows why the predefined scope needs the complete list: told of no class, it validates the same
 * arguments and finds no violation at all. ({@code get_balance}'s {@code @Pattern}, measured at
 * first, is now checked by the generated code, which has no arguments class for it.)
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.ValidatorBootstrap
 * regular|predefined|unknown}; add {@code -Xlog:class+load} before {@code -cp} to count classes.
 */
public final class ValidatorBootstrap {

  private static final String SAMPLE = "io.toolwright.sample.AccountServiceTools$";

  private ValidatorBootstrap() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    String mode = args.length > 0 ? args[0] : "regular";
    long start = System.nanoTime();
    Class<?> updateEmail = Class.forName(SAMPLE + "UpdateContactEmailArguments");
    Object arguments = newArguments(updateEmail, "not an email");
    Validator validator =
        "regular".equals(mode)
            ? Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator()
            : Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .configure()
                .builtinConstraints(Set.of("jakarta.validation.constraints.Email"))
                .initializeBeanMetaData(
                    "unknown".equals(mode) ? Set.<Class<?>>of() : Set.of(updateEmail))
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    int violations = validator.validate(arguments).size();
    System.out.printf(
        "%s: %d violation(s), %.0f ms%n", mode, violations, (System.nanoTime() - start) / 1e6);
  }

  /** The generated arguments class is package-private: its constructor is reached by reflection. */
  private static Object newArguments(Class<?> type, String firstValue)
      throws ReflectiveOperationException {
    Constructor<?> constructor = type.getDeclaredConstructors()[0];
    constructor.setAccessible(true);
    Object[] values = new Object[constructor.getParameterCount()];
    Class<?>[] types = constructor.getParameterTypes();
    for (int i = 0; i < values.length; i++) {
      values[i] = types[i] == boolean.class ? Boolean.FALSE : null;
    }
    values[0] = firstValue;
    return constructor.newInstance(values);
  }
}
