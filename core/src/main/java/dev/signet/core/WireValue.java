package dev.signet.core;

/**
 * A value with a fixed spelling on the wire, such as an order side or a time-in-force.
 *
 * <p>Every exchange value type in Signet is a record implementing this: public constants for the
 * values the exchange documents, and {@code of(text)} for any text, which returns the constant
 * when the text is documented and otherwise a new value that keeps the exact text, so a value the
 * exchange adds later decodes, compares by {@code equals}, and is sent back unchanged.
 * {@link Params#add(String, WireValue)} sends {@link #wireValue()}, the exchange's own spelling
 * ({@code BUY} for Binance, {@code buy} for Kraken). The shared lookup is
 * {@link dev.signet.core.internal.json.KnownValues}.
 *
 * <pre>{@code
 * Side side = Side.of("buy");        // the constant: side == Side.BUY
 * Side later = Side.of("short");     // kept as sent: later.isKnown() is false
 * params.add("type", later);         // type=short
 * }</pre>
 */
public interface WireValue {
  /**
   * The exact string the exchange uses for this value; never null or blank.
   *
   * @return the exact string sent on the wire
   */
  String wireValue();
}
