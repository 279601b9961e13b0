package io.toolwright.processor.writing;

import io.toolwright.processor.model.ExampleJson;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.schema.ToolSchema;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The build's record of a class's tools, {@code META-INF/toolwright/<class>.json}: for each tool
 * its name, description, effect, fingerprint, canonical schema and examples, if any.
 * Pretty-printed, so that a change to a tool shows as a readable diff between two versions of a
 * jar.
 */
public final class ResourceWriter {

  // Exact decimals both ways: a bound of 0.1 must not come back as 0.1000000000000000055...
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ResourceWriter() {}

  /** Where the resource goes in the class output. */
  public static String path(ToolClass toolClass) {
    return "META-INF/toolwright/" + toolClass.qualifiedName() + ".json";
  }

  public static String json(ToolClass toolClass, List<ToolSchema> schemas) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("class", toolClass.qualifiedName());
    ArrayNode tools = root.putArray("tools");
    for (ToolSchema schema : schemas) {
      ToolMethod tool = schema.tool();
      ObjectNode entry = tools.addObject();
      entry.put("name", tool.name());
      entry.put("description", tool.description());
      entry.put("effect", tool.effect().name());
      entry.put("idempotent", tool.idempotent());
      entry.put("fingerprint", schema.fingerprint());
      entry.set("schema", MAPPER.readTree(schema.canonical()));
      if (!tool.examples().isEmpty()) {
        ArrayNode examples = entry.putArray("examples");
        tool.exampleTexts().forEach(example -> examples.add(ExampleJson.MAPPER.readTree(example)));
      }
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }
}
