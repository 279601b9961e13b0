package io.toolwright.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.testkit.Probe.Kind;
import io.toolwright.testkit.SchemaOracle.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The generator checked against the oracle alone, on schemas with every keyword Toolwright emits
 * and some it may come to emit: the valid instances are valid, every mutation breaks the keyword it
 * names at the value it names, every keyword gets a mutation, and a seed gives the same probes.
 */
class ProbeGeneratorTest {

  private static final long SEED = 7;

  /**
   * Every keyword once, each on a value of its own, so that a mutation breaks only its keyword
   * (but where keywords overlap: an empty string is too short and blank).
   */
  private static final JsonNode EVERY_KEYWORD =
      json(
          """
          {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
           "properties":{
             "text":{"type":"string","minLength":2,"maxLength":5},
             "code":{"type":"string","pattern":"^(?:[A-Z]{3})$"},
             "nonBlank":{"type":"string","minLength":1,"pattern":"\\\\S"},
             "when":{"type":"string","format":"date-time"},
             "day":{"type":"string","format":"date"},
             "clock":{"type":"string","format":"time"},
             "span":{"type":"string","format":"duration"},
             "mail":{"type":"string","format":"email"},
             "id":{"type":"string","format":"uuid"},
             "link":{"type":"string","format":"uri"},
             "kind":{"type":"string","enum":["low","high"]},
             "fixed":{"const":"v1"},
             "count":{"type":"integer","minimum":1,"maximum":10},
             "ratio":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},
             "step":{"type":"integer","multipleOf":5},
             "flag":{"type":"boolean"},
             "maybe":{"type":["string","null"],"maxLength":3},
             "tags":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":3,"uniqueItems":true},
             "labels":{"type":"object","additionalProperties":{"type":"integer"},
                       "minProperties":1,"maxProperties":2,"propertyNames":{"pattern":"^[a-z]+$"}},
             "tree":{"$ref":"#/$defs/Node"},
             "other":{"anyOf":[{"$ref":"#/$defs/Leaf"},{"type":"null"}]}
           },
           "required":["text","code","nonBlank","when","day","clock","span","mail","id","link",
                       "kind","fixed","count","ratio","step","flag","tags","labels","tree"],
           "additionalProperties":false,
           "$defs":{
             "Node":{"type":"object","properties":{"label":{"type":"string"},
                     "children":{"type":"array","items":{"$ref":"#/$defs/Node"}}},
                     "required":["label","children"],"additionalProperties":false},
             "Leaf":{"type":"object","properties":{"n":{"type":"integer","minimum":0}},
                     "required":["n"],"additionalProperties":false}}}
          """);

  /** Made once: the tests below read them. */
  private static final List<Probe> PROBES = ProbeGenerator.probes(EVERY_KEYWORD, SEED);

  @Test
  void validInstancesAreValid() {
    for (Probe probe : ProbeGenerator.validInstances(EVERY_KEYWORD, SEED)) {
      assertThat(SchemaOracle.violations(EVERY_KEYWORD, probe.instance()))
          .as("%s: %s", probe, probe.instance())
          .isEmpty();
    }
    JsonNode full = ProbeGenerator.validInstances(EVERY_KEYWORD, SEED).get(1).instance();
    assertThat(full.get("tree").get("children").get(0).get("children").isArray()).isTrue();
    assertThat(full.has("maybe")).isTrue();
  }

  @Test
  void everyMutationBreaksItsKeywordAtItsValue() {
    List<String> wrong = new ArrayList<>();
    for (Probe probe : PROBES) {
      if (probe.kind() != Kind.MUTATION) {
        continue;
      }
      List<Violation> violations = SchemaOracle.violations(EVERY_KEYWORD, probe.instance());
      boolean named =
          violations.stream()
              .anyMatch(
                  v ->
                      (v.keyword().equals(probe.keyword()) || v.keyword().equals("anyOf"))
                          && (probe.pointer().equals(v.pointer())
                              || probe.pointer().startsWith(v.pointer() + "/")));
      if (!named) {
        wrong.add(probe + " -> " + violations);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void mutationsOfSeparateKeywordsBreakNothingElse() {
    List<String> more = new ArrayList<>();
    for (Probe probe : PROBES) {
      if (probe.kind() == Kind.MUTATION && !probe.pointer().startsWith("/nonBlank")
          && !probe.pointer().startsWith("/other")) {
        Set<String> keywords = new TreeSet<>();
        SchemaOracle.violations(EVERY_KEYWORD, probe.instance()).forEach(v -> keywords.add(v.keyword()));
        // A value of another type is not in an enum either, nor a multiple of an integer.
        if (probe.keyword().equals("type")) {
          keywords.removeAll(Set.of("enum", "multipleOf"));
        }
        if (!keywords.equals(Set.of(probe.keyword()))) {
          more.add(probe + " -> " + keywords);
        }
      }
    }
    assertThat(more).isEmpty();
  }

  @Test
  void everyKeywordHasAMutation() {
    Set<String> mutated = new TreeSet<>();
    for (Probe probe : PROBES) {
      if (probe.kind() == Kind.MUTATION) {
        mutated.add(probe.keyword());
      }
    }
    assertThat(mutated)
        .containsAll(
            List.of("type", "required", "additionalProperties", "enum", "const", "minLength",
                "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
                "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
                "minProperties", "maxProperties", "propertyNames"));
  }

  @Test
  void variantsOnBoundsAndNullsAreValid() {
    for (Probe probe : PROBES) {
      boolean onBound =
          probe.kind() == Kind.VARIANT
              && (probe.label().startsWith("the m") || probe.label().startsWith("exactly")
                  || probe.label().startsWith("null, where null is allowed"));
      if (onBound) {
        assertThat(SchemaOracle.violations(EVERY_KEYWORD, probe.instance())).as("%s", probe).isEmpty();
      }
    }
  }

  @Test
  void theSameSeedMakesTheSameProbes() {
    assertThat(ProbeGenerator.probes(EVERY_KEYWORD, SEED))
        .isEqualTo(PROBES)
        .hasSizeGreaterThan(100);
  }

  @Test
  void futureValuesWhereTheDescriptionSaysSo() {
    JsonNode schema =
        json(
            """
            {"type":"object","properties":{"at":{"type":"string","format":"date-time",
             "description":"Must be in the future."}},"required":["at"],"additionalProperties":false}
            """);
    assertThat(ProbeGenerator.validInstances(schema, SEED).get(0).instance().get("at").stringValue())
        .startsWith("2996-");
  }

  private static JsonNode json(String text) {
    return SchemaOracle.JSON.readTree(text);
  }
}
