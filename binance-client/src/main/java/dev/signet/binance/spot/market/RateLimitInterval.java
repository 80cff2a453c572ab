package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The unit of a rate limit's window ({@code interval} of {@code exchangeInfo}'s {@code rateLimits}),
 * as listed in Binance Spot enums.md (Rate limit intervals); the window is {@code intervalNum} of them.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * Duration window = rule.interval() == RateLimitInterval.MINUTE ? Duration.ofMinutes(rule.intervalNum()) : null;
 * }</pre>
 *
 * @param value the wire value, e.g. {@code MINUTE}
 */
public record RateLimitInterval(String value) implements WireValue {
  /** {@code SECOND}. */
  public static final RateLimitInterval SECOND = new RateLimitInterval("SECOND");
  /** {@code MINUTE}. */
  public static final RateLimitInterval MINUTE = new RateLimitInterval("MINUTE");
  /** {@code HOUR}. */
  public static final RateLimitInterval HOUR = new RateLimitInterval("HOUR");
  /** {@code DAY}. */
  public static final RateLimitInterval DAY = new RateLimitInterval("DAY");

  private static final KnownValues<RateLimitInterval> KNOWN = KnownValues.of(RateLimitInterval.class, RateLimitInterval::new, SECOND, MINUTE, HOUR, DAY);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code MINUTE}
   */
  public RateLimitInterval {
    value = KnownValues.text(value, RateLimitInterval.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code MINUTE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RateLimitInterval of(String value) {
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
  public static List<RateLimitInterval> constants() {
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
