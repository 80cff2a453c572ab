package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The adjusted funding-rate bounds and interval of a symbol: {@code GET /fapi/v1/fundingInfo} lists
 * only the symbols whose cap, floor or interval was adjusted.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code int hours = client.futures().market().tickers().fundingInfo().get(0).fundingIntervalHours();}
 *
 * @param symbol the symbol
 * @param adjustedFundingRateCap the highest funding rate
 * @param adjustedFundingRateFloor the lowest funding rate
 * @param fundingIntervalHours hours between fundings
 * @param disclaimer Binance's disclaimer flag, ignore
 */
public record FundingInfo(
    String symbol,
    BigDecimal adjustedFundingRateCap,
    BigDecimal adjustedFundingRateFloor,
    @JsonProperty(required = true) int fundingIntervalHours,
    @JsonProperty(required = true) boolean disclaimer) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param adjustedFundingRateCap the highest funding rate
   * @param adjustedFundingRateFloor the lowest funding rate
   * @param fundingIntervalHours hours between fundings
   * @param disclaimer Binance's disclaimer flag, ignore
   */
  public FundingInfo {
    Required.field(symbol, "symbol");
    Required.field(adjustedFundingRateCap, "adjustedFundingRateCap");
    Required.field(adjustedFundingRateFloor, "adjustedFundingRateFloor");
  }
}
