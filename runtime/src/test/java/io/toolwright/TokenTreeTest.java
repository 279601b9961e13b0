package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TokenTree} against what it replaces: the mapper's {@code readTree} with the executor's
 * settings (same node classes, same values, decimals with the same scale) and the walk of {@link
 * TreeLimits#checkExponents} (it notes a decimal beyond the exponent limit exactly when the walk
 * would refuse one).
 */
class TokenTreeTest {

  private static final int MAX_EXPONENT = 1000;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** Duplicate detection on, as in the executor's parser. */
  private static final JsonMapper STRICT =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .build();

  private static final String[] NUMBERS = {
    "0", "-0", "7", "-7", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
    "9223372036854775808", "-99999999999999999999999", "0.0", "-0.0", "1.50", "1.0", "1e2",
    "1E+2", "1e-2", "-2.5e10", "0e5", "0.000e-3", "1e1000", "1e1001", "9.99e1000", "1e-1000",
    "1e-1001", "0e-1002", "0.0e1002", "12345.6789e-998", "3.14159265358979323846264338327950288"
  };

  private static final String[] STRINGS = {
    "\"\"", "\"a\"", "\"\\u00e9\\n\\t\\\"\"", "\"caf\u00e9 \u20ac \uD83D\uDE00\"", "\"\\ud83d\\ude00\""
  };

  @Test
  void makesTheSameNodesAsTheMapperAndNotesExactlyTheExponentsTheWalkRefuses() {
    Random random = new Random(11);
    int beyond = 0;
    for (int i = 0; i < 20_000; i++) {
      String json = object(random, 0);
      TokenTree.Read read = read(json);
      JsonNode expected = MAPPER.readTree(json);

      assertSame(read.tree(), expected, json);
      boolean walkRefuses;
      try {
        TreeLimits.checkExponents(expected, ParseLimits.defaults());
        walkRefuses = false;
      } catch (TreeLimits.Breach breach) {
        walkRefuses = true;
      }
      assertThat(read.exponentBeyondLimit()).as(json).isEqualTo(walkRefuses);
      beyond += walkRefuses ? 1 : 0;
    }
    assertThat(beyond).isGreaterThan(1_000).isLessThan(19_000);
  }

  @Test
  void duplicateNamesAndLimitsFailAtTheParserAsBefore() {
    assertThatThrownBy(() -> read("{\"a\":1,\"a\":2}"))
        .hasMessageContaining("Duplicate");
  }

  private static TokenTree.Read read(String json) {
    try (JsonParser parser = STRICT.createParser(json.getBytes(StandardCharsets.UTF_8))) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      return TokenTree.object(parser, MAX_EXPONENT);
    }
  }

  private static void assertSame(JsonNode actual, JsonNode expected, String json) {
    assertThat(actual.getClass()).as(json).isEqualTo(expected.getClass());
    if (expected.isBigDecimal()) {
      // equals on BigDecimal compares the scale too: 1.50 is not 1.5.
      assertThat(actual.decimalValue()).as(json).isEqualTo(expected.decimalValue());
      assertThat(actual.decimalValue().scale()).as(json).isEqualTo(expected.decimalValue().scale());
    } else if (expected.isObject()) {
      assertThat(actual.size()).as(json).isEqualTo(expected.size());
      Iterator<Map.Entry<String, JsonNode>> given = actual.properties().iterator();
      for (Map.Entry<String, JsonNode> property : expected.properties()) {
        Map.Entry<String, JsonNode> next = given.next();
        assertThat(next.getKey()).as(json).isEqualTo(property.getKey());
        assertSame(next.getValue(), property.getValue(), json);
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(json).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(actual.get(i), expected.get(i), json);
      }
    } else {
      assertThat(actual).as(json).isEqualTo(expected);
    }
  }

  private static String object(Random random, int depth) {
    StringBuilder json = new StringBuilder("{");
    int size = random.nextInt(depth == 0 ? 5 : 3);
    for (int i = 0; i < size; i++) {
      json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":");
      json.append(value(random, depth + 1));
    }
    return json.append('}').toString();
  }

  private static String value(Random random, int depth) {
    switch (random.nextInt(depth > 3 ? 5 : 7)) {
      case 0:
      case 1:
        return NUMBERS[random.nextInt(NUMBERS.length)];
      case 2:
        return STRINGS[random.nextInt(STRINGS.length)];
      case 3:
        return random.nextBoolean() ? "true" : "false";
      case 4:
        return "null";
      case 5:
        return object(random, depth);
      default:
        StringBuilder array = new StringBuilder("[");
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          array.append(i == 0 ? "" : ",").append(value(random, depth + 1));
        }
        return array.append(']').toString();
    }
  }
}
