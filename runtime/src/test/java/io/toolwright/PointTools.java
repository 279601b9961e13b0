package io.toolwright;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.JsonWriters;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Tools written by hand the way the processor generates them, some with result writers, for
 * {@link GeneratedResultWriterTest}. Apart from the test, which names {@code JsonMapper}: a child
 * JVM running {@link OneCall} must not load the mapper by verifying the test's class.
 */
final class PointTools {

  private PointTools() {}

  record Point(String name, BigDecimal x) {}

  static final String MARKER = "{\"by\":\"generated\"}";
  static final String MAPPED = "{\"name\":\"p\",\"x\":1.50}";

  private static ToolDefinition definition(String name) {
    return ToolDefinition.of(
        name,
        "Returns a point.",
        Effect.READ_ONLY,
        false,
        "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
            + "\"properties\":{},\"additionalProperties\":false}");
  }

  private static void marker(JsonGenerator json, Point point) {
    json.writeStartObject();
    json.writeStringProperty("by", "generated");
    json.writeEndObject();
  }

  /** What generated code for a record result looks like: a writer per record. */
  private static void writePoint(JsonGenerator json, Point value) {
    json.writeStartObject();
    json.writeName("name");
    JsonWriters.string(json, value.name());
    json.writeName("x");
    JsonWriters.bigDecimal(json, value.x());
    json.writeEndObject();
  }

  static ToolSet tools() {
    Point point = new Point("p", new BigDecimal("1.50"));
    return ToolSet.of(
        "p.Points",
        List.of(
            ToolBinding.of(
                definition("marked"),
                List.of(),
                (args, context) ->
                    PreparedCall.returning(null, () -> point, PointTools::marker)),
            ToolBinding.of(
                definition("unwritten"),
                List.of(),
                (args, context) -> PreparedCall.returning(null, () -> point)),
            ToolBinding.of(
                definition("generated"),
                List.of(),
                (args, context) ->
                    PreparedCall.returning(
                        null, () -> point, PointTools::writePoint)),
            ToolBinding.of(
                definition("nothing"),
                List.of(),
                (args, context) ->
                    PreparedCall.returning(
                        null, () -> (Point) null, PointTools::marker)),
            ToolBinding.of(
                definition("failing"),
                List.of(),
                (args, context) ->
                    PreparedCall.<Point>returning(
                        null,
                        () -> point,
                        (json, value) -> {
                          throw new IllegalStateException("cannot write");
                        }))));
  }

  /** Executes one call in a fresh JVM and prints its result; args[0] names the tool. */
  static final class OneCall {
    public static void main(String[] args) {
      System.out.println(
          Results.one(ToolRegistry.of(tools()), Results.call(args[0], "{}"), ToolContext.empty()).contentJson());
    }
  }

}
