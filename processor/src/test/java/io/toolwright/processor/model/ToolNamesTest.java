package io.toolwright.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolNamesTest {

  @ParameterizedTest
  @CsvSource({
    "findInvoices, find_invoices",
    "ping, ping",
    "getHTTPStatus, get_http_status",
    "parseURL, parse_url",
    "sha256Sum, sha256_sum",
    "already_snake, already_snake",
    "V2Api, v2_api"
  })
  void snakeCase(String method, String tool) {
    assertThat(ToolNames.snakeCase(method)).isEqualTo(tool);
    assertThat(ToolNames.isValid(tool)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"find invoices, find_invoices", "1st, tool_1st", "a.b, a_b", "$x, _x"})
  void suggestion(String invalid, String suggested) {
    assertThat(ToolNames.isValid(invalid)).isFalse();
    assertThat(ToolNames.suggest(invalid)).isEqualTo(suggested);
    assertThat(ToolNames.isValid(suggested)).isTrue();
  }
}
