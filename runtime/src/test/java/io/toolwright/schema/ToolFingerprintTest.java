package io.toolwright.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fingerprint covers what the model sees and what the run time does, exactly as documented. */
class ToolFingerprintTest {

  private static final String SCHEMA =
      "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
          + "\"properties\":{\"id\":{\"type\":\"string\"}},\"required\":[\"id\"],"
          + "\"additionalProperties\":false}";

  @Test
  void theInputIsTheDocumentedCompactObject() {
    assertThat(
            ToolFingerprint.canonicalInput(
                "get_invoice",
                "Finds \"one\" invoice.\n\u0001 café",
                Effect.WRITE,
                true,
                SCHEMA,
                null,
                List.of()))
        .isEqualTo(
            "{\"name\":\"get_invoice\",\"description\":\"Finds \\\"one\\\" invoice.\\n\\u0001 café\","
                + "\"effect\":\"WRITE\",\"idempotent\":true,\"parameters\":"
                + SCHEMA
                + "}");
  }

  @Test
  void anOutputSchemaAndExamplesFollowTheParametersOnlyWhenPresent() {
    String output = "{\"type\":\"string\"}";
    assertThat(
            ToolFingerprint.canonicalInput(
                "t", "d", Effect.READ_ONLY, false, SCHEMA, output, List.of("{\"id\":\"a\"}", "{}")))
        .isEqualTo(
            "{\"name\":\"t\",\"description\":\"d\",\"effect\":\"READ_ONLY\",\"idempotent\":true,"
                + "\"parameters\":"
                + SCHEMA
                + ",\"output\":{\"type\":\"string\"},\"examples\":[{\"id\":\"a\"},{}]}");
    assertThat(ToolFingerprint.of("t", "d", Effect.READ_ONLY, true, SCHEMA, output, List.of()))
        .isNotEqualTo(ToolFingerprint.of("t", "d", Effect.READ_ONLY, true, SCHEMA));
    assertThat(ToolFingerprint.of("t", "d", Effect.READ_ONLY, true, SCHEMA, null, List.of()))
        .isEqualTo(ToolFingerprint.of("t", "d", Effect.READ_ONLY, true, SCHEMA));
  }

  @Test
  void theFingerprintIsTheSha256OfTheInput() throws Exception {
    String input =
        "{\"name\":\"get_invoice\",\"description\":\"Finds an invoice.\",\"effect\":\"READ_ONLY\","
            + "\"idempotent\":true,\"parameters\":"
            + SCHEMA
            + "}";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(input.getBytes(StandardCharsets.UTF_8)));

    assertThat(
            ToolFingerprint.of("get_invoice", "Finds an invoice.", Effect.READ_ONLY, false, SCHEMA))
        .isEqualTo(expected);
    assertThat(
            ToolDefinition.of("get_invoice", "Finds an invoice.", Effect.READ_ONLY, false, SCHEMA)
                .fingerprint())
        .isEqualTo(expected);
  }

  @Test
  void everythingTheModelSeesOrTheRunTimeUsesChangesIt() {
    String other = SCHEMA.replace("\"type\":\"string\"", "\"type\":\"integer\"");
    Set<String> fingerprints =
        Stream.of(
                ToolFingerprint.of("get_invoice", "Finds.", Effect.READ_ONLY, true, SCHEMA),
                ToolFingerprint.of("find_invoice", "Finds.", Effect.READ_ONLY, true, SCHEMA),
                ToolFingerprint.of("get_invoice", "Finds one.", Effect.READ_ONLY, true, SCHEMA),
                ToolFingerprint.of("get_invoice", "Finds.", Effect.WRITE, true, SCHEMA),
                ToolFingerprint.of("get_invoice", "Finds.", Effect.WRITE, false, SCHEMA),
                ToolFingerprint.of("get_invoice", "Finds.", Effect.DESTRUCTIVE, false, SCHEMA),
                ToolFingerprint.of("get_invoice", "Finds.", Effect.READ_ONLY, true, other))
            .collect(Collectors.toSet());

    assertThat(fingerprints).hasSize(7).allMatch(hex -> hex.matches("[0-9a-f]{64}"));
  }

  @Test
  void aReadOnlyToolIsHashedAsIdempotentWhateverWasDeclared() {
    assertThat(ToolFingerprint.of("t", "Reads.", Effect.READ_ONLY, false, SCHEMA))
        .isEqualTo(ToolFingerprint.of("t", "Reads.", Effect.READ_ONLY, true, SCHEMA));
  }
}
