package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The mark price, index price and funding rate of a symbol: {@code GET /fapi/v1/premiumIndex}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise (a delivery contract has no funding): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal rate = client.futures().market().tickers().markPrice("BTCUSDT").lastFundingRate();}
 *
 * @param symbol the symbol
 * @param markPrice the mark price
 * @param indexPrice the index price
 * @param estimatedSettlePrice the estimated settle price (meaningful only in the last hour before settlement)
 * @param lastFundingRate the latest funding rate, or null for a delivery contract (Binance sends an empty string)
 * @param interestRate the base asset's interest rate, or null for a delivery contract (an empty string)
 * @param nextFundingTime the next funding time ({@code Instant.EPOCH} for a delivery contract, which Binance sends as 0)
 * @param time when the values were computed
 */
public record MarkPrice(
    String symbol,
    BigDecimal markPrice,
    BigDecimal indexPrice,
    BigDecimal estimatedSettlePrice,
    BigDecimal lastFundingRate,
    BigDecimal interestRate,
    Instant nextFundingTime,
    Instant time) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param markPrice the mark price
   * @param indexPrice the index price
   * @param estimatedSettlePrice the estimated settle price (meaningful only in the last hour before settlement)
   * @param lastFundingRate the latest funding rate, or null for a delivery contract (Binance sends an empty string)
   * @param interestRate the base asset's interest rate, or null for a delivery contract (an empty string)
   * @param nextFundingTime the next funding time ({@code Instant.EPOCH} for a delivery contract, which Binance sends as 0)
   * @param time when the values were computed
   */
  public MarkPrice {
    Required.field(symbol, "symbol");
    Required.field(markPrice, "markPrice");
    Required.field(indexPrice, "indexPrice");
    Required.field(estimatedSettlePrice, "estimatedSettlePrice");
    Required.field(nextFundingTime, "nextFundingTime");
    Required.field(time, "time");
  }
}
