package io.toolwright.dispatch;

import java.util.List;

/**
 * Names, when asked, every class Bean Validation may be asked to check for one generated tool set
 * ({@code ToolSet.validating(ValidatedClasses)}, {@link GeneratedApi} 6). Implemented by the
 * generated {@code Invoker}, whose method holds the class literals: a class literal loads its
 * class when it runs, so naming them in {@code bind} loaded every arguments class (and the records
 * they hold) in an application that only asked for definitions; asked here, they load when the
 * registry first runs a call.
 */
@ForGeneratedCode
public interface ValidatedClasses {

  /**
   * The classes: the generated arguments class of each tool whose arguments carry a constraint or
   * {@code @Valid}, and every record or bean those arguments can hold. The same on every call.
   */
  List<Class<?>> validatedClasses();
}
