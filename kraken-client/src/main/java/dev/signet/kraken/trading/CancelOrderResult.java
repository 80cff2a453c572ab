package dev.signet.kraken.trading;

/**
 * The answer to {@code POST /0/private/CancelOrder}.
 *
 * <p>Example: {@code if (kraken.cancelOrder(txid).count() == 0) { // nothing was open }}
 *
 * @param count number of orders cancelled
 * @param pending whether the cancel is still pending
 */
public record CancelOrderResult(int count, boolean pending) {}
