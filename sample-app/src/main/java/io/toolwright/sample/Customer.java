package io.toolwright.sample;

import java.time.LocalDate;

/**
 * A customer of the support desk: a person signed in on behalf of a company.
 *
 * @param id the customer number, such as {@code C-1001}
 * @param name the contact person's full name
 * @param company the company the contact person buys for
 * @param email where invoices and ticket updates are sent
 * @param plan the subscription plan, such as {@code Studio}
 * @param customerSince the day the customer signed up
 */
public record Customer(
    String id, String name, String company, String email, String plan, LocalDate customerSince) {

  /** A copy with another contact email. */
  public Customer withEmail(String newEmail) {
    return new Customer(id, name, company, newEmail, plan, customerSince);
  }
}
