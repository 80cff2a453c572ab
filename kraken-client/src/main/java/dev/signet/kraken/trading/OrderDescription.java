package dev.signet.kraken.trading;

import dev.signet.core.internal.json.Required;

/**
 * Kraken's human-readable description of an order placed with AddOrder.
 *
 * <p>Example: {@code "buy 2.12340000 XBTUSD @ limit 25000.1 with 2:1 leverage"}.
 *
 * <p>{@code order} is required: a missing or null one fails the decode naming it.
 *
 * @param order the order description
 * @param close the conditional close description, or null when there is none
 */
public record OrderDescription(String order, String close) {
  /**
   * Checks {@code order}.
   *
   * @param order the order description
   * @param close the conditional close description, or null when there is none
   */
  public OrderDescription {
    Required.field(order, "order");
  }
}
