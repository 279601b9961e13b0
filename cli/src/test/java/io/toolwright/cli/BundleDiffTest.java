package io.toolwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.contract.bundle.BundleWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code diff} between versions of a tool-schemas bundle, written by the plugin's bundle writer from
 * the plugin's test resources ({@code desk}) and from copies changed the way a developer would.
 */
class BundleDiffTest {
  private static final Path DESK = Paths.get(System.getProperty("toolwright.deskResources"));
  private static final String TICKETS = "META-INF/toolwright/io.toolwright.sample.TicketService.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  static Path work;

  static Path v1;
  static Path v2Breaking;
  static Path v2Compatible;

  @BeforeAll
  static void writeBundles() throws IOException {
    v1 = bundle("1.0.0", schema -> {});
    // A shorter maximum for the subject: calls valid before fail validation now.
    v2Breaking = bundle("2.0.0", tickets -> subject(tickets).put("maxLength", 80));
    // One more priority: every call valid before is still valid.
    v2Compatible = bundle("1.1.0", tickets -> ((ArrayNode) priority(tickets).get("enum")).add("whenever"));
  }

  @Test
  void aTightenedConstraintIsBreakingWithExitCodeOne() {
    Cli cli = Cli.run("diff", v1, v2Breaking);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("BREAKING [toolwright:constraint-tightened] tool create_ticket, "
        + "parameter /properties/subject: maxLength 120 -> 80")
        .contains("verdict: BREAKING (1 breaking, ");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void anAddedEnumValueIsCompatibleWithExitCodeZero() {
    Cli cli = Cli.run("diff", v1, v2Compatible);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("COMPATIBLE [toolwright:enum-value-added] tool create_ticket, "
        + "parameter /properties/priority")
        .contains("verdict: COMPATIBLE (")
        .doesNotContain("BREAKING");
  }

  @Test
  void aToolRemovedAndDeclaredRetiredIsBreakingAndNamesItsReplacement() throws IOException {
    Path v3 = bundle("3.0.0", tickets -> {
      ArrayNode tools = (ArrayNode) tickets.get("tools");
      for (int i = 0; i < tools.size(); i++) {
        if (tools.get(i).get("name").asString().equals("list_tickets")) {
          tools.remove(i);
        }
      }
      ObjectNode retired = tickets.putArray("retired").addObject();
      retired.put("name", "list_tickets");
      retired.put("replacement", "create_ticket");
      retired.put("since", "2026-12-01");
      retired.put("until", "");
    });

    Cli cli = Cli.run("diff", v1, v3);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("BREAKING [toolwright:tool-retired] tool list_tickets: retired: calls get"
        + " RETIRED_TOOL, \"use create_ticket instead\" (@RetiredTool in io.toolwright.sample.TicketService,"
        + " since 2026-12-01)");
  }

  @Test
  void resultsAreJudgedFromTheClientsSide() throws IOException {
    // A new status in the result breaks a client that switches over the statuses it knows;
    // a new result property does not.
    Path v4 = bundle("4.0.0", tickets -> {
      ObjectNode output = (ObjectNode) createTicket(tickets).get("outputSchema");
      ((ArrayNode) output.get("properties").get("status").get("enum")).add("ESCALATED");
      ((ObjectNode) output.get("properties")).putObject("assignee").put("type", "string");
    });

    Cli cli = Cli.run("diff", v1, v4);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("BREAKING [toolwright:output-enum-value-added] tool create_ticket, output"
        + " /properties/status: enum value \"ESCALATED\" added")
        .contains("COMPATIBLE [toolwright:output-property-added] tool create_ticket, output /properties/assignee:"
            + " \"assignee\" added, optional")
        .contains("verdict: BREAKING (1 breaking, ");
  }

  @Test
  void theReverseOfACompatibleChangeBreaks() {
    Cli cli = Cli.run("diff", v2Compatible, v1);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("[toolwright:enum-value-removed] tool create_ticket");
  }

  @Test
  void theOldSideMayBeALockFile() throws IOException {
    Path lock = work.resolve("toolwright.lock.json");
    try (var bundle = java.nio.file.FileSystems.newFileSystem(v1)) {
      Files.copy(bundle.getPath(BundleWriter.LOCK), lock, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    assertThat(Cli.run("diff", lock, v2Breaking).exitCode()).isEqualTo(1);
    assertThat(Cli.run("diff", lock, v2Compatible).exitCode()).isZero();
  }

  @Test
  void listAndTokensReadABundle() {
    Cli list = Cli.run("list", v1);
    Cli tokens = Cli.run("tokens", v1);

    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("create_ticket").contains("list_invoices").contains("TOKENS(openai-chat)");
    assertThat(tokens.exitCode()).isZero();
    assertThat(tokens.out()).contains("TOTAL");
  }

  @Test
  void aFileWithoutToolsIsAUsageError() throws IOException {
    Path empty = Files.createDirectories(work.resolve("empty"));

    Cli cli = Cli.run("diff", v1, empty);

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no tools found");
  }

  /** The desk resources, with the ticket service's resource changed, as bundle {@code version}. */
  private static Path bundle(String version, Consumer<ObjectNode> change) throws IOException {
    Path classes = work.resolve("classes-" + version);
    try (Stream<Path> files = Files.walk(DESK)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = classes.resolve(DESK.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    Path tickets = classes.resolve(TICKETS);
    ObjectNode resource = (ObjectNode) MAPPER.readTree(Files.readString(tickets));
    change.accept(resource);
    Files.writeString(tickets, MAPPER.writeValueAsString(resource));
    Path bundle = work.resolve("desk-" + version + "-tool-schemas.jar");
    BundleWriter.write(classes, bundle, "io.toolwright.test", "desk", version);
    return bundle;
  }

  private static ObjectNode subject(JsonNode tickets) {
    return (ObjectNode) createTicket(tickets).get("schema").get("properties").get("subject");
  }

  private static ObjectNode priority(JsonNode tickets) {
    return (ObjectNode) createTicket(tickets).get("schema").get("properties").get("priority");
  }

  private static JsonNode createTicket(JsonNode tickets) {
    return SampleAppCliTest.toolIn(tickets, "create_ticket");
  }
}
