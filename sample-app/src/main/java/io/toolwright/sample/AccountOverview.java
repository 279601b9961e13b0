package io.toolwright.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * What the support desk knows about the signed-in customer.
 *
 * @param customerId the customer number
 * @param name the contact person's full name
 * @param company the company the contact person buys for
 * @param email where invoices and ticket updates are sent
 * @param plan the subscription plan
 * @param customerSince the day the customer signed up
 * @param accounts the customer's billing accounts
 */
public record AccountOverview(
    String customerId,
    String name,
    String company,
    String email,
    String plan,
    LocalDate customerSince,
    List<BillingAccount> accounts) {

  public AccountOverview {
    accounts = List.copyOf(accounts);
  }
}
