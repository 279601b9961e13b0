package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a tool a model may call. The Toolwright annotation processor generates, for each
 * class declaring tools, a {@code <Class>Tools} class holding the tools' definitions and a
 * dispatcher, and a resource {@code META-INF/toolwright/<qualified class name>.json}.
 *
 * <p>The method must be reachable from generated code in the same package: not {@code private},
 * declared in a class that is not {@code private} and, if nested, {@code static}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Tool {

  /**
   * The tool's name as the model sees it. Defaults to the method name in snake_case
   * ({@code findInvoices} becomes {@code find_invoices}). Must match {@code ^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$},
   * the intersection of what OpenAI, Anthropic, Gemini and MCP accept.
   */
  String name() default "";

  /** What the tool does, for the model. Defaults to the method's Javadoc comment. */
  String description() default "";

  /**
   * What calling the tool does. Defaults to {@link Effect#WRITE}: a tool is assumed to change state
   * unless declared {@link Effect#READ_ONLY}, so that no policy built on the effect (see {@link
   * Effect}) will ever treat an undeclared write as safe to repeat.
   */
  Effect effect() default Effect.WRITE;

  /**
   * Whether calling the tool twice with the same arguments has the same effect as calling it once.
   * Read-only tools are idempotent whatever this says. Recorded like the effect, and part of the
   * fingerprint. The runtime tries a write again after a transient failure only when it is
   * idempotent; one that is not is never run twice automatically.
   */
  boolean idempotent() default false;
}
