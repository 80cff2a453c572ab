package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How much a USD-M futures order answer says ({@code newOrderRespType}): both give the order;
 * {@code RESULT} waits for the final state of a MARKET or IOC/FOK order.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, qty).responseType(FuturesResponseType.RESULT)
 * }</pre>
 *
 * @param value the wire value, e.g. {@code ACK}
 */
public record FuturesResponseType(String value) implements WireValue {
  /** {@code ACK}: the order as accepted (Binance's default). */
  public static final FuturesResponseType ACK = new FuturesResponseType("ACK");
  /** {@code RESULT}: the order after matching. */
  public static final FuturesResponseType RESULT = new FuturesResponseType("RESULT");

  private static final KnownValues<FuturesResponseType> KNOWN =
      KnownValues.of(FuturesResponseType.class, FuturesResponseType::new, ACK, RESULT);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code ACK}
   */
  public FuturesResponseType {
    value = KnownValues.text(value, FuturesResponseType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code ACK}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FuturesResponseType of(String value) {
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
  public static List<FuturesResponseType> constants() {
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
