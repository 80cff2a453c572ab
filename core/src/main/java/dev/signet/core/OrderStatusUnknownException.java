package dev.signet.core;

/**
 * An order request may have reached the exchange, but no answer says what happened (timeout after
 * the request was written, connection reset, 5xx, "execution status unknown"). Signet never resends
 * it; reconcile with the client order id instead ({@code BinanceSpot.reconcile},
 * {@code KrakenClient.reconcile}), which reports whether the order exists and in what state.
 *
 * <pre>{@code
 * try {
 *   client.spot().trading().newOrder(order);
 * } catch (OrderStatusUnknownException e) {
 *   OrderOutcome outcome = client.spot().trading().reconcile(order.symbol(), e.clientOrderId());
 * }
 * }</pre>
 */
public final class OrderStatusUnknownException extends SignetException {
  private final String clientOrderId;

  /**
   * @param clientOrderId the client order id the order was sent with
   * @param cause what happened instead of an answer
   */
  public OrderStatusUnknownException(String clientOrderId, SignetException cause) {
    super("The outcome of order " + clientOrderId + " is unknown: it may or may not have been placed ("
        + cause.getMessage() + "). It was not resent; reconcile it by its client order id.", cause);
    this.clientOrderId = clientOrderId;
  }

  /**
   * The client order id to reconcile with.
   *
   * @return the client order id to reconcile the order with
   */
  public String clientOrderId() {
    return clientOrderId;
  }
}
