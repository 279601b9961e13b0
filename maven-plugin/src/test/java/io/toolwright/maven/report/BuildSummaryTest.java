package io.toolwright.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole-build sums over the sample app's real reports and over reports made up for a case. */
class BuildSummaryTest {
  private static final Path DESK = Path.of("../contract/src/test/resources/desk");

  private static ClassReport report(String className, int anthropic, List<String> tools) {
    return new ClassReport(className, "test", List.of("openai-chat", "anthropic"),
        Map.of("openai-chat", anthropic / 2, "anthropic", anthropic), Map.of("openai-chat", 0, "anthropic", 346),
        tools, 0);
  }

  @Test
  void sumsTheClassesAndPaysTheOncePerRequestCostOnce() {
    BuildSummary summary = BuildSummary.builder().add(DESK, "desk").build();
    assertThat(summary.classes()).extracting(ClassReport::className)
        .containsExactly("io.toolwright.sample.BillingService", "io.toolwright.sample.TicketService");
    assertThat(summary.toolCount()).isEqualTo(5);
    // BillingService 650 + TicketService 277, plus Anthropic's tool-use prompt once, not twice.
    assertThat(summary.totals().get("anthropic")).isEqualTo(650 + 277 + 346);
    assertThat(summary.totals().get("openai-chat")).isEqualTo(488 + 240);
    assertThat(summary.dialects()).startsWith("openai-chat").contains("mcp");
    assertThat(summary.collisions()).isEmpty();
  }

  @Test
  void aToolNameTwoClassesDeclareIsACollision() {
    BuildSummary summary = BuildSummary.builder()
        .add(report("com.a.Billing", 100, List.of("get_invoice", "refund")))
        .add(report("com.b.Payments", 100, List.of("refund")))
        .build();
    assertThat(summary.collisions()).containsExactly(Map.entry("refund", List.of("com.a.Billing", "com.b.Payments")));
  }

  @Test
  void aClassReadFromTwoRootsCountsOnce() {
    BuildSummary summary = BuildSummary.builder().add(DESK, "desk").add(DESK, "again").build();
    assertThat(summary.classes()).hasSize(2);
    assertThat(summary.collisions()).isEmpty();
  }

  @Test
  void overBudgetNamesEachDialectOverIt() {
    BuildSummary summary = BuildSummary.builder().add(report("com.a.A", 1000, List.of("a"))).build();
    // anthropic: 1000 + 346; openai-chat: 500.
    assertThat(summary.overBudget(900, List.of())).containsExactly(Map.entry("anthropic", 1346));
    assertThat(summary.overBudget(900, List.of("openai-chat"))).isEmpty();
    assertThat(summary.overBudget(400, List.of())).containsOnlyKeys("openai-chat", "anthropic");
  }

  @Test
  void theTableHasAColumnPerDialectAndATotalLine() {
    List<String> table = SummaryWriter.table(BuildSummary.builder().add(DESK, "desk").build());
    assertThat(table.get(0)).startsWith("class").contains("openai-chat", "anthropic", "mcp");
    assertThat(table.get(1)).startsWith("BillingService").contains(" 488 ", " 650 ");
    assertThat(table.get(table.size() - 1)).startsWith("total").contains(" 1273 ");
  }

  @Test
  void jsonAndMarkdownCarryTotalsCollisionsAndBudget() {
    BuildSummary summary = BuildSummary.builder()
        .add(report("com.a.A", 1000, List.of("a")))
        .add(report("com.b.B", 10, List.of("a")))
        .build();
    String json = SummaryWriter.json(summary, 900);
    assertThat(json).contains("\"total\": 1356", "\"a\": [\n      \"com.a.A\",\n      \"com.b.B\"\n    ]",
        "\"over\": {\n      \"anthropic\": 1356\n    }");
    String markdown = SummaryWriter.markdown(summary, 900);
    assertThat(markdown).contains("| **total** | 2 | **505** | **1356** |", "- `a`: com.a.A, com.b.B",
        "over it: {anthropic=1356}");
  }
}
