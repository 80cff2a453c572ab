package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One period of {@code GET /futures/data/takerlongshortRatio}: taker buy and sell volume.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal ratio = v.buySellRatio();}
 *
 * @param buySellRatio the buy volume over the sell volume
 * @param buyVol the taker buy volume
 * @param sellVol the taker sell volume
 * @param timestamp the period's time
 */
public record TakerVolume(
    BigDecimal buySellRatio,
    BigDecimal buyVol,
    BigDecimal sellVol,
    Instant timestamp) {
  /**
   * Checks every required field is present.
   *
   * @param buySellRatio the buy volume over the sell volume
   * @param buyVol the taker buy volume
   * @param sellVol the taker sell volume
   * @param timestamp the period's time
   */
  public TakerVolume {
    Required.field(buySellRatio, "buySellRatio");
    Required.field(buyVol, "buyVol");
    Required.field(sellVol, "sellVol");
    Required.field(timestamp, "timestamp");
  }
}
