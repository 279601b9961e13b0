package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds repeated {@link ToolExample}s; javac writes it when a method carries more than one. Write
 * {@code @ToolExample} several times rather than this.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToolExamples {

  /** The examples, in the order written. */
  ToolExample[] value();
}
