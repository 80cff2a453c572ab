package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.SymbolFilterDeserializer;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One filter of {@code exchangeInfo}: a trading rule of a symbol ({@code filters}) or of the exchange
 * ({@code exchangeFilters}, see {@link ExchangeFilter}), one record per documented
 * {@code filterType} (Binance filters.md); a type not documented yet decodes as
 * {@link UnknownFilter} with its raw fields, so a new filter never breaks a bot. Records are
 * immutable; a documented field that is missing or of the wrong type fails the decode naming it.
 *
 * <pre>{@code
 * for (SymbolFilter f : info.symbol("BTCUSDT").orElseThrow().filters()) {
 *   if (f instanceof SymbolFilter.PriceFilter p) { tick = p.tickSize(); }
 * }
 * }</pre>
 */
public sealed interface SymbolFilter permits
    SymbolFilter.PriceFilter, SymbolFilter.PercentPrice, SymbolFilter.PercentPriceBySide,
    SymbolFilter.LotSize, SymbolFilter.MarketLotSize, SymbolFilter.MinNotional, SymbolFilter.Notional,
    SymbolFilter.IcebergParts, SymbolFilter.MaxNumOrders, SymbolFilter.MaxNumAlgoOrders,
    SymbolFilter.MaxNumIcebergOrders, SymbolFilter.MaxPosition, SymbolFilter.TrailingDelta,
    SymbolFilter.MaxNumOrderAmends, SymbolFilter.MaxNumOrderLists, SymbolFilter.MaxAsset, ExchangeFilter,
    SymbolFilter.UnknownFilter {
  /**
   * The wire name of the filter, e.g. {@code PRICE_FILTER}.
   *
   * @return the {@code filterType} Binance sends for this filter
   */
  default String filterType() {
    return SymbolFilterDeserializer.typeOf(this);
  }

  /**
   * {@code PRICE_FILTER}: the range and tick of {@code price}/{@code stopPrice}; a zero disables its rule.
   *
   * <p>Example: {@code new PriceFilter(new BigDecimal("0.00000100"), new BigDecimal("100000"), new BigDecimal("0.00000100"))}
   *
   * @param minPrice lowest price (0: no minimum)
   * @param maxPrice highest price (0: no maximum)
   * @param tickSize price step (0: any step)
   */
  public record PriceFilter(BigDecimal minPrice, BigDecimal maxPrice, BigDecimal tickSize) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param minPrice lowest price (0: no minimum)
     * @param maxPrice highest price (0: no maximum)
     * @param tickSize price step (0: any step)
     */
    public PriceFilter {
      Required.field(minPrice, "minPrice");
      Required.field(maxPrice, "maxPrice");
      Required.field(tickSize, "tickSize");
    }
  }

  /**
   * {@code PERCENT_PRICE}: the price range as multiples of the average (or reference) price.
   *
   * <p>Example: {@code filter.multiplierUp()   // 1.3000}
   *
   * @param multiplierUp highest price as a multiple of the average
   * @param multiplierDown lowest price as a multiple of the average
   * @param avgPriceMins minutes averaged (0: the last price)
   */
  public record PercentPrice(
      BigDecimal multiplierUp,
      BigDecimal multiplierDown,
      @JsonProperty(required = true) int avgPriceMins) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param multiplierUp highest price as a multiple of the average
     * @param multiplierDown lowest price as a multiple of the average
     * @param avgPriceMins minutes averaged (0: the last price)
     */
    public PercentPrice {
      Required.field(multiplierUp, "multiplierUp");
      Required.field(multiplierDown, "multiplierDown");
    }
  }

  /**
   * {@code PERCENT_PRICE_BY_SIDE}: {@link PercentPrice} with a range per side.
   *
   * <p>Example: {@code filter.bidMultiplierUp()   // 1.2}
   *
   * @param bidMultiplierUp highest BUY price as a multiple of the average
   * @param bidMultiplierDown lowest BUY price as a multiple
   * @param askMultiplierUp highest SELL price as a multiple
   * @param askMultiplierDown lowest SELL price as a multiple
   * @param avgPriceMins minutes averaged (0: the last price)
   */
  public record PercentPriceBySide(
      BigDecimal bidMultiplierUp,
      BigDecimal bidMultiplierDown,
      BigDecimal askMultiplierUp,
      BigDecimal askMultiplierDown,
      @JsonProperty(required = true) int avgPriceMins) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param bidMultiplierUp highest BUY price as a multiple of the average
     * @param bidMultiplierDown lowest BUY price as a multiple
     * @param askMultiplierUp highest SELL price as a multiple
     * @param askMultiplierDown lowest SELL price as a multiple
     * @param avgPriceMins minutes averaged (0: the last price)
     */
    public PercentPriceBySide {
      Required.field(bidMultiplierUp, "bidMultiplierUp");
      Required.field(bidMultiplierDown, "bidMultiplierDown");
      Required.field(askMultiplierUp, "askMultiplierUp");
      Required.field(askMultiplierDown, "askMultiplierDown");
    }
  }

  /**
   * {@code LOT_SIZE}: the range and step of {@code quantity}/{@code icebergQty}.
   *
   * <p>Example: {@code filter.stepSize()   // 0.00100000}
   *
   * @param minQty smallest quantity
   * @param maxQty largest quantity
   * @param stepSize quantity step (0: any step)
   */
  public record LotSize(BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param minQty smallest quantity
     * @param maxQty largest quantity
     * @param stepSize quantity step (0: any step)
     */
    public LotSize {
      Required.field(minQty, "minQty");
      Required.field(maxQty, "maxQty");
      Required.field(stepSize, "stepSize");
    }
  }

  /**
   * {@code MARKET_LOT_SIZE}: {@link LotSize} for MARKET orders.
   *
   * <p>Example: {@code filter.maxQty()   // 100000.00000000}
   *
   * @param minQty smallest quantity
   * @param maxQty largest quantity
   * @param stepSize quantity step (0: any step)
   */
  public record MarketLotSize(BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param minQty smallest quantity
     * @param maxQty largest quantity
     * @param stepSize quantity step (0: any step)
     */
    public MarketLotSize {
      Required.field(minQty, "minQty");
      Required.field(maxQty, "maxQty");
      Required.field(stepSize, "stepSize");
    }
  }

  /**
   * {@code MIN_NOTIONAL}: the smallest {@code price * quantity}.
   *
   * <p>Example: {@code filter.minNotional()   // 0.00100000}
   *
   * @param minNotional smallest notional
   * @param applyToMarket whether MARKET orders are checked (at the average price)
   * @param avgPriceMins minutes averaged for MARKET orders (0: the last price)
   */
  public record MinNotional(
      BigDecimal minNotional,
      @JsonProperty(required = true) boolean applyToMarket,
      @JsonProperty(required = true) int avgPriceMins) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param minNotional smallest notional
     * @param applyToMarket whether MARKET orders are checked (at the average price)
     * @param avgPriceMins minutes averaged for MARKET orders (0: the last price)
     */
    public MinNotional {
      Required.field(minNotional, "minNotional");
    }
  }

  /**
   * {@code NOTIONAL}: the range of {@code price * quantity}.
   *
   * <p>Example: {@code filter.maxNotional()   // 10000.00000000}
   *
   * @param minNotional smallest notional
   * @param applyMinToMarket whether MARKET orders are checked against the minimum
   * @param maxNotional largest notional
   * @param applyMaxToMarket whether MARKET orders are checked against the maximum
   * @param avgPriceMins minutes averaged for MARKET orders (0: the last price)
   */
  public record Notional(
      BigDecimal minNotional,
      @JsonProperty(required = true) boolean applyMinToMarket,
      BigDecimal maxNotional,
      @JsonProperty(required = true) boolean applyMaxToMarket,
      @JsonProperty(required = true) int avgPriceMins) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param minNotional smallest notional
     * @param applyMinToMarket whether MARKET orders are checked against the minimum
     * @param maxNotional largest notional
     * @param applyMaxToMarket whether MARKET orders are checked against the maximum
     * @param avgPriceMins minutes averaged for MARKET orders (0: the last price)
     */
    public Notional {
      Required.field(minNotional, "minNotional");
      Required.field(maxNotional, "maxNotional");
    }
  }

  /**
   * {@code ICEBERG_PARTS}: the most parts ({@code CEIL(qty / icebergQty)}) of an iceberg order.
   *
   * <p>Example: {@code filter.limit()   // 10}
   *
   * @param limit most parts
   */
  public record IcebergParts(@JsonProperty(required = true) int limit) implements SymbolFilter {
  }

  /**
   * {@code MAX_NUM_ORDERS}: the most open orders (algo ones included) on the symbol.
   *
   * <p>Example: {@code filter.maxNumOrders()   // 25}
   *
   * @param maxNumOrders most open orders
   */
  public record MaxNumOrders(@JsonProperty(required = true) int maxNumOrders) implements SymbolFilter {
  }

  /**
   * {@code MAX_NUM_ALGO_ORDERS}: the most open STOP_LOSS/TAKE_PROFIT orders on the symbol.
   *
   * <p>Example: {@code filter.maxNumAlgoOrders()   // 5}
   *
   * @param maxNumAlgoOrders most open algo orders
   */
  public record MaxNumAlgoOrders(@JsonProperty(required = true) int maxNumAlgoOrders) implements SymbolFilter {
  }

  /**
   * {@code MAX_NUM_ICEBERG_ORDERS}: the most open iceberg orders on the symbol.
   *
   * <p>Example: {@code filter.maxNumIcebergOrders()   // 5}
   *
   * @param maxNumIcebergOrders most open iceberg orders
   */
  public record MaxNumIcebergOrders(@JsonProperty(required = true) int maxNumIcebergOrders) implements SymbolFilter {
  }

  /**
   * {@code MAX_POSITION}: the largest position (free + locked + open BUY quantity) in the base asset.
   *
   * <p>Example: {@code filter.maxPosition()   // 10.00000000}
   *
   * @param maxPosition largest position, in the base asset
   */
  public record MaxPosition(BigDecimal maxPosition) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param maxPosition largest position, in the base asset
     */
    public MaxPosition {
      Required.field(maxPosition, "maxPosition");
    }
  }

  /**
   * {@code TRAILING_DELTA}: the range of {@code trailingDelta}, in basis points.
   *
   * <p>Example: {@code filter.maxTrailingAboveDelta()   // 2000}
   *
   * @param minTrailingAboveDelta smallest delta above the price
   * @param maxTrailingAboveDelta largest delta above the price
   * @param minTrailingBelowDelta smallest delta below the price
   * @param maxTrailingBelowDelta largest delta below the price
   */
  public record TrailingDelta(
      @JsonProperty(required = true) int minTrailingAboveDelta,
      @JsonProperty(required = true) int maxTrailingAboveDelta,
      @JsonProperty(required = true) int minTrailingBelowDelta,
      @JsonProperty(required = true) int maxTrailingBelowDelta) implements SymbolFilter {
  }

  /**
   * {@code MAX_NUM_ORDER_AMENDS}: the most amendments of one order.
   *
   * <p>Example: {@code filter.maxNumOrderAmends()   // 10}
   *
   * @param maxNumOrderAmends most amendments
   */
  public record MaxNumOrderAmends(@JsonProperty(required = true) int maxNumOrderAmends) implements SymbolFilter {
  }

  /**
   * {@code MAX_NUM_ORDER_LISTS}: the most open order lists on the symbol.
   *
   * <p>Example: {@code filter.maxNumOrderLists()   // 20}
   *
   * @param maxNumOrderLists most open order lists
   */
  public record MaxNumOrderLists(@JsonProperty(required = true) int maxNumOrderLists) implements SymbolFilter {
  }

  /**
   * {@code MAX_ASSET} (asset filter, from {@code myFilters}): the largest order quantity of an asset.
   *
   * <p>Example: {@code filter.limit()   // 42.00000000}
   *
   * @param asset the asset
   * @param limit largest quantity
   */
  public record MaxAsset(String asset, BigDecimal limit) implements SymbolFilter {
    /**
     * Checks every field is present.
     *
     * @param asset the asset
     * @param limit largest quantity
     */
    public MaxAsset {
      Required.field(asset, "asset");
      Required.field(limit, "limit");
    }
  }

  /**
   * A filter this SDK does not model yet: its {@code filterType} and every other field as sent
   * (strings and numbers as their text, arrays and objects as JSON).
   *
   * <p>Example: {@code filter.fields().get("maxNumFoo")   // "3"}
   *
   * @param filterType the filter type as sent
   * @param fields the other fields, in the order sent (unmodifiable)
   */
  public record UnknownFilter(String filterType, Map<String, String> fields) implements SymbolFilter {
    /**
     * Checks both fields; copies the map.
     *
     * @param filterType the filter type as sent
     * @param fields the other fields, in the order sent (unmodifiable)
     */
    public UnknownFilter {
      Required.field(filterType, "filterType");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(Required.values(fields, "fields")));
    }
  }
}

