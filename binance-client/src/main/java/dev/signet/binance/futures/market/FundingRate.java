package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One funding rate of {@code GET /fapi/v1/fundingRate}, oldest first.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code FundingRate r = client.futures().market().tickers().fundingRates(FundingRateQuery.builder().symbol("BTCUSDT").build()).get(0);}
 *
 * @param symbol the symbol
 * @param fundingRate the funding rate
 * @param fundingTime when it was charged
 * @param markPrice the mark price at that time, or null when not sent (old records)
 */
public record FundingRate(
    String symbol,
    BigDecimal fundingRate,
    Instant fundingTime,
    BigDecimal markPrice) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param fundingRate the funding rate
   * @param fundingTime when it was charged
   * @param markPrice the mark price at that time, or null when not sent (old records)
   */
  public FundingRate {
    Required.field(symbol, "symbol");
    Required.field(fundingRate, "fundingRate");
    Required.field(fundingTime, "fundingTime");
  }
}
