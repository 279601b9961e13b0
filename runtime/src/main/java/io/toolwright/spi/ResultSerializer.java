package io.toolwright.spi;

/**
 * Turns a tool's return value into the JSON the model receives. Set one with {@code
 * ToolRegistry.Builder.resultSerializer}; without one, the registry uses Jackson 3 (a plain {@code
 * JsonMapper}, or the mapper given to {@code resultMapper}).
 *
 * <p>The way to serialise results with an application's own mapper when that is not a Jackson 3
 * one, for example Jackson 2, which the provider SDKs, Spring AI and LangChain4j use:
 *
 * <pre>{@code
 * com.fasterxml.jackson.databind.ObjectMapper jackson2 = ...;
 * ToolRegistry registry = ToolRegistry.builder()
 *     .addAll(BillingServiceTools.bind(billing))
 *     .resultSerializer(jackson2::writeValueAsBytes)
 *     .build();
 * }</pre>
 *
 * <p>The registry checks that what a serializer returns is exactly one well-formed JSON value in
 * UTF-8; anything else fails the call with {@code TOOL_FAILED}, saying that the tool did run. A
 * serializer is called from the thread executing the call and must be safe to call from several
 * threads at once, as a registry is.
 */
@FunctionalInterface
public interface ResultSerializer {

  /**
   * The JSON of one return value, as UTF-8 bytes.
   *
   * @param value what the tool returned; never {@code null} (a {@code null} return is JSON {@code
   *     null} without asking the serializer) and never asked for a {@code void} method (which
   *     answers {@code {"ok":true}})
   * @throws Exception when the value cannot be serialised; the call fails with {@code
   *     TOOL_FAILED}, naming only the exception's class, since its message may hold data
   */
  byte[] serialize(Object value) throws Exception;
}
