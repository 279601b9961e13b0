package io.toolwright.processor.model;

import io.toolwright.annotation.ToolExample;
import io.toolwright.annotation.ToolExamples;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a tool's {@code @ToolExample}s: each must be one JSON object. Whether it matches the tool's
 * schema is checked once the schema is derived ({@code ExampleCheck}).
 */
final class ExampleReader {

  private static final String EXAMPLE = ToolExample.class.getCanonicalName();
  private static final String EXAMPLES = ToolExamples.class.getCanonicalName();

  private final ModelEnv env;

  ExampleReader(ModelEnv env) {
    this.env = env;
  }

  /** The method's examples in the order written; one that is not a JSON object is reported. */
  List<ArgumentsExample> read(ExecutableElement method, List<ToolParameter> parameters) {
    List<ArgumentsExample> examples = new ArrayList<>();
    List<AnnotationMirror> annotations = annotations(method);
    for (int i = 0; i < annotations.size(); i++) {
      AnnotationMirror annotation = annotations.get(i);
      AnnotationValue value = Annotations.explicitValue(annotation, "value");
      String text = (String) value.getValue();
      String label =
          (annotations.size() == 1 ? "@ToolExample" : "@ToolExample #" + (i + 1))
              + " of "
              + ToolMethodReader.label(method);
      JsonNode parsed;
      try {
        parsed = ExampleJson.MAPPER.readTree(text);
      } catch (JacksonException e) {
        report(Message.EXAMPLE_NOT_JSON, method, annotation, value, label, notJson(e), parameters);
        continue;
      }
      if (parsed == null || parsed.isMissingNode()) {
        report(
            Message.EXAMPLE_NOT_JSON, method, annotation, value, label, "it is empty", parameters);
      } else if (parsed instanceof ObjectNode object) {
        examples.add(
            new ArgumentsExample(
                label, ExampleJson.MAPPER.writeValueAsString(object), object, annotation, value));
      } else {
        String kind = parsed.getNodeType().name().toLowerCase(Locale.ROOT);
        report(Message.EXAMPLE_NOT_OBJECT, method, annotation, value, label, kind, parameters);
      }
    }
    return examples;
  }

  /** {@code @ToolExample}s in the order written, whether javac wrapped them in their container. */
  private static List<AnnotationMirror> annotations(ExecutableElement method) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = Annotations.qualifiedName(mirror);
      if (name.equals(EXAMPLE)) {
        found.add(mirror);
      } else if (name.equals(EXAMPLES)) {
        for (Object item : (List<?>) Annotations.explicitValue(mirror, "value").getValue()) {
          found.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return found;
  }

  /** The parser's complaint, with where in the example's text it stopped. */
  private static String notJson(JacksonException e) {
    String problem = e.getOriginalMessage();
    int newline = problem.indexOf('\n');
    if (newline >= 0) {
      problem = problem.substring(0, newline); // Jackson appends hints on further lines
    }
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return problem;
    }
    return problem
        + " (line "
        + location.getLineNr()
        + ", column "
        + location.getColumnNr()
        + " of the example)";
  }

  private void report(
      Message message,
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue value,
      String label,
      String detail,
      List<ToolParameter> parameters) {
    env.diagnostics()
        .reportAt(message, method, annotation, value, label, detail, skeleton(parameters));
  }

  /** {@code {"query": ..., "limit": ...}}: the object the fix asks for, with the tool's names. */
  static String skeleton(List<ToolParameter> parameters) {
    return parameters.stream()
        .filter(ModelParameter.class::isInstance)
        .map(p -> "\"" + ((ModelParameter) p).property().name() + "\": ...")
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
