package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonValueKeyTest {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static JsonValueKey key(String json) {
    return new JsonValueKey(JSON.readTree(json));
  }

  @Test
  void numbersAreEqualByValue() {
    assertThat(key("1")).isEqualTo(key("1.0")).hasSameHashCodeAs(key("1.00"));
    assertThat(key("0")).isEqualTo(key("0.000"));
    assertThat(key("12345678901234567890")).isEqualTo(key("12345678901234567890.0"));
    assertThat(key("1")).isNotEqualTo(key("1.5"));
  }

  @Test
  void objectsAreEqualWhateverTheOrderOfTheirProperties() {
    assertThat(key("{\"a\":1,\"b\":[1,2]}"))
        .isEqualTo(key("{\"b\":[1.0,2],\"a\":1}"))
        .hasSameHashCodeAs(key("{\"b\":[1.0,2],\"a\":1}"));
    assertThat(key("{\"a\":1}")).isNotEqualTo(key("{\"a\":1,\"b\":2}"));
  }

  @Test
  void arraysAreOrderedAndTypesDistinct() {
    assertThat(key("[1,2]")).isNotEqualTo(key("[2,1]"));
    assertThat(key("\"1\"")).isNotEqualTo(key("1"));
    assertThat(key("null")).isEqualTo(key("null"));
    JsonNode nested = JSON.readTree("[[\"x\"]]");
    assertThat(new JsonValueKey(nested)).isEqualTo(key("[[\"x\"]]"));
  }
}
