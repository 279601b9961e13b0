package io.toolwright.sample;

/**
 * The outcome of a contact email update.
 *
 * @param customerId the customer whose email it is
 * @param previous the email before the update
 * @param current the email now on file
 * @param changed whether the update changed anything; {@code false} when the email was already on
 *     file
 */
public record EmailChange(String customerId, String previous, String current, boolean changed) {}
