package io.toolwright.sample;

import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the support desk offline: prints the tools a model would be offered, then plays a scripted
 * conversation in which a stand-in model calls them (well and badly) and shows what each call
 * returns. Run with {@code ./mvnw -q -pl sample-app exec:java} after {@code ./mvnw -q install
 * -DskipTests}.
 */
public final class SupportDeskApp {

  // Held so that the level sticks: java.util.logging keeps loggers only weakly.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private SupportDeskApp() {}

  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO; keep the console to the conversation.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    SupportDesk desk = SupportDesk.withSampleData();
    ToolRegistry registry = desk.registry();
    Transcript transcript = new Transcript(System.out);

    List<ToolDefinition> definitions = registry.definitions();
    transcript.heading(
        definitions.size() + " tools from " + desk.toolSets().size() + " services, as a model sees them");
    definitions.forEach(transcript::definition);

    Customer ana = desk.directory().require(SampleData.ANA);
    ToolContext session = SupportDesk.signedIn(SampleData.ANA);
    transcript.heading(
        "A conversation: " + ana.name() + " (" + ana.id() + ") is signed in; the model is scripted");

    ScriptedModel model = ScriptedModel.supportDeskConversation();
    List<ToolResult> results = List.of();
    boolean first = true;
    int calls = 0;
    int rejected = 0;
    int failed = 0;
    while (model.hasNext()) {
      ScriptedModel.Turn turn = model.respond(results);
      if (turn.customerSays() != null) {
        if (!first) {
          transcript.line("");
        }
        transcript.customer(ana.name(), turn.customerSays());
      }
      first = false;
      transcript.note(turn.note());
      results = registry.execute(turn.calls(), session);
      for (int i = 0; i < turn.calls().size(); i++) {
        ToolCall call = turn.calls().get(i);
        ToolResult result = results.get(i);
        transcript.call(call, result);
        calls++;
        if (result instanceof ToolResult.Failure failure) {
          switch (failure.error().code()) {
            case TOOL_FAILED -> failed++;
            default -> rejected++;
          }
        }
      }
    }

    transcript.heading("Summary");
    transcript.line(
        String.format(
            "%d calls: %d succeeded, %d rejected before any service method ran, %d failed inside a service.",
            calls, calls - rejected - failed, rejected, failed));
    transcript.line(
        String.format(
            "Service methods ran %d times (the activity log); data of other customers touched: %d times.",
            desk.activity().recent().size(),
            desk.activity().countFor(SampleData.BEN.value())
                + desk.activity().countFor(SampleData.CHLOE.value())));
    for (Refund refund : desk.ledger().refunds()) {
      transcript.line(
          "Refund " + refund.id() + ": " + refund.amount().toPlainString() + " " + refund.currency()
              + " on " + refund.invoiceId() + ".");
    }
    transcript.line(
        "Tickets of " + ana.name() + ", newest first: "
            + desk.tickets().of(SampleData.ANA).stream().map(t -> t.id() + " (" + t.status() + ")").toList());
  }
}
