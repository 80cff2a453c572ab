package dev.signet.testkit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The trading rules {@link FakeKraken} publishes for a pair in {@code AssetPairs} and enforces on
 * {@code AddOrder} the way Kraken does: price decimals and tick, volume decimals, the minimum
 * volume and the minimum cost, and the pair's status.
 *
 * <pre>{@code
 * FakeKraken.builder().pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"),
 *     KrakenPairRules.of(1, 8, new BigDecimal("0.0001"), new BigDecimal("0.5")));
 * }</pre>
 *
 * @param pairDecimals the price decimals ({@code pair_decimals})
 * @param lotDecimals the volume decimals ({@code lot_decimals})
 * @param costDecimals the cost decimals ({@code cost_decimals})
 * @param ordermin the smallest volume ({@code ordermin})
 * @param costmin the smallest price × volume in the quote asset ({@code costmin})
 * @param tickSize the price step ({@code tick_size})
 * @param status {@code online}, {@code cancel_only}, {@code post_only}, {@code limit_only} or {@code reduce_only}
 */
public record KrakenPairRules(int pairDecimals, int lotDecimals, int costDecimals, BigDecimal ordermin,
    BigDecimal costmin, BigDecimal tickSize, String status) {
  /**
   * Checks the rules are complete.
   * @param pairDecimals the price decimals, 0 or more
   * @param lotDecimals the volume decimals, 0 or more
   * @param costDecimals the cost decimals, 0 or more
   * @param ordermin the smallest volume
   * @param costmin the smallest cost
   * @param tickSize the price step
   * @param status the pair's status
   */
  public KrakenPairRules {
    if (pairDecimals < 0 || lotDecimals < 0 || costDecimals < 0) {
      throw new IllegalArgumentException("decimals must be 0 or more");
    }
    Objects.requireNonNull(ordermin, "ordermin");
    Objects.requireNonNull(costmin, "costmin");
    Objects.requireNonNull(tickSize, "tickSize");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Online rules with a tick of one unit of the last price decimal and 5 cost decimals.
   * @param pairDecimals the price decimals
   * @param lotDecimals the volume decimals
   * @param ordermin the smallest volume
   * @param costmin the smallest cost
   * @return the rules
   */
  public static KrakenPairRules of(int pairDecimals, int lotDecimals, BigDecimal ordermin, BigDecimal costmin) {
    return new KrakenPairRules(pairDecimals, lotDecimals, 5, ordermin, costmin, BigDecimal.ONE.movePointLeft(pairDecimals),
        "online");
  }
}
