package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a tool parameter that the application supplies at execution time, such as the signed-in
 * customer or the tenant. It never appears in the tool's schema, and a model argument of the same
 * name is rejected: the model cannot set it.
 *
 * <p>The value is looked up by name in the {@code io.toolwright.ToolContext} passed to
 * {@code io.toolwright.ToolRegistry.execute} (in the runtime, {@code toolwright-runtime}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Context {
  /** The key of the value in the {@code ToolContext}; defaults to the parameter's name. */
  String value() default "";
}
