package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.dispatch.JsonWriters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated writer's bytes are the mapper's at every size: a result that fits the generator's
 * buffer reaches the output in one piece, a larger one in several (the sizes below straddle the
 * buffer's 8,000 bytes, in characters of one, two and three UTF-8 bytes).
 */
class ResultWriterTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 100, 400, 700, 2_000, 50_000})
  void aGeneratedWriterWritesTheMappersBytesAtEverySize(int items) throws Exception {
    JsonFactory factory = JsonFactory.builder().build();
    JsonMapper mapper = JsonMapper.builder(factory).build();
    ResultWriter results = ResultWriter.defaults(factory, () -> mapper);
    List<String> value = IntStream.range(0, items).mapToObj(i -> "item " + i + " é €").toList();
    JsonWriters.Writer<Object> generated =
        (json, list) -> {
          @SuppressWarnings("unchecked")
          List<String> strings = (List<String>) list;
          JsonWriters.items(json, strings, JsonWriters::string);
        };

    assertThat(results.write(value, generated).bytes()).isEqualTo(mapper.writeValueAsBytes(value));
  }
}
