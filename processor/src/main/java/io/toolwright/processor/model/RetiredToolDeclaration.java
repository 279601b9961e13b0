package io.toolwright.processor.model;

import io.toolwright.RetiredTool;
import java.time.LocalDate;
import javax.lang.model.element.AnnotationMirror;

/**
 * One {@code @RetiredTool} on a tool class, validated.
 *
 * @param tool what the generated code and the resource carry
 * @param until the parsed {@link RetiredTool#until()}, or {@code null} for no end
 * @param annotation where it is written, for the {@code retired-tool} warning
 */
public record RetiredToolDeclaration(RetiredTool tool, LocalDate until, AnnotationMirror annotation) {}
