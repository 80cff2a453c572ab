package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The period of the {@code /futures/data} statistics ({@code period}): open interest history, long/short ratios, taker volume and basis.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <p>Example: {@code StatsPeriod.of("5m") == StatsPeriod.FIVE_MINUTES}
 *
 * @param value the wire value
 */
public record StatsPeriod(String value) implements WireValue {
  /** {@code 5m}: 5 minutes. */
  public static final StatsPeriod FIVE_MINUTES = new StatsPeriod("5m");
  /** {@code 15m}: 15 minutes. */
  public static final StatsPeriod FIFTEEN_MINUTES = new StatsPeriod("15m");
  /** {@code 30m}: 30 minutes. */
  public static final StatsPeriod THIRTY_MINUTES = new StatsPeriod("30m");
  /** {@code 1h}: 1 hour. */
  public static final StatsPeriod ONE_HOUR = new StatsPeriod("1h");
  /** {@code 2h}: 2 hours. */
  public static final StatsPeriod TWO_HOURS = new StatsPeriod("2h");
  /** {@code 4h}: 4 hours. */
  public static final StatsPeriod FOUR_HOURS = new StatsPeriod("4h");
  /** {@code 6h}: 6 hours. */
  public static final StatsPeriod SIX_HOURS = new StatsPeriod("6h");
  /** {@code 12h}: 12 hours. */
  public static final StatsPeriod TWELVE_HOURS = new StatsPeriod("12h");
  /** {@code 1d}: 1 day. */
  public static final StatsPeriod ONE_DAY = new StatsPeriod("1d");

  private static final KnownValues<StatsPeriod> KNOWN = KnownValues.of(StatsPeriod.class, StatsPeriod::new, FIVE_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES, ONE_HOUR, TWO_HOURS, FOUR_HOURS, SIX_HOURS, TWELVE_HOURS, ONE_DAY);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value
   */
  public StatsPeriod {
    value = KnownValues.text(value, StatsPeriod.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static StatsPeriod of(String value) {
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
  public static List<StatsPeriod> constants() {
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
