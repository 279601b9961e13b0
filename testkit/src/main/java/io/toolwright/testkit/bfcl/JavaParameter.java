package io.toolwright.testkit.bfcl;

import java.util.List;

/**
 * A BFCL parameter (or property of a dict) as a Java parameter (or record component).
 *
 * @param bfclName the name in BFCL, which is the JSON property name calls use
 * @param javaName the Java identifier; equal to {@code bfclName} unless that is not one
 * @param required in BFCL's {@code required}; otherwise the Java type is {@code @Nullable}
 * @param enumValues BFCL's {@code enum} on a string, as {@code @Enum}; empty when none
 * @param minimum BFCL's {@code minimum}, as {@code @Min}/{@code @DecimalMin}, or {@code null}
 * @param maximum BFCL's {@code maximum}, as {@code @Max}/{@code @DecimalMax}, or {@code null}
 */
public record JavaParameter(
    String bfclName,
    String javaName,
    JavaType type,
    boolean required,
    String description,
    List<String> enumValues,
    String minimum,
    String maximum) {}
