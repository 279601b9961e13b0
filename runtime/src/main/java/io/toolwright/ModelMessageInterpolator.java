package io.toolwright;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates constraint messages for a model to read: always in the base (English) bundle,
 * whatever the JVM's default locale, and with Hibernate Validator's few built-in messages that need
 * Expression Language rewritten without it.
 *
 * <p>{@link ParameterMessageInterpolator} substitutes {@code {value}}-style parameters but leaves
 * {@code ${...}} expressions as they are, and Hibernate's default messages for {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @DurationMin}, {@code @DurationMax}, {@code @LuhnCheck},
 * {@code @Mod10Check} and {@code @Mod11Check} contain some; a model would read "must be greater
 * than ${inclusive == true ? 'or equal to ' : ''}0.01". Here those templates are replaced by plain
 * ones with the same meaning before delegating. An application's own messages with {@code ${...}}
 * still need an EL-capable validator, passed to {@link ToolRegistry.Builder#validator}.
 */
final class ModelMessageInterpolator implements MessageInterpolator {

  private static final String JAKARTA = "{jakarta.validation.constraints.";
  private static final String HIBERNATE = "{org.hibernate.validator.constraints.";

  private final MessageInterpolator delegate = new ParameterMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ROOT);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
    return delegate.interpolate(withoutExpressions(template, attributes), context, locale);
  }

  static String withoutExpressions(String template, Map<String, Object> attributes) {
    switch (template) {
      case JAKARTA + "DecimalMax.message}":
        return "must be less than " + orEqualTo(attributes) + "{value}";
      case JAKARTA + "DecimalMin.message}":
        return "must be greater than " + orEqualTo(attributes) + "{value}";
      case HIBERNATE + "LuhnCheck.message}":
        return "the check digit is invalid, Luhn Modulo 10 checksum failed";
      case HIBERNATE + "Mod10Check.message}":
        return "the check digit is invalid, Modulo 10 checksum failed";
      case HIBERNATE + "Mod11Check.message}":
        return "the check digit is invalid, Modulo 11 checksum failed";
      case HIBERNATE + "time.DurationMax.message}":
        return "must be shorter than " + orEqualTo(attributes) + duration(attributes);
      case HIBERNATE + "time.DurationMin.message}":
        return "must be longer than " + orEqualTo(attributes) + duration(attributes);
      default:
        return template;
    }
  }

  private static String orEqualTo(Map<String, Object> attributes) {
    return Boolean.FALSE.equals(attributes.get("inclusive")) ? "" : "or equal to ";
  }

  /** "1 day 2 hours", as Hibernate's expression words it; "0" for an empty duration. */
  private static String duration(Map<String, Object> attributes) {
    String[][] units = {
      {"days", "day"}, {"hours", "hour"}, {"minutes", "minute"},
      {"seconds", "second"}, {"millis", "milli"}, {"nanos", "nano"}
    };
    StringBuilder words = new StringBuilder();
    for (String[] unit : units) {
      Object value = attributes.get(unit[0]);
      long amount = value instanceof Number number ? number.longValue() : 0;
      if (amount != 0) {
        words.append(words.length() == 0 ? "" : " ").append(amount).append(' ');
        words.append(amount == 1 ? unit[1] : unit[0]);
      }
    }
    return words.length() == 0 ? "0" : words.toString();
  }
}
