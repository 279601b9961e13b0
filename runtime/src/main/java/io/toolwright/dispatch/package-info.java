/**
 * <b>For generated code only.</b> The contract between the {@code <Class>Tools} classes the
 * processor generates and the runtime: {@link io.toolwright.dispatch.ToolInvoker}, {@link
 * io.toolwright.dispatch.JsonReaders}, {@link io.toolwright.dispatch.ToolBinding} and the version
 * handshake {@link io.toolwright.dispatch.GeneratedApi}. Every type here is marked {@link
 * io.toolwright.dispatch.ForGeneratedCode}: public only because generated code lives in the
 * application's packages, not an API. It changes whenever the processor needs it to, without
 * notice; applications must not call, implement or extend it. What an application uses is in
 * {@code io.toolwright} and {@code io.toolwright.spi}.
 *
 * <h2>What the executor relies on</h2>
 *
 * <ul>
 *   <li>{@link io.toolwright.dispatch.ToolInvoker#prepare} receives the arguments, converts them,
 *       and <em>does not call</em> the tool's method: the executor validates {@link
 *       io.toolwright.dispatch.PreparedCall#arguments()} first, and calls {@link
 *       io.toolwright.dispatch.PreparedCall#invoke()} only if it is valid. The arguments usually
 *       passed the structural check of the tool's schema; when they did not, the executor still
 *       converts them, to report what only conversion finds in the same answer, and ignores the
 *       prepared call.
 *   <li>Conversion goes on past a bad value: the {@link io.toolwright.dispatch.JsonReaders} record
 *       each problem in the call's {@link io.toolwright.dispatch.Problems} and return a
 *       placeholder, a record or bean is built only from values that all converted, and {@code
 *       prepare} ends with {@link io.toolwright.dispatch.Problems#throwIfAny()}.
 *   <li>What {@code prepare} may throw, and what the model is told (the application's {@link
 *       io.toolwright.spi.ExecutionListener} gets the exception whole):
 *       <ul>
 *         <li>{@link io.toolwright.dispatch.ArgumentException}: {@code INVALID_ARGUMENTS} with its
 *             problems (the first 50; the message gives the total). A record's constructor or a
 *             bean's setter refusing the model's values is one of them, at the object's pointer:
 *             an {@link io.toolwright.ToolException}'s message is passed on, any other exception
 *             is named by its simple class name only;
 *         <li>{@link io.toolwright.dispatch.ConstraintException}, from {@link
 *             io.toolwright.dispatch.ConstraintChecks#throwIfAny(Object)} once the arguments
 *             converted: {@code INVALID_ARGUMENTS} with the constraints the generated code checked
 *             and found broken, together with what Bean Validation finds in the arguments object it
 *             carries, ordered by pointer then message;
 *         <li>{@link io.toolwright.MissingContextException}: {@code TOOL_FAILED}, naming the
 *             missing value but not its type;
 *         <li>a {@link io.toolwright.ToolException}, thrown or the cause of what was thrown (code
 *             outside the generated readers): {@code INVALID_ARGUMENTS} with its message;
 *         <li>any other {@link java.lang.IllegalArgumentException}: {@code INVALID_ARGUMENTS}
 *             naming its class only;
 *         <li>anything else, an {@code Error} included: {@code TOOL_FAILED} naming its class only,
 *             as a defect in the application. Only a {@link java.lang.VirtualMachineError} other
 *             than {@link java.lang.StackOverflowError} propagates.
 *       </ul>
 *   <li>The arguments object's properties (fields or record components carrying the Bean Validation
 *       annotations) are named exactly like the schema's properties: a violation's property path
 *       becomes the JSON pointer reported to the model. Nested types are cascaded with
 *       {@code @Valid}; list elements are reported at their index, map values at their key, set
 *       elements (which have no index) at the set.
 *   <li>An argument may be JSON {@code null} or absent when the property is not required; readers
 *       treat both as absent ({@link io.toolwright.dispatch.JsonReaders#isAbsent}). Numbers with a
 *       fraction or an exponent arrive as exact decimals ({@code isBigDecimal()}), whatever form
 *       the provider delivered.
 * </ul>
 */
@ForGeneratedCode
package io.toolwright.dispatch;
