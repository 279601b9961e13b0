package io.toolwright.sample;

import io.toolwright.ToolException;
import io.toolwright.annotation.Context;
import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The customer's profile and what their billing accounts owe. Every method works on the signed-in
 * customer only: it comes from the session, as a {@link Context @Context} parameter, so a model
 * cannot choose whose data it reads.
 */
public class AccountService {

  private final CustomerDirectory directory;
  private final InvoiceLedger ledger;
  private final ActivityLog activity;
  private final Clock clock;

  public AccountService(
      CustomerDirectory directory, InvoiceLedger ledger, ActivityLog activity, Clock clock) {
    this.directory = directory;
    this.ledger = ledger;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * Returns the signed-in customer's profile: name, company, contact email, plan and billing
   * accounts. Call it first to learn the customer's account numbers.
   *
   * @param customer the signed-in customer
   */
  @Tool(effect = Effect.READ_ONLY)
  public AccountOverview getAccount(@Context CustomerId customer) {
    activity.record(customer, "get_account", "");
    Customer profile = directory.require(customer);
    return new AccountOverview(
        profile.id(),
        profile.name(),
        profile.company(),
        profile.email(),
        profile.plan(),
        profile.customerSince(),
        directory.accountsOf(customer));
  }

  /**
   * Returns what one of the customer's billing accounts owes today: the total of open and overdue
   * invoices, how much of it is overdue and, if asked, the charges of the next billing run.
   *
   * @param customer the signed-in customer
   * @param accountId the billing account, such as ACC-1001; one of the customer's own accounts
   * @param includeUpcoming whether to add the total of draft invoices for the next billing run
   */
  @Tool(effect = Effect.READ_ONLY)
  public Balance getBalance(
      @Context CustomerId customer,
      @Pattern(regexp = "ACC-[0-9]{4}") String accountId,
      boolean includeUpcoming) {
    activity.record(customer, "get_balance", accountId);
    // No orElseThrow(() -> ...): a capturing lambda is a class spun on the tool's first call.
    Optional<BillingAccount> found = directory.account(customer, accountId);
    if (found.isEmpty()) {
      throw noSuchAccount(customer, accountId);
    }
    BillingAccount account = found.get();
    BigDecimal outstanding = BigDecimal.ZERO;
    BigDecimal overdue = BigDecimal.ZERO;
    BigDecimal upcoming = BigDecimal.ZERO;
    for (Invoice invoice : ledger.ofAccounts(List.of(account.id()))) {
      switch (invoice.status()) {
        case OPEN -> outstanding = outstanding.add(invoice.amount());
        case OVERDUE -> {
          outstanding = outstanding.add(invoice.amount());
          overdue = overdue.add(invoice.amount());
        }
        case DRAFT -> upcoming = upcoming.add(invoice.amount());
        case PAID, VOID -> {
          // nothing owed
        }
      }
    }
    return new Balance(
        account.id(),
        account.currency(),
        outstanding,
        overdue,
        includeUpcoming ? Optional.of(upcoming) : Optional.empty(),
        LocalDate.now(clock));
  }

  /**
   * Changes the email address invoices and ticket updates are sent to. Setting the address already
   * on file changes nothing.
   *
   * @param customer the signed-in customer
   * @param email the new contact email, such as ana@example.com
   */
  @Tool(effect = Effect.WRITE, idempotent = true)
  public EmailChange updateContactEmail(
      @Context CustomerId customer, @Email @NotBlank String email) {
    activity.record(customer, "update_contact_email", "");
    Customer before = directory.updateEmail(customer, email);
    return new EmailChange(
        before.id(), before.email(), email, !before.email().equalsIgnoreCase(email));
  }

  private ToolException noSuchAccount(CustomerId customer, String accountId) {
    List<String> own = directory.accountsOf(customer).stream().map(BillingAccount::id).toList();
    // The same answer whether the account belongs to someone else or does not exist at all.
    return new ToolException(
        "The customer has no billing account " + accountId + "; their accounts are " + own);
  }
}
