package dev.signet.kraken.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of {@code GET /0/public/Spread}, sent as {@code [int time, bid, ask]}.
 *
 * <pre>{@code
 * SpreadQuote s = kraken.market().spread("XBTUSD").spreads().get(0);
 * }</pre>
 *
 * @param time when the best bid and ask were these
 * @param bid the best bid
 * @param ask the best ask
 */
public record SpreadQuote(Instant time, BigDecimal bid, BigDecimal ask) {}
