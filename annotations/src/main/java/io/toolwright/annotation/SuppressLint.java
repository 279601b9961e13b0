package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences Toolwright lint rules for every tool in a package, written in its {@code
 * package-info.java}: {@code @SuppressLint("toolwright:vague-description") package
 * com.acme.tools;}. On a class, method, parameter or record component, use
 * {@code @SuppressWarnings("toolwright:<rule>")}; Java does not allow {@code @SuppressWarnings} on
 * a package, which is why this annotation exists.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface SuppressLint {
  /** The rules, written as in {@code @SuppressWarnings}: {@code "toolwright:<rule>"}. */
  String[] value();
}
