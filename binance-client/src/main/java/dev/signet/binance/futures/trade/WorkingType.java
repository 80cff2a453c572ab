package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The price a USD-M futures conditional order's trigger watches ({@code workingType}).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.SELL, trigger).workingType(WorkingType.MARK_PRICE)
 * }</pre>
 *
 * @param value the wire value, e.g. {@code MARK_PRICE}
 */
public record WorkingType(String value) implements WireValue {
  /** {@code MARK_PRICE}: the mark price. */
  public static final WorkingType MARK_PRICE = new WorkingType("MARK_PRICE");
  /** {@code CONTRACT_PRICE}: the last traded price (Binance's default). */
  public static final WorkingType CONTRACT_PRICE = new WorkingType("CONTRACT_PRICE");

  private static final KnownValues<WorkingType> KNOWN =
      KnownValues.of(WorkingType.class, WorkingType::new, MARK_PRICE, CONTRACT_PRICE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code MARK_PRICE}
   */
  public WorkingType {
    value = KnownValues.text(value, WorkingType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code MARK_PRICE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static WorkingType of(String value) {
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
  public static List<WorkingType> constants() {
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
