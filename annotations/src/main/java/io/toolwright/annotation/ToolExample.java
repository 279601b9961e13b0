package io.toolwright.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Example arguments for a {@link Tool}: a JSON object a model could send, shown to the model next
 * to the schema (Anthropic's {@code input_examples}; {@code ToolDefinition.examples()} for the
 * other formats). An example helps most where the schema alone leaves the shape of an argument
 * unclear: a nested record, a list of objects, a date range.
 *
 * <pre>
 * &#64;Tool
 * &#64;ToolExample("""
 *     {"refund": {"invoiceId": "INV-1042", "amount": 12.50, "reason": "Charged twice"}}
 *     """)
 * public void refundInvoice(RefundRequest refund) { ... }
 * </pre>
 *
 * <p><b>Checked at build time.</b> The annotation processor parses each example and validates it
 * against the tool's own JSON Schema: an example that is not a JSON object, names a {@link Context}
 * parameter or an unknown property, or breaks a constraint the schema shows (a missing required
 * property, a wrong type, {@code @Size}, {@code @Pattern}, {@code @Positive}...) is a compile error
 * at the annotation. Constraints the schema cannot show ({@code @Past}, {@code @Future}, custom
 * constraints) cannot be checked then; a warning names them, and a test that executes the examples
 * through the registry checks them.
 *
 * <p>Examples cost prompt tokens on every request that sends the tool. Anthropic recommends one to
 * five per tool, for tools whose arguments are not obvious. The examples are part of the tool's
 * fingerprint.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(ToolExamples.class)
public @interface ToolExample {

  /**
   * The example's arguments: the text of one JSON object, keyed by the tool's parameter names (the
   * names in its schema). A text block keeps it readable. Stored compact, keys in the order
   * written.
   */
  String value();
}
