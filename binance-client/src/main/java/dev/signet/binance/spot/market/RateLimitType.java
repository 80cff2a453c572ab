package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The kind of a rate limit ({@code rateLimitType} of {@code exchangeInfo}'s {@code rateLimits}), as
 * listed in Binance Spot enums.md (Rate limiters).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * if (rule.rateLimitType() == RateLimitType.REQUEST_WEIGHT) { weightPerMinute = rule.limit(); }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code REQUEST_WEIGHT}
 */
public record RateLimitType(String value) implements WireValue {
  /** {@code REQUEST_WEIGHT}: the summed weight of requests. */
  public static final RateLimitType REQUEST_WEIGHT = new RateLimitType("REQUEST_WEIGHT");
  /** {@code ORDERS}: orders placed. */
  public static final RateLimitType ORDERS = new RateLimitType("ORDERS");
  /** {@code RAW_REQUESTS}: requests, whatever their weight. */
  public static final RateLimitType RAW_REQUESTS = new RateLimitType("RAW_REQUESTS");

  private static final KnownValues<RateLimitType> KNOWN = KnownValues.of(RateLimitType.class, RateLimitType::new, REQUEST_WEIGHT, ORDERS, RAW_REQUESTS);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code REQUEST_WEIGHT}
   */
  public RateLimitType {
    value = KnownValues.text(value, RateLimitType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code REQUEST_WEIGHT}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RateLimitType of(String value) {
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
  public static List<RateLimitType> constants() {
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
