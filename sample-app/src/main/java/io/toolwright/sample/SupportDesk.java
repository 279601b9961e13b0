package io.toolwright.sample;

import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolSet;
import io.toolwright.spi.ApprovalHandler;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The support desk wired together: in-memory stores, the three services, and the tools a model may
 * call. What a real application would do in its dependency-injection setup.
 */
public final class SupportDesk {

  /** The key of the signed-in customer in the {@link ToolContext}: the parameters' name. */
  public static final String CUSTOMER = "customer";

  /** The sample data's "today": 15 June 2025, 09:30 UTC, so that every run prints the same. */
  public static final Clock SAMPLE_CLOCK =
      Clock.fixed(LocalDateTime.of(2025, 6, 15, 9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private final CustomerDirectory directory = new CustomerDirectory();
  private final InvoiceLedger ledger = new InvoiceLedger();
  private final TicketQueue tickets = new TicketQueue();
  private final ActivityLog activity;
  private final AccountService accountService;
  private final BillingService billingService;
  private final TicketService ticketService;

  private SupportDesk(Clock clock) {
    this.activity = new ActivityLog(clock);
    this.accountService = new AccountService(directory, ledger, activity, clock);
    this.billingService = new BillingService(directory, ledger, activity, clock);
    this.ticketService = new TicketService(tickets, activity, clock);
  }

  /** A desk seeded with {@link SampleData}, on {@link #SAMPLE_CLOCK}. */
  public static SupportDesk withSampleData() {
    SupportDesk desk = new SupportDesk(SAMPLE_CLOCK);
    SampleData.seed(desk.directory, desk.ledger, desk.tickets);
    return desk;
  }

  /** The tool sets of the three services, bound to this desk's instances. */
  public List<ToolSet> toolSets() {
    return List.of(
        AccountServiceTools.bind(accountService),
        BillingServiceTools.bind(billingService),
        TicketServiceTools.bind(ticketService));
  }

  /**
   * A registry of every tool of the desk. Refunds are destructive, so the registry needs an approval
   * handler to run them; the sample approves every one itself (a real desk would ask a person, or
   * approve small refunds only: see {@code ApprovalHandler}).
   */
  public ToolRegistry registry() {
    return ToolRegistry.builder()
        .addAll(toolSets())
        .execution(ExecutionPolicy.builder().approvals(ApprovalHandler.approveAll()).build())
        .build();
  }

  /** The context of a session signed in as {@code customer}. */
  public static ToolContext signedIn(CustomerId customer) {
    return ToolContext.of(CUSTOMER, customer);
  }

  public AccountService accountService() {
    return accountService;
  }

  public BillingService billingService() {
    return billingService;
  }

  public TicketService ticketService() {
    return ticketService;
  }

  public CustomerDirectory directory() {
    return directory;
  }

  public InvoiceLedger ledger() {
    return ledger;
  }

  public TicketQueue tickets() {
    return tickets;
  }

  public ActivityLog activity() {
    return activity;
  }
}
