package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A USD-M futures order priced by the book instead of a given price ({@code priceMatch}): the
 * opponent's or the own queue's best price, or the 5th, 10th or 20th level.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewFuturesOrder.limitMatching("BTCUSDT", OrderSide.BUY, qty, PriceMatch.QUEUE).build()
 * }</pre>
 *
 * @param value the wire value, e.g. {@code NONE}
 */
public record PriceMatch(String value) implements WireValue {
  /** {@code NONE}: no price match (in answers). */
  public static final PriceMatch NONE = new PriceMatch("NONE");
  /** {@code OPPONENT}: the best price on the other side. */
  public static final PriceMatch OPPONENT = new PriceMatch("OPPONENT");
  /** {@code OPPONENT_5}: the 5th best price on the other side. */
  public static final PriceMatch OPPONENT_5 = new PriceMatch("OPPONENT_5");
  /** {@code OPPONENT_10}: the 10th best price on the other side. */
  public static final PriceMatch OPPONENT_10 = new PriceMatch("OPPONENT_10");
  /** {@code OPPONENT_20}: the 20th best price on the other side. */
  public static final PriceMatch OPPONENT_20 = new PriceMatch("OPPONENT_20");
  /** {@code QUEUE}: the best price on the own side. */
  public static final PriceMatch QUEUE = new PriceMatch("QUEUE");
  /** {@code QUEUE_5}: the 5th best price on the own side. */
  public static final PriceMatch QUEUE_5 = new PriceMatch("QUEUE_5");
  /** {@code QUEUE_10}: the 10th best price on the own side. */
  public static final PriceMatch QUEUE_10 = new PriceMatch("QUEUE_10");
  /** {@code QUEUE_20}: the 20th best price on the own side. */
  public static final PriceMatch QUEUE_20 = new PriceMatch("QUEUE_20");

  private static final KnownValues<PriceMatch> KNOWN =
      KnownValues.of(PriceMatch.class, PriceMatch::new, NONE, OPPONENT, OPPONENT_5, OPPONENT_10, OPPONENT_20, QUEUE, QUEUE_5, QUEUE_10, QUEUE_20);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code NONE}
   */
  public PriceMatch {
    value = KnownValues.text(value, PriceMatch.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code NONE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PriceMatch of(String value) {
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
  public static List<PriceMatch> constants() {
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
