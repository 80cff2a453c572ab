package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One filter of the USD-M Futures {@code exchangeInfo} (a symbol's {@code filters}). The filters whose
 * JSON is the same as Spot's ({@code PRICE_FILTER}, {@code LOT_SIZE}, {@code MARKET_LOT_SIZE}) decode
 * into the Spot {@link SymbolFilter} records, held by {@link Shared}; the ones whose fields differ
 * ({@code MAX_NUM_ORDERS} and {@code MAX_NUM_ALGO_ORDERS} send {@code limit}, {@code MIN_NOTIONAL} sends
 * {@code notional}, {@code PERCENT_PRICE} sends {@code multiplierDecimal}) have their own records; a
 * type not documented yet decodes as {@link Unknown} with its raw fields (the lists holding filters decode
 * them with the internal {@code FuturesFilterDeserializer}). Records are immutable; a
 * documented field that is missing or of the wrong type fails the decode naming it.
 *
 * <pre>{@code
 * for (FuturesFilter f : symbol.filters()) {
 *   if (f instanceof FuturesFilter.Shared s && s.filter() instanceof SymbolFilter.PriceFilter p) { tick = p.tickSize(); }
 * }
 * }</pre>
 */
public sealed interface FuturesFilter permits FuturesFilter.Shared, FuturesFilter.MaxNumOrders,
    FuturesFilter.MaxNumAlgoOrders, FuturesFilter.MinNotional, FuturesFilter.PercentPrice, FuturesFilter.Unknown {
  /**
   * The wire name of the filter, e.g. {@code PRICE_FILTER}.
   *
   * @return the {@code filterType} Binance sends for this filter
   */
  String filterType();

  /**
   * {@code PRICE_FILTER}, {@code LOT_SIZE} or {@code MARKET_LOT_SIZE}: the same JSON as Spot's, decoded
   * into the Spot record.
   *
   * <p>Example: {@code ((SymbolFilter.LotSize) shared.filter()).stepSize()   // 1}
   *
   * @param filter the Spot record: a {@link SymbolFilter.PriceFilter}, {@link SymbolFilter.LotSize} or {@link SymbolFilter.MarketLotSize}
   */
  record Shared(SymbolFilter filter) implements FuturesFilter {
    /**
     * Checks the filter is present.
     *
     * @param filter the Spot record
     */
    public Shared {
      Required.field(filter, "filter");
    }

    @Override
    public String filterType() {
      return filter.filterType();
    }
  }

  /**
   * {@code MAX_NUM_ORDERS}: the most open orders on the symbol.
   *
   * <p>Example: {@code filter.limit()   // 200}
   *
   * @param limit most open orders
   */
  record MaxNumOrders(@JsonProperty(required = true) int limit) implements FuturesFilter {
    @Override
    public String filterType() {
      return "MAX_NUM_ORDERS";
    }
  }

  /**
   * {@code MAX_NUM_ALGO_ORDERS}: the most open conditional (algo) orders on the symbol.
   *
   * <p>Example: {@code filter.limit()   // 10}
   *
   * @param limit most open algo orders
   */
  record MaxNumAlgoOrders(@JsonProperty(required = true) int limit) implements FuturesFilter {
    @Override
    public String filterType() {
      return "MAX_NUM_ALGO_ORDERS";
    }
  }

  /**
   * {@code MIN_NOTIONAL}: the smallest {@code price * quantity} of an order.
   *
   * <p>Example: {@code filter.notional()   // 5.0}
   *
   * @param notional smallest notional, in the quote asset
   */
  record MinNotional(BigDecimal notional) implements FuturesFilter {
    /**
     * Checks the field is present.
     *
     * @param notional smallest notional, in the quote asset
     */
    public MinNotional {
      Required.field(notional, "notional");
    }

    @Override
    public String filterType() {
      return "MIN_NOTIONAL";
    }
  }

  /**
   * {@code PERCENT_PRICE}: the price range of an order as multiples of the mark price.
   *
   * <p>Example: {@code filter.multiplierUp()   // 1.1500}
   *
   * @param multiplierUp highest price as a multiple of the mark price
   * @param multiplierDown lowest price as a multiple of the mark price
   * @param multiplierDecimal the decimals of the multipliers
   */
  record PercentPrice(
      BigDecimal multiplierUp,
      BigDecimal multiplierDown,
      @JsonProperty(required = true) int multiplierDecimal) implements FuturesFilter {
    /**
     * Checks every field is present.
     *
     * @param multiplierUp highest price as a multiple of the mark price
     * @param multiplierDown lowest price as a multiple of the mark price
     * @param multiplierDecimal the decimals of the multipliers
     */
    public PercentPrice {
      Required.field(multiplierUp, "multiplierUp");
      Required.field(multiplierDown, "multiplierDown");
    }

    @Override
    public String filterType() {
      return "PERCENT_PRICE";
    }
  }

  /**
   * A filter type the SDK does not model yet, with its fields as sent (numbers and strings as text,
   * objects and arrays as JSON).
   *
   * <p>Example: {@code unknown.fields().get("maxPosition")}
   *
   * @param filterType the type as sent
   * @param fields the other fields, in the order sent (unmodifiable)
   */
  record Unknown(String filterType, Map<String, String> fields) implements FuturesFilter {
    /**
     * Checks both are present and copies the fields.
     *
     * @param filterType the type as sent
     * @param fields the other fields, in the order sent
     */
    public Unknown {
      Required.field(filterType, "filterType");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(Required.values(fields, "fields")));
    }
  }
}
