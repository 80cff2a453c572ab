package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.SymbolFilterDeserializer;
import dev.signet.binance.internal.SymbolInfoDeserializer;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.internal.json.Required;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One symbol of {@code GET /api/v3/exchangeInfo}: assets, precisions, allowed order types and
 * filters. {@link #rules()} gives its {@link SymbolRules}.
 *
 * <p>Every documented field is required except {@code permissions} and {@code permissionSets} (empty
 * when absent): a missing or null one fails the decode naming it. Decoded by a streaming
 * deserializer (a full exchangeInfo holds thousands of symbols).
 *
 * <pre>{@code
 * SymbolInfo eth = client.spot().market().exchangeInfo("ETHBTC").symbols().get(0);
 * BigDecimal price = eth.rules().roundPrice(new BigDecimal("0.0512345"), RoundingMode.DOWN);
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code ETHBTC}
 * @param status the trading status (unknown values are kept)
 * @param baseAsset the base asset
 * @param baseAssetPrecision decimals of the base asset (quantities)
 * @param quoteAsset the quote asset
 * @param quotePrecision decimals of the quote asset (deprecated by Binance; same as {@code quoteAssetPrecision})
 * @param quoteAssetPrecision decimals of the quote asset (prices, quote quantities)
 * @param baseCommissionPrecision decimals of commissions in the base asset
 * @param quoteCommissionPrecision decimals of commissions in the quote asset
 * @param orderTypes the order types allowed (unmodifiable)
 * @param icebergAllowed whether iceberg orders are allowed
 * @param ocoAllowed whether OCO order lists are allowed
 * @param otoAllowed whether OTO order lists are allowed
 * @param opoAllowed whether OPO order lists are allowed
 * @param quoteOrderQtyMarketAllowed whether MARKET orders may give {@code quoteOrderQty}
 * @param allowTrailingStop whether trailing stops are allowed
 * @param cancelReplaceAllowed whether cancel-replace is allowed
 * @param amendAllowed whether amend-keep-priority is allowed
 * @param pegInstructionsAllowed whether pegged orders are allowed
 * @param spotTradingAllowed whether spot trading is allowed ({@code isSpotTradingAllowed})
 * @param marginTradingAllowed whether margin trading is allowed ({@code isMarginTradingAllowed})
 * @param filters the symbol's filters, in the order sent (unmodifiable)
 * @param permissions legacy permissions, usually empty (unmodifiable)
 * @param permissionSets permission sets: any one of each inner list is needed, every list must be met; empty with {@code showPermissionSets=false} (unmodifiable)
 * @param defaultSelfTradePreventionMode the default self-trade prevention mode
 * @param allowedSelfTradePreventionModes the modes allowed (unmodifiable)
 */
@JsonDeserialize(using = SymbolInfoDeserializer.class)
public record SymbolInfo(
    String symbol,
    SymbolStatus status,
    String baseAsset,
    @JsonProperty(required = true) int baseAssetPrecision,
    String quoteAsset,
    @JsonProperty(required = true) int quotePrecision,
    @JsonProperty(required = true) int quoteAssetPrecision,
    @JsonProperty(required = true) int baseCommissionPrecision,
    @JsonProperty(required = true) int quoteCommissionPrecision,
    List<OrderType> orderTypes,
    @JsonProperty(required = true) boolean icebergAllowed,
    @JsonProperty(required = true) boolean ocoAllowed,
    @JsonProperty(required = true) boolean otoAllowed,
    @JsonProperty(required = true) boolean opoAllowed,
    @JsonProperty(required = true) boolean quoteOrderQtyMarketAllowed,
    @JsonProperty(required = true) boolean allowTrailingStop,
    @JsonProperty(required = true) boolean cancelReplaceAllowed,
    @JsonProperty(required = true) boolean amendAllowed,
    @JsonProperty(required = true) boolean pegInstructionsAllowed,
    @JsonProperty(value = "isSpotTradingAllowed", required = true) boolean spotTradingAllowed,
    @JsonProperty(value = "isMarginTradingAllowed", required = true) boolean marginTradingAllowed,
    @JsonDeserialize(contentUsing = SymbolFilterDeserializer.class) List<SymbolFilter> filters,
    List<String> permissions,
    List<List<String>> permissionSets,
    SelfTradePreventionMode defaultSelfTradePreventionMode,
    List<SelfTradePreventionMode> allowedSelfTradePreventionModes) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol, e.g. {@code ETHBTC}
   * @param status the trading status (unknown values are kept)
   * @param baseAsset the base asset
   * @param baseAssetPrecision decimals of the base asset (quantities)
   * @param quoteAsset the quote asset
   * @param quotePrecision decimals of the quote asset (deprecated by Binance; same as {@code quoteAssetPrecision})
   * @param quoteAssetPrecision decimals of the quote asset (prices, quote quantities)
   * @param baseCommissionPrecision decimals of commissions in the base asset
   * @param quoteCommissionPrecision decimals of commissions in the quote asset
   * @param orderTypes the order types allowed (unmodifiable)
   * @param icebergAllowed whether iceberg orders are allowed
   * @param ocoAllowed whether OCO order lists are allowed
   * @param otoAllowed whether OTO order lists are allowed
   * @param opoAllowed whether OPO order lists are allowed
   * @param quoteOrderQtyMarketAllowed whether MARKET orders may give {@code quoteOrderQty}
   * @param allowTrailingStop whether trailing stops are allowed
   * @param cancelReplaceAllowed whether cancel-replace is allowed
   * @param amendAllowed whether amend-keep-priority is allowed
   * @param pegInstructionsAllowed whether pegged orders are allowed
   * @param spotTradingAllowed whether spot trading is allowed ({@code isSpotTradingAllowed})
   * @param marginTradingAllowed whether margin trading is allowed ({@code isMarginTradingAllowed})
   * @param filters the symbol's filters, in the order sent (unmodifiable)
   * @param permissions legacy permissions, usually empty (unmodifiable)
   * @param permissionSets permission sets: any one of each inner list is needed, every list must be met; empty with {@code showPermissionSets=false} (unmodifiable)
   * @param defaultSelfTradePreventionMode the default self-trade prevention mode
   * @param allowedSelfTradePreventionModes the modes allowed (unmodifiable)
   */
  public SymbolInfo {
    Required.field(symbol, "symbol");
    Required.field(status, "status");
    Required.field(baseAsset, "baseAsset");
    Required.field(quoteAsset, "quoteAsset");
    orderTypes = Required.list(orderTypes, "orderTypes");
    filters = Required.list(filters, "filters");
    permissions = Required.listOrEmpty(permissions, "permissions");
    permissionSets = Required.listOrEmpty(permissionSets, "permissionSets").stream()
        .map(set -> Required.list(set, "permissionSets")).toList();
    Required.field(defaultSelfTradePreventionMode, "defaultSelfTradePreventionMode");
    allowedSelfTradePreventionModes = Required.list(allowedSelfTradePreventionModes, "allowedSelfTradePreventionModes");
  }

  /**
   * The first filter of type {@code type}, e.g. {@code filter(SymbolFilter.PriceFilter.class)}.
   *
   * @param <F> the filter type
   * @param type the filter record class
   * @return the filter, or empty when the symbol has none of that type
   */
  public <F extends SymbolFilter> Optional<F> filter(Class<F> type) {
    return filters.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * The rules of this symbol: rounding to its tick and step, and the filter checks.
   *
   * @return the symbol's rules
   */
  public SymbolRules rules() {
    return SymbolRules.of(this);
  }
}
