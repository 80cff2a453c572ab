package dev.signet.core;

/**
 * A value with a fixed spelling on the wire, such as an order side or a time-in-force.
 *
 * <p>Request enums implement this so that {@link Params#add(String, WireValue)} sends the
 * exchange's own spelling ({@code BUY} for Binance, {@code buy} for Kraken) rather than the Java
 * constant name.
 *
 * <pre>{@code
 * enum Side implements WireValue {
 *   BUY("buy"), SELL("sell");
 *   private final String wire;
 *   Side(String wire) { this.wire = wire; }
 *   public String wireValue() { return wire; }
 * }
 * }</pre>
 */
public interface WireValue {
  /** The exact string the exchange expects for this value; never null or blank. */
  String wireValue();
}
