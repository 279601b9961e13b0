package io.toolwright.processor.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ArgumentsExample;
import io.toolwright.processor.model.ExampleJson;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolParameter;
import io.toolwright.processor.model.ToolParameter.ContextParameter;
import io.toolwright.processor.model.TypeCatalog;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a tool's examples against its own canonical schema with an independent JSON Schema 2020-12
 * validator (networknt), formats asserted and {@code pattern} read as ECMA-262 (Joni), as the test
 * kit's oracle does: what a provider that validates examples (Anthropic) would find. A constraint
 * the schema cannot show is left to Bean Validation at run time, and said.
 */
public final class ExampleCheck {

  private ExampleCheck() {}

  /**
   * The validator, built on the first example: building it initialises networknt's dialects,
   * formats, Joni and SLF4J (a tenth of a second and some hundreds of classes for the JIT), which a
   * build without {@code @ToolExample} should not pay for every class it checks.
   */
  private static final class Registry {
    // 2020-12 only annotates with "format" unless told to assert it; Toolwright's formats are
    // promises about what the run time accepts.
    static final SchemaRegistry INSTANCE =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                        .build()));
  }

  /** Reports, at each example's annotation, what is wrong with it. */
  public static void check(
      ToolSchema schema, TypeCatalog types, String className, Diagnostics diagnostics) {
    ToolMethod tool = schema.tool();
    if (tool.examples().isEmpty()) {
      return;
    }
    Schema compiled =
        Registry.INSTANCE.getSchema(ExampleJson.MAPPER.readTree(schema.canonical()));
    for (ArgumentsExample example : tool.examples()) {
      ObjectNode arguments = withoutContext(tool, example, diagnostics);
      List<Error> errors = compiled.validate(arguments);
      if (!errors.isEmpty()) {
        report(
            diagnostics,
            Message.EXAMPLE_INVALID,
            tool,
            example,
            problems(errors),
            list(errors),
            className);
        continue;
      }
      List<String> unchecked = UncheckedConstraints.find(tool, types, arguments);
      if (!unchecked.isEmpty()) {
        report(
            diagnostics,
            Message.EXAMPLE_UNCHECKED_CONSTRAINT,
            tool,
            example,
            String.join("; ", unchecked));
      }
    }
  }

  /**
   * The example without the {@code @Context} values it names, each reported: the schema would call
   * such a name merely unknown, when the reason is that only the application sets it.
   */
  private static ObjectNode withoutContext(
      ToolMethod tool, ArgumentsExample example, Diagnostics diagnostics) {
    ObjectNode arguments = example.arguments();
    for (ToolParameter parameter : tool.parameters()) {
      if (parameter instanceof ContextParameter context) {
        for (String name : List.of(context.name(), context.javaName())) {
          if (arguments.has(name)) {
            report(
                diagnostics,
                Message.EXAMPLE_NAMES_CONTEXT,
                tool,
                example,
                name,
                context.javaName());
            arguments = arguments.deepCopy();
            arguments.remove(name);
          }
        }
      }
    }
    return arguments;
  }

  private static String problems(List<Error> errors) {
    return errors.size() == 1 ? "1 problem" : errors.size() + " problems";
  }

  /** {@code at /refund/amount, minimum: must have a minimum value of 0.01; ...}. */
  private static String list(List<Error> errors) {
    return errors.stream()
        .map(
            e ->
                "at "
                    + pointer(e.getInstanceLocation())
                    + ", "
                    + e.getKeyword()
                    + ": "
                    + e.getMessage())
        .collect(Collectors.joining("; "));
  }

  /** The JSON pointer of {@code location}, or "the top level" for the arguments object itself. */
  static String pointer(NodePath location) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      String token = String.valueOf(location.getElement(i));
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.isEmpty() ? "the top level" : pointer.toString();
  }

  private static void report(
      Diagnostics diagnostics,
      Message message,
      ToolMethod tool,
      ArgumentsExample example,
      Object... details) {
    ExecutableElement method = tool.element();
    Object[] args = new Object[details.length + 1];
    args[0] = example.label();
    System.arraycopy(details, 0, args, 1, details.length);
    diagnostics.reportAt(message, method, example.annotation(), example.value(), args);
  }
}
