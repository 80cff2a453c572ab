package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How much a new-order response says ({@code newOrderRespType}), as listed in Binance Spot enums.md.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewOrder.market("BTCUSDT", OrderSide.BUY, qty).responseType(ResponseType.FULL);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code ACK}
 */
public record ResponseType(String value) implements WireValue {
  /** {@code ACK}: ids and time only. */
  public static final ResponseType ACK = new ResponseType("ACK");
  /** {@code RESULT}: the order's state. */
  public static final ResponseType RESULT = new ResponseType("RESULT");
  /** {@code FULL}: the order's state and its fills. */
  public static final ResponseType FULL = new ResponseType("FULL");

  private static final KnownValues<ResponseType> KNOWN =
      KnownValues.of(ResponseType.class, ResponseType::new, ACK, RESULT, FULL);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code ACK}
   */
  public ResponseType {
    value = KnownValues.text(value, ResponseType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code ACK}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResponseType of(String value) {
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
  public static List<ResponseType> constants() {
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
