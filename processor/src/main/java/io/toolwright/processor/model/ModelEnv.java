package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What every reader of one tool class needs.
 *
 * @param targetPackage the package of the generated code, which must be able to name every type
 * @param reading whether types are read as the arguments a model sends or as the result a tool
 *     returns
 */
record ModelEnv(
    Elements elements,
    Types types,
    Diagnostics diagnostics,
    String targetPackage,
    Reading reading) {

  /** Reads arguments, reporting to {@code diagnostics}. */
  ModelEnv(Elements elements, Types types, Diagnostics diagnostics, String targetPackage) {
    this(elements, types, diagnostics, targetPackage, Reading.ARGUMENTS);
  }

  /** The same environment reading results, reporting to {@code scratch}. */
  ModelEnv forResults(Diagnostics scratch) {
    return new ModelEnv(elements, types, scratch, targetPackage, Reading.RESULT);
  }

  boolean readsResults() {
    return reading == Reading.RESULT;
  }

  /** What a type is read for. */
  enum Reading {
    /**
     * The arguments a model sends: read as the generated code converts them, with every Bean
     * Validation rule checked.
     */
    ARGUMENTS,
    /**
     * What a tool returns, as the runtime's Jackson mapper writes it: no constraints (nothing
     * checks a return value), and a type the reader cannot describe is not an error, only a tool
     * without an output schema.
     */
    RESULT
  }
}
