/**
 * The contract between generated dispatchers and the runtime. Generated {@code <Class>Tools}
 * classes implement {@link io.toolwright.dispatch.ToolInvoker} with {@link
 * io.toolwright.dispatch.JsonReaders} and hand the executor {@link
 * io.toolwright.dispatch.ToolBinding}s; nothing here is meant to be written by hand.
 *
 * <h2>What the executor relies on</h2>
 *
 * <ul>
 *   <li>{@link io.toolwright.dispatch.ToolInvoker#prepare} receives arguments that passed the
 *       structural check of the tool's schema, converts them, and <em>does not call</em> the tool's
 *       method: the executor validates {@link io.toolwright.dispatch.PreparedCall#arguments()}
 *       first, and calls {@link io.toolwright.dispatch.PreparedCall#invoke()} only if it is valid.
 *   <li>What {@code prepare} may throw, and what the model is told (the application's {@link
 *       io.toolwright.spi.ExecutionListener} gets the exception whole):
 *       <ul>
 *         <li>{@link io.toolwright.dispatch.ArgumentException}: {@code INVALID_ARGUMENTS} with its
 *             problem, whose text is sent as it is: it must be written for the model and hold no
 *             other exception's message;
 *         <li>{@link io.toolwright.MissingContextException}: {@code TOOL_FAILED}, naming the
 *             missing value but not its type;
 *         <li>a {@link io.toolwright.ToolException}, thrown or the cause of what was thrown (an
 *             arguments record's constructor refusing the values): {@code INVALID_ARGUMENTS} with
 *             its message;
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
package io.toolwright.dispatch;
