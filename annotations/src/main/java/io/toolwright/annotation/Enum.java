package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a {@code String} parameter, record component or bean property to a finite set of values,
 * when a Java {@code enum} would be too heavy. The schema lists the values as a JSON {@code enum}, and
 * the runtime rejects any other value before the method is called. On anything but a {@code String}
 * it is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface Enum {
  /** The allowed values, in the order the model should see them. */
  String[] value();
}
