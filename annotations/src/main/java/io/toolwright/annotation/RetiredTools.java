package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds repeated {@link RetiredTool}s; javac writes it when a class carries more than one. Write
 * {@code @RetiredTool} several times rather than this.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RetiredTools {

  /** The retired tools, in the order written. */
  RetiredTool[] value();
}
