package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A USD-M futures order type ({@code type}, {@code origType}), as the USD-M Futures "Common
 * Definition" lists them. Plain orders ({@link NewFuturesOrder}) are {@code LIMIT} or {@code MARKET};
 * the conditional ones go through the algo-order API ({@link NewAlgoOrder}) since 2025-12-09.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (order.type() == FuturesOrderType.LIMIT) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code LIMIT}
 */
public record FuturesOrderType(String value) implements WireValue {
  /** {@code LIMIT}: a limit order. */
  public static final FuturesOrderType LIMIT = new FuturesOrderType("LIMIT");
  /** {@code MARKET}: a market order. */
  public static final FuturesOrderType MARKET = new FuturesOrderType("MARKET");
  /** {@code STOP}: a stop-limit order (algo API). */
  public static final FuturesOrderType STOP = new FuturesOrderType("STOP");
  /** {@code STOP_MARKET}: a stop-market order (algo API). */
  public static final FuturesOrderType STOP_MARKET = new FuturesOrderType("STOP_MARKET");
  /** {@code TAKE_PROFIT}: a take-profit limit order (algo API). */
  public static final FuturesOrderType TAKE_PROFIT = new FuturesOrderType("TAKE_PROFIT");
  /** {@code TAKE_PROFIT_MARKET}: a take-profit market order (algo API). */
  public static final FuturesOrderType TAKE_PROFIT_MARKET = new FuturesOrderType("TAKE_PROFIT_MARKET");
  /** {@code TRAILING_STOP_MARKET}: a trailing stop (algo API). */
  public static final FuturesOrderType TRAILING_STOP_MARKET = new FuturesOrderType("TRAILING_STOP_MARKET");

  private static final KnownValues<FuturesOrderType> KNOWN =
      KnownValues.of(FuturesOrderType.class, FuturesOrderType::new, LIMIT, MARKET, STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code LIMIT}
   */
  public FuturesOrderType {
    value = KnownValues.text(value, FuturesOrderType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code LIMIT}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FuturesOrderType of(String value) {
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
  public static List<FuturesOrderType> constants() {
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
