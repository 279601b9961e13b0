/**
 * Toolwright's public API: what a model is told ({@link io.toolwright.ToolDefinition}), and the
 * {@link io.toolwright.ToolRegistry} that executes the calls a model returns. The annotations
 * ({@link io.toolwright.annotation.Tool}, {@link io.toolwright.annotation.Context}, {@link
 * io.toolwright.annotation.Enum}) are in {@code io.toolwright.annotation}, a jar of their own.
 *
 * <h2>Executing one call</h2>
 *
 * {@link io.toolwright.ToolRegistry#execute} answers every {@link io.toolwright.ToolCall} with
 * exactly one {@link io.toolwright.ToolResult}, in call order, under the registry's {@link
 * io.toolwright.ExecutionPolicy} (calls one after another on the calling thread by default; reads in
 * parallel and writes as barriers on an executor; caps, time-outs and attempts).
 * Each call goes through these steps; the first that fails ends the call with a {@link
 * io.toolwright.ToolResult.Failure}, and <strong>the tool's method is never called when any step
 * fails</strong>.
 *
 * <ol>
 *   <li><b>Look-up.</b> An unknown name is {@link io.toolwright.ErrorCode#UNKNOWN_TOOL}, listing up
 *       to three registered names close to it ("No tool named 'get_balanse'. Did you mean
 *       'get_balance'?"); a name longer than 128 characters gets no suggestions.
 *   <li><b>Parsing</b>, by Toolwright's own hardened parser within {@link
 *       io.toolwright.ParseLimits} (depth, document size, string, number, property name, exponent),
 *       the same for arguments given as text, bytes or an already-parsed tree. Duplicate property
 *       names, content after the object and a root that is not an object are rejected; empty or
 *       whitespace-only arguments are {@code {}}. Bytes must be well-formed UTF-8 (overlong forms
 *       and code points beyond U+10FFFF are refused, although Jackson would decode them), and no
 *       string may hold an unpaired UTF-16 surrogate (<code>"&#92;ud800"</code>), in a value as in
 *       a name. Failures are {@link io.toolwright.ErrorCode#INVALID_JSON}, naming the limit or the
 *       syntax error with its line and column, and quoting at most 80 characters of the input.
 *   <li><b>Context guard.</b> An argument named like one of the tool's {@code @Context} values is
 *       refused: the application sets those, never the model.
 *   <li><b>Structural check</b> against the tool's schema: types, required and unknown properties,
 *       {@code enum} values, {@code null}, array items, map values, {@code uniqueItems}. Every
 *       problem is reported, each at its JSON pointer (RFC 6901). {@code 1.0} is an integer; {@code
 *       null} for a property that is not required means "absent".
 *   <li><b>Conversion</b> by the generated dispatcher (an {@code int} that overflows, a date that
 *       does not exist). Steps 3 to 5 fail with {@link io.toolwright.ErrorCode#INVALID_ARGUMENTS}.
 *       What the application's code throws here (an arguments record's constructor, a bean's
 *       setter) is told by class name only: {@code INVALID_ARGUMENTS} for an {@link
 *       java.lang.IllegalArgumentException}, {@code TOOL_FAILED} for anything else, an {@code
 *       Error} included; a {@link io.toolwright.ToolException} is {@code INVALID_ARGUMENTS} with
 *       its message. A missing context value is an application error, {@code TOOL_FAILED}, naming
 *       the value.
 *   <li><b>Bean Validation</b> of the converted arguments with Hibernate Validator: constraint
 *       keywords in the schema ({@code minimum}, {@code pattern}, ...) are checked here, from the
 *       annotations they came from, so there is one source of truth. Violations are {@link
 *       io.toolwright.ErrorCode#INVALID_ARGUMENTS} at the pointer of the property path ({@code
 *       items[2].name} is {@code /items/2/name}), with the constraint's message. A validator that
 *       throws is {@code TOOL_FAILED}, as in step 5.
 *   <li><b>Invocation.</b> The return value becomes JSON through the registry's result mapper (or
 *       its {@link io.toolwright.spi.ResultSerializer}); a
 *       {@code void} method answers {@code {"ok":true}}, a {@code null} return JSON {@code null}.
 *       Whatever the tool throws, checked or not, is {@link io.toolwright.ErrorCode#TOOL_FAILED}
 *       with the exception's simple class name, never a stack trace; the message (at most 200
 *       characters) is included only for a {@link io.toolwright.ToolException}, which a tool
 *       throws when the model can act on the reason, because other exceptions' messages may hold
 *       secrets. Only a {@link java.lang.VirtualMachineError} other than {@link
 *       java.lang.StackOverflowError} propagates. A result that cannot be serialised is {@code
 *       TOOL_FAILED} too, saying that the tool did run.
 * </ol>
 *
 * <p>Why a call failed, with the whole exception, goes to the registry's {@link
 * io.toolwright.spi.ExecutionListener} and is on {@link io.toolwright.ToolResult.Failure#cause()};
 * by default tool failures are logged through {@link System.Logger} {@code io.toolwright}.
 *
 * <h2>What a failure looks like</h2>
 *
 * {@link io.toolwright.ToolResult#content()} of a failure, the JSON to send back to the model:
 *
 * <pre>{@code
 * {"error": {
 *    "code": "INVALID_ARGUMENTS",
 *    "message": "The arguments do not match the tool's parameters (2 problems). Correct the value at each pointer and call the tool again.",
 *    "problems": [
 *      {"pointer": "/amount", "expected": "a number", "actual": "\"ten\""},
 *      {"pointer": "/reason", "expected": "one of \"duplicate\", \"fraudulent\" (required)"}],
 *    "closest_tools": ["get_balance"]}}
 * }</pre>
 *
 * {@code problems} (for {@code INVALID_ARGUMENTS} and {@code INVALID_JSON}, at most 50, the message
 * giving the total) and {@code closest_tools} (for {@code UNKNOWN_TOOL}) are left out when empty,
 * and {@code actual} when nothing was given. Text quoted from the model or a tool stays on one
 * visible line: control characters and line separators show as spaces in messages and as escapes
 * in {@code actual}; bidi controls, zero-width and other invisible characters and unpaired
 * surrogates as <code>&#92;u</code> escapes. The same information is available as a {@link
 * io.toolwright.ToolError} from {@link io.toolwright.ToolResult.Failure#error()}.
 */
package io.toolwright;
