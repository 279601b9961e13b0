package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a tool this class used to have was removed on purpose, and which tool replaces it.
 * The tool is never offered to a model again; a call to its name (from a model or client still
 * working from old definitions) is answered with the error {@code RETIRED_TOOL}: "get_order was
 * retired; use find_order instead", rather than "no tool named".
 *
 * <pre>{@code
 * @RetiredTool(name = "get_order", replacement = "find_order", since = "2026-11-01", until = "2027-03-01")
 * final class OrderService {
 *   @Tool String findOrder(String id) { ... }
 * }
 * }</pre>
 *
 * <p>Written on a class with at least one {@link Tool} method. Once the build's date is past {@link
 * #until}, the lint rule {@code retired-tool} warns that the declaration lingers; remove it then.
 * The compiler rejects a retired name that is also a tool of the class, or one that is not a valid
 * tool name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(RetiredTools.class)
public @interface RetiredTool {

  /** The retired tool's name, as models and clients called it. */
  String name();

  /** The tool to use instead, by name; named in the error a call to the retired tool gets. */
  String replacement();

  /** The date it was retired, {@code YYYY-MM-DD}; empty when not said. */
  String since() default "";

  /**
   * The date until which calls to it are answered with the replacement, {@code YYYY-MM-DD}; past it
   * {@code retired-tool} warns. Empty for no end.
   */
  String until() default "";
}
