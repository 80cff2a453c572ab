package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One period of {@code GET /futures/data/openInterestHist}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal value = stat.sumOpenInterestValue();}
 *
 * @param symbol the symbol
 * @param sumOpenInterest the open interest, in contracts
 * @param sumOpenInterestValue the open interest, in the quote asset
 * @param circulatingSupply the CoinMarketCap circulating supply ({@code CMCCirculatingSupply}), or null when not sent
 * @param timestamp the period's time
 */
public record OpenInterestStat(
    String symbol,
    BigDecimal sumOpenInterest,
    BigDecimal sumOpenInterestValue,
    @JsonProperty("CMCCirculatingSupply") BigDecimal circulatingSupply,
    Instant timestamp) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param sumOpenInterest the open interest, in contracts
   * @param sumOpenInterestValue the open interest, in the quote asset
   * @param circulatingSupply the CoinMarketCap circulating supply ({@code CMCCirculatingSupply}), or null when not sent
   * @param timestamp the period's time
   */
  public OpenInterestStat {
    Required.field(symbol, "symbol");
    Required.field(sumOpenInterest, "sumOpenInterest");
    Required.field(sumOpenInterestValue, "sumOpenInterestValue");
    Required.field(timestamp, "timestamp");
  }
}
