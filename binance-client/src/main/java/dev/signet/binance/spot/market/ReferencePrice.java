package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A symbol's reference price: {@code GET /api/v3/referencePrice}. Binance sends
 * {@code "referencePrice": null} when none is set now (and {@code -2043} when none was ever set):
 * {@link #hasReferencePrice()} tells the two answers apart.
 *
 * <p>{@code symbol} and {@code timestamp} are required; a missing one fails the decode naming it.
 *
 * <pre>{@code
 * ReferencePrice r = client.spot().market().referencePrice("BAZUSD");
 * if (r.hasReferencePrice()) { use(r.referencePrice()); }
 * }</pre>
 *
 * @param symbol the symbol
 * @param referencePrice the reference price, or null when none is set
 * @param timestamp when the reference price was valid (epoch millis on the wire)
 */
public record ReferencePrice(String symbol, BigDecimal referencePrice, Instant timestamp) {
  /**
   * Checks {@code symbol} and {@code timestamp} are present.
   *
   * @param symbol the symbol
   * @param referencePrice the reference price, or null when none is set
   * @param timestamp when the reference price was valid (epoch millis on the wire)
   */
  public ReferencePrice {
    Required.field(symbol, "symbol");
    Required.field(timestamp, "timestamp");
  }

  /**
   * True when a reference price is set ({@link #referencePrice()} is not null).
   *
   * @return {@code true} when a reference price is set, {@code false} when Binance sent null
   */
  public boolean hasReferencePrice() {
    return referencePrice != null;
  }
}
