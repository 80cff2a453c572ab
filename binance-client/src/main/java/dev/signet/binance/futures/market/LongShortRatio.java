package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One period of a long/short ratio: {@code GET /futures/data/topLongShortAccountRatio},
 * {@code topLongShortPositionRatio} (where the two shares are of positions) or
 * {@code globalLongShortAccountRatio}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal ratio = r.longShortRatio();   // longAccount / shortAccount}
 *
 * @param symbol the symbol
 * @param longShortRatio the long share over the short share
 * @param longAccount the long share (of accounts or positions)
 * @param shortAccount the short share
 * @param timestamp the period's time
 */
public record LongShortRatio(
    String symbol,
    BigDecimal longShortRatio,
    BigDecimal longAccount,
    BigDecimal shortAccount,
    Instant timestamp) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param longShortRatio the long share over the short share
   * @param longAccount the long share (of accounts or positions)
   * @param shortAccount the short share
   * @param timestamp the period's time
   */
  public LongShortRatio {
    Required.field(symbol, "symbol");
    Required.field(longShortRatio, "longShortRatio");
    Required.field(longAccount, "longAccount");
    Required.field(shortAccount, "shortAccount");
    Required.field(timestamp, "timestamp");
  }
}
