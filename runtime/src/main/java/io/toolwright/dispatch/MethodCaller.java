package io.toolwright.dispatch;

/**
 * Calls one tool's method with the values its {@code prepare} method converted. Implemented by the
 * generated {@code Invoker} since {@link GeneratedApi} 5, which calls the method itself (a {@code
 * switch} over its tool's index) instead of handing {@link PreparedCall} a lambda per tool: javac
 * then desugars no lambda per tool, and a cold JVM spins no class for one on the first call.
 */
@ForGeneratedCode
public interface MethodCaller {

  /**
   * Calls the tool's method.
   *
   * @param values the converted arguments, in the method's parameter order ({@code @Context}
   *     values included), as {@code prepare} passed them to {@link PreparedCall#calling}
   * @return what the method returned; {@code null} for a {@code void} method
   */
  Object call(Object[] values) throws Exception;
}
