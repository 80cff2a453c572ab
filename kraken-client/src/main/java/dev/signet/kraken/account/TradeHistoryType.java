package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * Which trades TradesHistory lists, its {@code type} parameter (default {@code all}).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling and otherwise a value holding the exact text, which
 * {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * TradesHistoryQuery.builder().type(TradeHistoryType.NO_POSITION).build();
 * }</pre>
 *
 * @param value the wire value, e.g. {@code any position}
 */
public record TradeHistoryType(String value) implements WireValue {
  /** {@code all}. */
  public static final TradeHistoryType ALL = new TradeHistoryType("all");
  /** {@code any position}. */
  public static final TradeHistoryType ANY_POSITION = new TradeHistoryType("any position");
  /** {@code closed position}. */
  public static final TradeHistoryType CLOSED_POSITION = new TradeHistoryType("closed position");
  /** {@code closing position}. */
  public static final TradeHistoryType CLOSING_POSITION = new TradeHistoryType("closing position");
  /** {@code no position}. */
  public static final TradeHistoryType NO_POSITION = new TradeHistoryType("no position");

  private static final KnownValues<TradeHistoryType> KNOWN = KnownValues.of(TradeHistoryType.class, TradeHistoryType::new,
      ALL,
      ANY_POSITION,
      CLOSED_POSITION,
      CLOSING_POSITION,
      NO_POSITION);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code any position}
   */
  public TradeHistoryType {
    value = KnownValues.text(value, TradeHistoryType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken spells it
   * @return the matching constant, or a new value holding {@code value}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TradeHistoryType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return true for a documented value, false for one Kraken added since
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, unmodifiable
   */
  public static List<TradeHistoryType> constants() {
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
