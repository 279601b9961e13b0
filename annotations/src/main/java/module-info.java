/**
 * Toolwright's annotations, alone: {@code @Tool}, {@code @Context}, {@code @Enum} and {@code
 * Effect}. No dependencies, so a module can annotate its types and tools without the runtime's
 * Jackson and Hibernate Validator.
 */
module io.toolwright.annotation {
  exports io.toolwright.annotation;
}
