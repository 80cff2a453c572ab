package dev.signet.binance.internal;

import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.FuturesTimeInForce;
import dev.signet.binance.futures.trade.PriceMatch;
import dev.signet.binance.spot.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The rules USD-M futures order requests check when built, each written once for the plain, algo,
 * modify and batch requests: the GTD date, price match, and the position-mode
 * mistakes Binance refuses ({@code reduceOnly} in hedge mode, {@code closePosition} with a quantity
 * or {@code reduceOnly}). Every failure is an {@link IllegalArgumentException} naming the parameter
 * and the fix. Not API.
 *
 * <pre>{@code
 * FuturesOrderChecks.reduceOnlyInOneWayModeOnly(true, PositionSide.LONG, OrderSide.SELL);   // throws, says how
 * }</pre>
 */
public final class FuturesOrderChecks {
  private static final BigDecimal MIN_CALLBACK = new BigDecimal("0.1");
  private static final BigDecimal MAX_CALLBACK = new BigDecimal("20");

  private FuturesOrderChecks() {}

  /**
   * Checks a price match is one that prices an order ({@code NONE} only appears in answers).
   *
   * @param priceMatch the price match
   * @return {@code priceMatch}
   */
  public static PriceMatch priceMatch(PriceMatch priceMatch) {
    Objects.requireNonNull(priceMatch, "priceMatch");
    if (priceMatch.equals(PriceMatch.NONE)) {
      throw new IllegalArgumentException("priceMatch NONE prices nothing; give a price instead, or OPPONENT/QUEUE"
          + " (optionally _5, _10, _20).");
    }
    return priceMatch;
  }

  /**
   * Checks a GTD cancel time has whole seconds (Binance keeps only seconds).
   *
   * @param goodTillDate the time
   * @return {@code goodTillDate}
   */
  public static Instant goodTillDate(Instant goodTillDate) {
    Objects.requireNonNull(goodTillDate, "goodTillDate");
    if (goodTillDate.getNano() != 0) {
      throw new IllegalArgumentException("goodTillDate " + goodTillDate + " has a fraction of a second; Binance keeps"
          + " whole seconds only: truncate it, e.g. goodTillDate.truncatedTo(ChronoUnit.SECONDS).");
    }
    return goodTillDate;
  }

  /**
   * Checks GTD and {@code goodTillDate} come together.
   *
   * @param timeInForce the order's time in force, or null
   * @param goodTillDate the order's cancel time, or null
   */
  public static void goodTillDateNeedsGtd(FuturesTimeInForce timeInForce, Instant goodTillDate) {
    boolean gtd = FuturesTimeInForce.GTD.equals(timeInForce);
    if (gtd && goodTillDate == null) {
      throw new IllegalArgumentException("timeInForce GTD needs goodTillDate; call goodTillDate(...).");
    }
    if (!gtd && goodTillDate != null) {
      throw new IllegalArgumentException("goodTillDate is only for timeInForce GTD; call timeInForce(FuturesTimeInForce.GTD)"
          + " or remove goodTillDate.");
    }
  }

  /**
   * Refuses {@code reduceOnly} with a hedge-mode position side, which Binance refuses: in hedge mode
   * an order reduces a position by its side and positionSide together.
   *
   * @param reduceOnly the order's reduceOnly, or null when not set
   * @param positionSide the order's position side, or null
   * @param side the order's side
   */
  public static void reduceOnlyInOneWayModeOnly(Boolean reduceOnly, PositionSide positionSide, OrderSide side) {
    if (reduceOnly == null || positionSide == null || positionSide.equals(PositionSide.BOTH)) {
      return;
    }
    String closing = side.equals(OrderSide.SELL) ? "SELL with positionSide LONG reduces a long" : "BUY with positionSide"
        + " SHORT reduces a short";
    throw new IllegalArgumentException("reduceOnly cannot be sent in hedge mode (positionSide " + positionSide + "):"
        + " remove reduceOnly; the side and positionSide say it (" + closing + ").");
  }

  /**
   * Refuses {@code closePosition} together with a quantity or {@code reduceOnly}: it closes the
   * whole position by itself.
   *
   * @param closePosition whether the order closes the whole position
   * @param quantity the order's quantity, or null
   * @param reduceOnly the order's reduceOnly, or null
   */
  public static void closePositionAlone(boolean closePosition, BigDecimal quantity, Boolean reduceOnly) {
    if (!closePosition) {
      return;
    }
    if (quantity != null) {
      throw new IllegalArgumentException("closePosition closes the whole position and takes no quantity; remove quantity,"
          + " or drop closePosition to close part of it.");
    }
    if (reduceOnly != null) {
      throw new IllegalArgumentException("closePosition already only reduces the position; remove reduceOnly.");
    }
  }

  /**
   * Checks a trailing stop's callback rate: 0.1 to 20 (percent; the maximum was 10 before 2026-10-23).
   *
   * @param callbackRate the rate, in percent
   * @return {@code callbackRate}
   */
  public static BigDecimal callbackRate(BigDecimal callbackRate) {
    Objects.requireNonNull(callbackRate, "callbackRate");
    if (callbackRate.compareTo(MIN_CALLBACK) < 0 || callbackRate.compareTo(MAX_CALLBACK) > 0) {
      throw new IllegalArgumentException("callbackRate " + callbackRate.toPlainString() + " must be 0.1 to 20 (percent),"
          + " e.g. 1 for 1%.");
    }
    return callbackRate;
  }
}
