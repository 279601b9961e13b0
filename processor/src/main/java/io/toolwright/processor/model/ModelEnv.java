package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What every reader of one tool class needs.
 *
 * @param targetPackage the package of the generated code, which must be able to name every type
 */
record ModelEnv(Elements elements, Types types, Diagnostics diagnostics, String targetPackage) {}
