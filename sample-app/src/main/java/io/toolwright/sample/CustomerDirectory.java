package io.toolwright.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The customers and their billing accounts, in memory. Thread-safe. */
public final class CustomerDirectory {

  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private final Map<String, BillingAccount> accounts = new LinkedHashMap<>();

  public synchronized void add(Customer customer) {
    customers.put(customer.id(), customer);
  }

  public synchronized void add(BillingAccount account) {
    if (!customers.containsKey(account.customerId())) {
      throw new IllegalArgumentException("unknown customer " + account.customerId());
    }
    accounts.put(account.id(), account);
  }

  public synchronized Optional<Customer> find(CustomerId id) {
    return Optional.ofNullable(customers.get(id.value()));
  }

  /** The customer, who must exist: a signed-in customer always does. */
  public Customer require(CustomerId id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no customer " + id));
  }

  public synchronized List<BillingAccount> accountsOf(CustomerId id) {
    List<BillingAccount> owned = new ArrayList<>();
    for (BillingAccount account : accounts.values()) {
      if (account.customerId().equals(id.value())) {
        owned.add(account);
      }
    }
    return owned;
  }

  /** The account if it exists and belongs to {@code owner}; other customers' accounts do not exist. */
  public synchronized Optional<BillingAccount> account(CustomerId owner, String accountId) {
    BillingAccount account = accounts.get(accountId);
    return account != null && account.customerId().equals(owner.value())
        ? Optional.of(account)
        : Optional.empty();
  }

  /** Sets the contact email; returns the customer as it was before. */
  public synchronized Customer updateEmail(CustomerId id, String email) {
    Customer before = require(id);
    customers.put(before.id(), before.withEmail(email));
    return before;
  }
}
