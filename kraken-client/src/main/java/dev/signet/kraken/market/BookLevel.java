package dev.signet.kraken.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One price level of {@code GET /0/public/Depth}, sent as {@code [price, volume, timestamp]}.
 *
 * <pre>{@code
 * BookLevel best = kraken.market().depth("XBTUSD", 10).asks().get(0);
 * }</pre>
 *
 * @param price the level's price
 * @param volume the volume resting at it
 * @param timestamp when the level last changed (Kraken sends unix seconds)
 */
public record BookLevel(BigDecimal price, BigDecimal volume, Instant timestamp) {}
