package io.toolwright.schema.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every dialect's rendering of the processor's golden tools (type matrix, billing, constraints),
 * compared exactly with {@code src/test/resources/dialect/<dialect>/<file>}: pretty-printed for
 * review, one entry per tool, the JSON or the problems. After an intended change:
 *
 * <pre>./mvnw -q -o -pl runtime test -Dtest=DialectGoldenTest -Dtoolwright.updateGolden=true</pre>
 */
class DialectGoldenTest {

  static final String UPDATE = "toolwright.updateGolden";

  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      for (String file : GoldenTools.FILES) {
        cases.add(Arguments.of(dialect, file));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGolden(Dialect dialect, String file) throws IOException {
    ObjectNode all = PRETTY.createObjectNode();
    for (ToolDefinition tool : GoldenTools.of(file)) {
      Rendering rendering = DialectRenderer.render(dialect, tool);
      if (rendering.json() != null) {
        all.set(tool.name(), PRETTY.readTree(rendering.json()));
      } else {
        var problems = all.putObject(tool.name()).putArray("problems");
        for (DialectProblem problem : rendering.problems()) {
          problems
              .addObject()
              .put("rule", problem.rule())
              .put("pointer", problem.pointer())
              .put("message", problem.message());
        }
      }
    }
    String actual = PRETTY.writeValueAsString(all) + "\n";
    Path golden =
        GoldenTools.module()
            .resolve("src/test/resources/dialect")
            .resolve(dialect.key())
            .resolve(Path.of(file).getFileName().toString());
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("missing golden file; run with -D%s=true", UPDATE).exists();
    assertThat(actual)
        .as("differs from %s; if intended, rerun with -D%s=true", golden, UPDATE)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
