package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How long a USD-M futures order stays working ({@code timeInForce}), as the USD-M Futures
 * "Common Definition" lists them.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).timeInForce(FuturesTimeInForce.GTX)
 * }</pre>
 *
 * @param value the wire value, e.g. {@code GTC}
 */
public record FuturesTimeInForce(String value) implements WireValue {
  /** {@code GTC}: good till cancelled. */
  public static final FuturesTimeInForce GTC = new FuturesTimeInForce("GTC");
  /** {@code IOC}: immediate or cancel. */
  public static final FuturesTimeInForce IOC = new FuturesTimeInForce("IOC");
  /** {@code FOK}: fill or kill. */
  public static final FuturesTimeInForce FOK = new FuturesTimeInForce("FOK");
  /** {@code GTX}: good till crossing: post only. */
  public static final FuturesTimeInForce GTX = new FuturesTimeInForce("GTX");
  /** {@code GTD}: good till the date given as {@code goodTillDate}. */
  public static final FuturesTimeInForce GTD = new FuturesTimeInForce("GTD");
  /** {@code RPI}: retail price improvement: post only, matched only with retail orders. */
  public static final FuturesTimeInForce RPI = new FuturesTimeInForce("RPI");

  private static final KnownValues<FuturesTimeInForce> KNOWN =
      KnownValues.of(FuturesTimeInForce.class, FuturesTimeInForce::new, GTC, IOC, FOK, GTX, GTD, RPI);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code GTC}
   */
  public FuturesTimeInForce {
    value = KnownValues.text(value, FuturesTimeInForce.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code GTC}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FuturesTimeInForce of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<FuturesTimeInForce> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
