package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A filter of the whole exchange ({@code exchangeInfo}'s {@code exchangeFilters}): the most open
 * orders of each kind an account may have across all symbols.
 *
 * <pre>{@code
 * for (SymbolFilter f : info.exchangeFilters()) {
 *   if (f instanceof ExchangeFilter.ExchangeMaxNumOrders m) { cap = m.maxNumOrders(); }
 * }
 * }</pre>
 */
public sealed interface ExchangeFilter extends SymbolFilter permits ExchangeFilter.ExchangeMaxNumOrders, ExchangeFilter.ExchangeMaxNumAlgoOrders, ExchangeFilter.ExchangeMaxNumIcebergOrders, ExchangeFilter.ExchangeMaxNumOrderLists {
  /**
   * {@code EXCHANGE_MAX_NUM_ORDERS}: the most open orders on the exchange.
   *
   * <p>Example: {@code filter.maxNumOrders()   // 1000}
   *
   * @param maxNumOrders most open orders
   */
  public record ExchangeMaxNumOrders(@JsonProperty(required = true) int maxNumOrders) implements ExchangeFilter {
  }

  /**
   * {@code EXCHANGE_MAX_NUM_ALGO_ORDERS}: the most open algo orders on the exchange.
   *
   * <p>Example: {@code filter.maxNumAlgoOrders()   // 200}
   *
   * @param maxNumAlgoOrders most open algo orders
   */
  public record ExchangeMaxNumAlgoOrders(
      @JsonProperty(required = true) int maxNumAlgoOrders) implements ExchangeFilter {
  }

  /**
   * {@code EXCHANGE_MAX_NUM_ICEBERG_ORDERS}: the most open iceberg orders on the exchange.
   *
   * <p>Example: {@code filter.maxNumIcebergOrders()   // 10000}
   *
   * @param maxNumIcebergOrders most open iceberg orders
   */
  public record ExchangeMaxNumIcebergOrders(
      @JsonProperty(required = true) int maxNumIcebergOrders) implements ExchangeFilter {
  }

  /**
   * {@code EXCHANGE_MAX_NUM_ORDER_LISTS}: the most open order lists on the exchange.
   *
   * <p>Example: {@code filter.maxNumOrderLists()   // 20}
   *
   * @param maxNumOrderLists most open order lists
   */
  public record ExchangeMaxNumOrderLists(
      @JsonProperty(required = true) int maxNumOrderLists) implements ExchangeFilter {
  }
}

