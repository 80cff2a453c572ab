package dev.signet.kraken.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade of {@code GET /0/public/Trades}, sent as
 * {@code [price, volume, time, side, ordType, misc, trade_id]}.
 *
 * <pre>{@code
 * PublicTrade t = kraken.market().trades("XBTUSD").trades().get(0);
 * boolean takerBought = t.isBuy();
 * }</pre>
 *
 * @param price the price
 * @param volume the volume
 * @param time when it traded, exactly as sent (fractional unix seconds)
 * @param side the taker's side: {@code b} (buy) or {@code s} (sell)
 * @param orderType the taker's order type: {@code m} (market) or {@code l} (limit)
 * @param misc miscellaneous info, often empty
 * @param tradeId the trade's id
 */
public record PublicTrade(BigDecimal price, BigDecimal volume, Instant time, String side, String orderType,
    String misc, long tradeId) {
  /**
   * True when the taker bought ({@code side} is {@code b}).
   *
   * @return true for a buy
   */
  public boolean isBuy() {
    return "b".equals(side);
  }

  /**
   * True when the taker's order was a market order ({@code orderType} is {@code m}).
   *
   * @return true for a market order
   */
  public boolean isMarket() {
    return "m".equals(orderType);
  }
}
