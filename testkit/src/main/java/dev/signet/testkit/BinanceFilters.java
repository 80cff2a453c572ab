package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;

/**
 * The symbol filters {@link FakeBinance} enforces on a new order, the way Binance does and with its
 * messages: more decimals than the asset's precision (8) answers {@code -1111 Precision is over the
 * maximum defined for this asset.} (the decimals as sent: trailing zeros count, as in Signet's
 * pre-flight: Binance's docs do not say whether trailing zeros count, and both take the stricter
 * reading); a price off {@code PRICE_FILTER} (below its {@code minPrice},
 * which is the tick, above {@code 1000000}, or off the tick) {@code -1013 Filter failure: PRICE_FILTER};
 * a quantity off {@code LOT_SIZE} (below the step, above {@code 9000}, or off the step)
 * {@code -1013 Filter failure: LOT_SIZE}; a notional below {@code NOTIONAL}'s {@code minNotional}
 * (MARKET orders at the market's price: {@code applyMinToMarket} is true)
 * {@code -1013 Filter failure: NOTIONAL}. A rule the market was not given is not checked. These are
 * exactly the filters {@code GET /api/v3/exchangeInfo} publishes for the market.
 *
 * <p>Example: {@code BinanceFilters.check(market, false, new BigDecimal("0.001"), new BigDecimal("50000.005"))}
 * throws {@code -1013 Filter failure: PRICE_FILTER} for a tick of {@code 0.01}.
 */
final class BinanceFilters {
  /** The base and quote precision the fake's {@code exchangeInfo} publishes. */
  static final int PRECISION = 8;
  static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
  static final BigDecimal MAX_QTY = new BigDecimal("9000");

  private BinanceFilters() {}

  /**
   * Checks one order.
   *
   * @param market the order's market
   * @param isMarket whether it is a MARKET order (its notional is taken at the market's price)
   * @param quantity its quantity, or null when it was given as {@code quoteOrderQty}
   * @param price its limit price, or null for a MARKET order
   */
  static void check(Ledger.Market market, boolean isMarket, BigDecimal quantity, BigDecimal price) throws BinanceError {
    if (quantity != null && quantity.scale() > PRECISION || price != null && price.scale() > PRECISION) {
      throw new BinanceError(400, -1111, "Precision is over the maximum defined for this asset.");
    }
    if (price != null && !fits(price, market.tickSize(), MAX_PRICE)) {
      throw filter("PRICE_FILTER");
    }
    if (quantity != null && !fits(quantity, market.stepSize(), MAX_QTY)) {
      throw filter("LOT_SIZE");
    }
    BigDecimal at = isMarket ? market.price() : price;
    if (quantity != null && market.minNotional() != null && at.multiply(quantity).compareTo(market.minNotional()) < 0) {
      throw filter("NOTIONAL");
    }
  }

  private static boolean fits(BigDecimal value, BigDecimal step, BigDecimal max) {
    return step == null || value.compareTo(step) >= 0 && value.compareTo(max) <= 0 && value.remainder(step).signum() == 0;
  }

  private static BinanceError filter(String name) {
    return new BinanceError(400, -1013, "Filter failure: " + name);
  }
}
