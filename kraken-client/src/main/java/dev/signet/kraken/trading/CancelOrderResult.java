package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code POST /0/private/CancelOrder}.
 *
 * <p>Example: {@code if (kraken.trading().cancelOrder(txid).count() == 0) { // nothing was open }}
 *
 * <p>{@code count} is required: a missing one fails the decode naming it.
 *
 * @param count number of orders cancelled
 * @param pending whether the cancel is still pending (false when absent, as in the docs' example)
 */
public record CancelOrderResult(@JsonProperty(required = true) int count, boolean pending) {}
