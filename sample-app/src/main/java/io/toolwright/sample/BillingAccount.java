package io.toolwright.sample;

/**
 * One of a customer's billing accounts; each subscription is billed on its own account.
 *
 * @param id the account number, such as {@code ACC-1001}
 * @param customerId the customer who owns the account
 * @param name what the account pays for
 * @param currency the ISO 4217 code invoices are issued in
 */
public record BillingAccount(String id, String customerId, String name, String currency) {}
