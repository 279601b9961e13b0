package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The renderings the conformance tests run on are found, in every dialect. */
class RenderingsTest {

  @Test
  void theFixturesCoverEveryDialect() {
    Set<Dialect> dialects =
        Renderings.fixtures().stream()
            .map(ToolRendering::dialect)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Dialect.class)));
    assertThat(dialects).containsExactlyInAnyOrder(Dialect.values());
  }

  @Test
  void theSampleAppsRecordsAreOnTheClasspath() {
    assertThat(Renderings.shippedRecords())
        .contains(
            "io.toolwright.sample.AccountService.json",
            "io.toolwright.sample.BillingService.json",
            "io.toolwright.sample.TicketService.json");
  }

  @Test
  void theSampleAppsRecordsAndTheGoldensAreRead() {
    List<ToolRendering> shipped = Renderings.shipped();
    List<ToolRendering> golden = Renderings.golden();
    if (Renderings.SHIPPED_RENDERINGS_EXPECTED) {
      assertThat(shipped).extracting(ToolRendering::dialect).contains(Dialect.values());
      assertThat(shipped)
          .extracting(ToolRendering::origin)
          .anyMatch(origin -> origin.endsWith("io.toolwright.sample.BillingService.json"));
      assertThat(golden).extracting(ToolRendering::dialect).contains(Dialect.values());
    } else {
      // Until the processor writes renderings, the records have none, and reading them works.
      assertThat(shipped).isEmpty();
      assertThat(golden).isEmpty();
    }
  }

  @Test
  void allIsEverySourceTogether() {
    assertThat(Renderings.all())
        .hasSize(
            Renderings.shipped().size()
                + Renderings.golden().size()
                + Renderings.dialectGoldens().size()
                + Renderings.fixtures().size());
  }

  @Test
  void aRejectedToolIsNotARendering() {
    JsonNode record =
        Json.read(
            """
            {"class":"p.T","tools":[{"name":"t","renderings":{
              "mcp":{"name":"t","inputSchema":{"type":"object"}},
              "gemini":{"problems":[{"rule":"additional-properties","pointer":"/properties/m"}]}}}]}
            """);

    assertThat(Renderings.parse("p.T.json", record))
        .extracting(ToolRendering::dialect)
        .containsExactly(Dialect.MCP);
  }
}
