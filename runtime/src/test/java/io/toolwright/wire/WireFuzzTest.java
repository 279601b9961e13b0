package io.toolwright.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.WireFixtures;
import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.IdempotencyStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the four wire-format readers with hostile provider JSON (Jazzer): the input, decoded as
 * UTF-8 (invalid bytes as U+FFFD), is read by every {@link WireFormat} as text and, when a lenient
 * mapper parses it, as a tree. For every format:
 *
 * <ol>
 *   <li>{@code read} returns a {@link ModelTurn} or throws {@link WireFormatException} with a
 *       pointer, nothing else; the text and the tree give the same outcome;
 *   <li>a turn's calls each have an id and a name, its items and text are never {@code null};
 *   <li>its calls, executed by a registry with an execution policy (idempotency, approvals), get
 *       one result each with the call's id, and {@code answer} attaches them without throwing, as
 *       JSON the format's reader's mapper writes.
 * </ol>
 *
 * <p>Every build runs it in regression mode on {@code
 * src/test/resources/io/toolwright/wire/WireFuzzTestInputs/read/}: each provider's documented
 * responses and hostile variants (ids missing, repeated or not strings; arguments as objects,
 * arrays, numbers, broken JSON; members of the wrong type; empty and scalar documents). A fuzzing
 * run: {@code JAZZER_FUZZ=1 ./mvnw -pl runtime test -Dtest=WireFuzzTest -Dfuzz.seconds=300}.
 */
class WireFuzzTest {

  private static final String SEEDS = "WireFuzzTestInputs/read";

  private static final List<WireFormat> FORMATS =
      List.of(
          WireFormat.openAiChat(),
          WireFormat.openAiResponses(),
          WireFormat.anthropic(),
          WireFormat.gemini());

  /** Duplicate names allowed, as a lenient SDK would read them. */
  private static final JsonMapper LENIENT =
      JsonMapper.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final ToolRegistry REGISTRY =
      WireFixtures.scriptedRegistry(
          ExecutionPolicy.builder()
              .maxCallsPerResponse(8)
              .idempotency(IdempotencyStore.inMemory())
              .approvals(ApprovalHandler.approveAll())
              .build());

  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    check(input);
  }

  /** The seeds make calls and fail to read in every format, so both branches are exercised. */
  @Test
  void seedsReachCallsAndRefusals() throws IOException, URISyntaxException {
    URL url = WireFuzzTest.class.getResource(SEEDS);
    assertThat(url).as("the seed corpus on the test class path").isNotNull();
    Set<String> outcomes = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path seed : files.sorted().toList()) {
        outcomes.addAll(check(Files.readAllBytes(seed)));
      }
    }
    for (WireFormat format : FORMATS) {
      assertThat(outcomes)
          .contains(
              format.displayName() + ": calls",
              format.displayName() + ": no calls",
              format.displayName() + ": refused");
    }
  }

  /** Checks one input in every format; returns "format: calls", ": no calls" or ": refused". */
  static Set<String> check(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    JsonNode tree = tree(text);
    Set<String> outcomes = new HashSet<>();
    for (WireFormat format : FORMATS) {
      ModelTurn turn = readOrNull(format, text);
      if (tree != null) {
        ModelTurn fromTree = readOrNull(format, tree);
        assertThat(fromTree == null)
            .as("%s: the tree read as the text was", format.displayName())
            .isEqualTo(turn == null);
        if (turn != null) {
          assertThat(idsAndNames(fromTree)).isEqualTo(idsAndNames(turn));
        }
      }
      if (turn == null) {
        outcomes.add(format.displayName() + ": refused");
        continue;
      }
      outcomes.add(format.displayName() + (turn.hasCalls() ? ": calls" : ": no calls"));
      checkTurn(format, turn);
    }
    return outcomes;
  }

  private static void checkTurn(WireFormat format, ModelTurn turn) {
    assertThat(turn.text()).isNotNull();
    assertThat(turn.conversationItems()).doesNotContainNull();
    for (ToolCall call : turn.calls()) {
      assertThat(call.id()).isNotNull();
      assertThat(call.name()).isNotNull();
    }
    List<ToolResult> results = REGISTRY.execute(turn.calls(), ToolContext.empty());
    assertThat(results).hasSameSizeAs(turn.calls());
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).callId()).isEqualTo(turn.calls().get(i).id());
    }
    assertThatCode(
            () -> {
              List<JsonNode> answers = format.answer(turn, results);
              assertThat(answers).doesNotContainNull();
              if (turn.hasCalls()) {
                assertThat(answers).isNotEmpty();
              }
              answers.forEach(WireJson::write);
              turn.conversationItems().forEach(WireJson::write);
            })
        .as("%s: answering the turn", format.displayName())
        .doesNotThrowAnyException();
  }

  private static List<String> idsAndNames(ModelTurn turn) {
    return turn.calls().stream().map(call -> call.id() + " " + call.name()).toList();
  }

  /** The turn, or {@code null} when the format refused the response as it documents. */
  private static ModelTurn readOrNull(WireFormat format, Object response) {
    try {
      return response instanceof String text ? format.read(text) : format.read((JsonNode) response);
    } catch (WireFormatException refused) {
      assertThat(refused.pointer()).isNotNull();
      assertThat(refused.getMessage()).isNotBlank();
      return null;
    }
  }

  private static JsonNode tree(String text) {
    try {
      return LENIENT.readTree(text);
    } catch (JacksonException notJson) {
      return null;
    }
  }
}
