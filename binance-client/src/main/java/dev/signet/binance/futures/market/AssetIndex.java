package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The multi-assets mode index of an asset pair: {@code GET /fapi/v1/assetIndex}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal index = client.futures().market().data().assetIndex("ADAUSD").index();}
 *
 * @param symbol the asset pair, e.g. {@code ADAUSD}
 * @param time when it was computed
 * @param index the index price
 * @param bidBuffer the bid buffer
 * @param askBuffer the ask buffer
 * @param bidRate the bid rate
 * @param askRate the ask rate
 * @param autoExchangeBidBuffer the auto-exchange bid buffer
 * @param autoExchangeAskBuffer the auto-exchange ask buffer
 * @param autoExchangeBidRate the auto-exchange bid rate
 * @param autoExchangeAskRate the auto-exchange ask rate
 */
public record AssetIndex(
    String symbol,
    Instant time,
    BigDecimal index,
    BigDecimal bidBuffer,
    BigDecimal askBuffer,
    BigDecimal bidRate,
    BigDecimal askRate,
    BigDecimal autoExchangeBidBuffer,
    BigDecimal autoExchangeAskBuffer,
    BigDecimal autoExchangeBidRate,
    BigDecimal autoExchangeAskRate) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the asset pair, e.g. {@code ADAUSD}
   * @param time when it was computed
   * @param index the index price
   * @param bidBuffer the bid buffer
   * @param askBuffer the ask buffer
   * @param bidRate the bid rate
   * @param askRate the ask rate
   * @param autoExchangeBidBuffer the auto-exchange bid buffer
   * @param autoExchangeAskBuffer the auto-exchange ask buffer
   * @param autoExchangeBidRate the auto-exchange bid rate
   * @param autoExchangeAskRate the auto-exchange ask rate
   */
  public AssetIndex {
    Required.field(symbol, "symbol");
    Required.field(time, "time");
    Required.field(index, "index");
    Required.field(bidBuffer, "bidBuffer");
    Required.field(askBuffer, "askBuffer");
    Required.field(bidRate, "bidRate");
    Required.field(askRate, "askRate");
    Required.field(autoExchangeBidBuffer, "autoExchangeBidBuffer");
    Required.field(autoExchangeAskBuffer, "autoExchangeAskBuffer");
    Required.field(autoExchangeBidRate, "autoExchangeBidRate");
    Required.field(autoExchangeAskRate, "autoExchangeAskRate");
  }
}
