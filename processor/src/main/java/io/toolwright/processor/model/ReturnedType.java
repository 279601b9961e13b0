package io.toolwright.processor.model;

/**
 * What a tool returns, read as the runtime's Jackson mapper writes it, for tools whose result is
 * always a JSON object: a record, a class read by its getters, or a {@code Map<String, T>}.
 *
 * @param shape an {@link Shape.ObjectRef} or a {@link Shape.MapShape}
 * @param types the records and classes the result reaches, read as results (by what Jackson
 *     writes, not by what the generated code reads): kept apart from the tool class's catalog,
 *     where a class used both ways has its setters' properties
 */
public record ReturnedType(Shape shape, TypeCatalog types) {}
