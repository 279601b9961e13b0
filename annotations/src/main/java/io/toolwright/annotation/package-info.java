/**
 * The annotations that declare tools: {@link io.toolwright.annotation.Tool} on a method, {@link
 * io.toolwright.annotation.Context} on a parameter the application supplies, {@link
 * io.toolwright.annotation.Enum} on a {@code String} with a fixed set of values, and the tool's
 * {@link io.toolwright.annotation.Effect}; {@link io.toolwright.annotation.ToolExample} gives a
 * tool example arguments, checked at build time.
 *
 * <p>This package is the artifact {@code io.toolwright:toolwright-annotations}, which has no
 * dependencies. The runtime, {@code toolwright-runtime}, depends on it, so an application using the
 * runtime has it already; a module that only declares types its tools use (records, enums, {@code
 * @Enum} on their components) can depend on it alone. A module whose classes declare {@code @Tool}
 * methods needs the runtime, which the generated {@code <Class>Tools} uses.
 */
package io.toolwright.annotation;
