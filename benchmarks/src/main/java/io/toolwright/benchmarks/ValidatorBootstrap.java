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
 * fresh JVM per run builds a validator and validates {@code get_balance}'s generated arguments
 * ({@code accountId} breaks its {@code @Pattern}), either as the registry's default validator is
 * built today ({@code regular}) or in Hibernate Validator's predefined scope, told the one
 * validated class and the one built-in constraint it uses ({@code predefined}). {@code unknown}
 * shows why the predefined scope needs the complete list: it validates {@code
 * update_contact_email}'s arguments, which it was not told of, and finds no violation at all.
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
    Class<?> getBalance = Class.forName(SAMPLE + "GetBalanceArguments");
    Object arguments =
        "unknown".equals(mode)
            ? newArguments(Class.forName(SAMPLE + "UpdateContactEmailArguments"), "not an email")
            : newArguments(getBalance, "ACC-12");
    Validator validator =
        "regular".equals(mode)
            ? Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator()
            : Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .configure()
                .builtinConstraints(Set.of("jakarta.validation.constraints.Pattern"))
                .initializeBeanMetaData(Set.of(getBalance))
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
