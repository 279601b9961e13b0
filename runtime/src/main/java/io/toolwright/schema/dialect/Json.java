package io.toolwright.schema.dialect;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** Compact JSON text written with Jackson's streaming generator (no databind: cold start). */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static String write(Consumer<JsonGenerator> body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      body.accept(out);
    }
    return text.toString();
  }

  /** Writes {@code value} as a string property when it is not empty. */
  static void optionalText(JsonGenerator out, String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.writeStringProperty(name, value);
    }
  }
}
