package io.toolwright.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code @ToolExample} of a tool, parsed: a JSON object, not yet checked against the tool's
 * schema (which is derived after the model is read).
 *
 * @param label {@code @ToolExample of Tools.find}, or {@code @ToolExample #2 of Tools.find} when
 *     the method has several, for messages
 * @param json the example as compact JSON text, keys in the order written; what generated code and
 *     the resource carry
 * @param arguments the parsed object, for the schema check
 * @param annotation the {@code @ToolExample}, and {@code value} its value, to report at
 */
public record ArgumentsExample(
    String label,
    String json,
    ObjectNode arguments,
    AnnotationMirror annotation,
    AnnotationValue value) {}
