package dev.signet.kraken.account;

import dev.signet.core.Params;

/**
 * QueryOrders' options: {@code trades} (list each order's trade ids), {@code userref} (only orders
 * with that reference) and {@code consolidate_taker} (Kraken's default true: one taker trade per
 * order). Immutable; start from {@link #none()}.
 *
 * <pre>{@code
 * kraken.accountData().queryOrders(List.of("OBCMZD-JIEE7-77TH3F"), QueryOrdersOptions.none().withTrades(true));
 * }</pre>
 *
 * @param trades whether to list trade ids, or null for Kraken's default (false)
 * @param userref only orders with this user reference, or null
 * @param consolidateTaker whether to consolidate taker trades, or null for Kraken's default (true)
 */
public record QueryOrdersOptions(Boolean trades, Integer userref, Boolean consolidateTaker) {
  /**
   * No options.
   *
   * @return the empty options
   */
  public static QueryOrdersOptions none() {
    return new QueryOrdersOptions(null, null, null);
  }

  /**
   * These options with {@code trades}.
   *
   * @param value true to list each order's trade ids
   * @return a copy with {@code trades} set
   */
  public QueryOrdersOptions withTrades(boolean value) {
    return new QueryOrdersOptions(value, userref, consolidateTaker);
  }

  /**
   * These options with {@code userref}.
   *
   * @param value the user reference the orders were placed with
   * @return a copy with {@code userref} set
   */
  public QueryOrdersOptions withUserref(int value) {
    return new QueryOrdersOptions(trades, value, consolidateTaker);
  }

  /**
   * These options with {@code consolidate_taker}.
   *
   * @param value false to list every taker trade separately
   * @return a copy with {@code consolidate_taker} set
   */
  public QueryOrdersOptions withConsolidateTaker(boolean value) {
    return new QueryOrdersOptions(trades, userref, value);
  }

  /**
   * The form parameters after {@code txid}, in the docs' order.
   *
   * @return the parameters, those set
   */
  public Params toParams() {
    return Params.empty().addIfPresent("trades", trades).addIfPresent("userref", userref)
        .addIfPresent("consolidate_taker", consolidateTaker);
  }
}
