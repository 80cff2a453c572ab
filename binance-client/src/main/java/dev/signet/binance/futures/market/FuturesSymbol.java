package dev.signet.binance.futures.market;

import dev.signet.binance.internal.FuturesFilterDeserializer;
import dev.signet.binance.internal.FuturesSymbolDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One contract of the USD-M Futures {@code exchangeInfo}: its kind and dates, assets, precisions, order
 * types and filters. {@code pricePrecision} and {@code quantityPrecision} are not the tick and step sizes:
 * those are in the {@code PRICE_FILTER} and {@code LOT_SIZE} filters.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <pre>{@code
 * FuturesSymbol s = client.futures().market().exchangeInfo().symbol("BTCUSDT").orElseThrow();
 * boolean perpetual = s.contractType() == ContractType.PERPETUAL;
 * }</pre>
 *
 * @param symbol the symbol
 * @param pair the underlying pair
 * @param contractType the contract type
 * @param deliveryDate when it delivers (far in the future for a perpetual)
 * @param onboardDate when it was listed
 * @param status the status, e.g. {@code TRADING}, {@code PENDING_TRADING}, {@code SETTLING} (kept as sent)
 * @param baseAsset the base asset
 * @param quoteAsset the quote asset
 * @param marginAsset the margin asset
 * @param pricePrecision the price decimals shown (not the tick size)
 * @param quantityPrecision the quantity decimals shown (not the step size)
 * @param baseAssetPrecision the base asset's decimals
 * @param quotePrecision the quote asset's decimals
 * @param underlyingType the underlying's type, e.g. {@code COIN}, {@code INDEX}
 * @param underlyingSubType the underlying's sectors, e.g. {@code STORAGE} (empty when absent)
 * @param settlePlan the settlement plan (0 when absent)
 * @param triggerProtect the price protection threshold of conditional orders
 * @param liquidationFee the liquidation fee rate
 * @param marketTakeBound the largest deviation of a MARKET order from the mark price
 * @param orderTypes the order types it takes (also read from the docs' example spelling {@code OrderType})
 * @param timeInForce the time-in-force values it takes
 * @param filters its trading rules, in the order sent (unmodifiable)
 */
@JsonDeserialize(using = FuturesSymbolDeserializer.class)
public record FuturesSymbol(
    String symbol,
    String pair,
    ContractType contractType,
    Instant deliveryDate,
    Instant onboardDate,
    String status,
    String baseAsset,
    String quoteAsset,
    String marginAsset,
    @JsonProperty(required = true) int pricePrecision,
    @JsonProperty(required = true) int quantityPrecision,
    @JsonProperty(required = true) int baseAssetPrecision,
    @JsonProperty(required = true) int quotePrecision,
    String underlyingType,
    List<String> underlyingSubType,
    int settlePlan,
    BigDecimal triggerProtect,
    BigDecimal liquidationFee,
    BigDecimal marketTakeBound,
    @JsonAlias("OrderType") List<String> orderTypes,
    List<String> timeInForce,
    @JsonDeserialize(contentUsing = FuturesFilterDeserializer.class) List<FuturesFilter> filters) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param pair the underlying pair
   * @param contractType the contract type
   * @param deliveryDate when it delivers (far in the future for a perpetual)
   * @param onboardDate when it was listed
   * @param status the status, e.g. {@code TRADING}, {@code PENDING_TRADING}, {@code SETTLING} (kept as sent)
   * @param baseAsset the base asset
   * @param quoteAsset the quote asset
   * @param marginAsset the margin asset
   * @param pricePrecision the price decimals shown (not the tick size)
   * @param quantityPrecision the quantity decimals shown (not the step size)
   * @param baseAssetPrecision the base asset's decimals
   * @param quotePrecision the quote asset's decimals
   * @param underlyingType the underlying's type, e.g. {@code COIN}, {@code INDEX}
   * @param underlyingSubType the underlying's sectors, e.g. {@code STORAGE} (empty when absent)
   * @param settlePlan the settlement plan (0 when absent)
   * @param triggerProtect the price protection threshold of conditional orders
   * @param liquidationFee the liquidation fee rate
   * @param marketTakeBound the largest deviation of a MARKET order from the mark price
   * @param orderTypes the order types it takes (also read from the docs' example spelling {@code OrderType})
   * @param timeInForce the time-in-force values it takes
   * @param filters its trading rules, in the order sent (unmodifiable)
   */
  public FuturesSymbol {
    Required.field(symbol, "symbol");
    Required.field(pair, "pair");
    Required.field(contractType, "contractType");
    Required.field(deliveryDate, "deliveryDate");
    Required.field(onboardDate, "onboardDate");
    Required.field(status, "status");
    Required.field(baseAsset, "baseAsset");
    Required.field(quoteAsset, "quoteAsset");
    Required.field(marginAsset, "marginAsset");
    Required.field(underlyingType, "underlyingType");
    underlyingSubType = Required.listOrEmpty(underlyingSubType, "underlyingSubType");
    Required.field(triggerProtect, "triggerProtect");
    Required.field(liquidationFee, "liquidationFee");
    Required.field(marketTakeBound, "marketTakeBound");
    orderTypes = Required.list(orderTypes, "orderTypes");
    timeInForce = Required.list(timeInForce, "timeInForce");
    filters = Required.list(filters, "filters");
  }
}
