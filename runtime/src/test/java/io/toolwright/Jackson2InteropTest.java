package io.toolwright;

import static io.toolwright.Results.one;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * An application on Jackson 2, as the provider SDKs, Spring AI and LangChain4j are: arguments go in
 * as bytes or text, results come out as text or bytes, and its own mapper serialises return values.
 * No Jackson 3 type appears in this test.
 */
class Jackson2InteropTest {

  private final ObjectMapper jackson2 = new ObjectMapper();
  private final Billing billing = new Billing();
  private final ToolRegistry registry =
      ToolRegistry.builder()
          .addAll(BillingTools.bind(billing))
          .resultSerializer(jackson2::writeValueAsBytes)
          .build();

  @Test
  void argumentsInAsBytesAndResultsOutAsText() throws Exception {
    ObjectNode arguments = jackson2.createObjectNode();
    arguments.putObject("filter").put("status", "open");
    arguments.putNull("note");

    ToolResult result =
        one(
            registry,
            ToolCall.of("call-1", "find_invoices", jackson2.writeValueAsBytes(arguments)),
            ToolContext.of("customer", 42L));

    assertThat(result.isError()).as(result.contentJson()).isFalse();
    JsonNode content = jackson2.readTree(result.contentJson());
    assertThat(content.get(0).get("id").asText()).isEqualTo("INV-0001");
    assertThat(jackson2.readTree(result.contentBytes())).isEqualTo(content);
    assertThat(billing.log).containsExactly("find_invoices open null null null null");
  }

  @Test
  void errorsOutAsText() throws Exception {
    ToolResult result =
        one(
            registry,
            ToolCall.of("call-1", "find_invoices", "{\"filter\":{}}"),
            ToolContext.of("customer", 42L));

    JsonNode error = jackson2.readTree(result.contentJson()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("INVALID_ARGUMENTS");
    assertThat(error.get("problems").get(0).get("pointer").asText()).isNotEmpty();
  }
}
