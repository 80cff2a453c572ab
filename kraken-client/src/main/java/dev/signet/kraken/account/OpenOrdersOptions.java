package dev.signet.kraken.account;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;

/**
 * OpenOrders' options: {@code trades} (list each order's trade ids), {@code userref} and
 * {@code cl_ord_id} (only orders with that reference). Immutable; start from {@link #none()}.
 *
 * <pre>{@code
 * Map<String, KrakenOrder> open = kraken.accountData().openOrders(OpenOrdersOptions.none().withTrades(true));
 * }</pre>
 *
 * @param trades whether to list trade ids, or null for Kraken's default (false)
 * @param userref only orders with this user reference, or null
 * @param clientOrderId only the order with this client order id, or null
 */
public record OpenOrdersOptions(Boolean trades, Integer userref, String clientOrderId) {
  /**
   * Checks a given client order id is not blank.
   *
   * @param trades whether to list trade ids, or null for Kraken's default (false)
   * @param userref only orders with this user reference, or null
   * @param clientOrderId only the order with this client order id, or null
   */
  public OpenOrdersOptions {
    if (clientOrderId != null) {
      Checks.notBlank(clientOrderId, "cl_ord_id", "a client order id such as a UUID, or leave it out");
    }
  }

  /**
   * No options: every open order, without trade ids.
   *
   * @return the empty options
   */
  public static OpenOrdersOptions none() {
    return new OpenOrdersOptions(null, null, null);
  }

  /**
   * These options with {@code trades}.
   *
   * @param value true to list each order's trade ids
   * @return a copy with {@code trades} set
   */
  public OpenOrdersOptions withTrades(boolean value) {
    return new OpenOrdersOptions(value, userref, clientOrderId);
  }

  /**
   * These options with {@code userref}.
   *
   * @param value the user reference the orders were placed with
   * @return a copy with {@code userref} set
   */
  public OpenOrdersOptions withUserref(int value) {
    return new OpenOrdersOptions(trades, value, clientOrderId);
  }

  /**
   * These options with {@code cl_ord_id}.
   *
   * @param value the client order id the order was placed with
   * @return a copy with {@code cl_ord_id} set
   */
  public OpenOrdersOptions withClientOrderId(String value) {
    return new OpenOrdersOptions(trades, userref, value);
  }

  /**
   * The form parameters, in the docs' order: {@code trades}, {@code userref}, {@code cl_ord_id}.
   *
   * @return the parameters, those set
   */
  public Params toParams() {
    return Params.empty().addIfPresent("trades", trades).addIfPresent("userref", userref)
        .addIfPresent("cl_ord_id", clientOrderId);
  }
}
