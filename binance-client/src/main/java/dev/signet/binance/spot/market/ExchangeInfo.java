package dev.signet.binance.spot.market;

import dev.signet.binance.internal.SymbolFilterDeserializer;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The exchange's trading rules and symbols: {@code GET /api/v3/exchangeInfo}.
 *
 * <p>{@code timezone}, {@code serverTime}, {@code rateLimits}, {@code exchangeFilters} and
 * {@code symbols} are required (a missing one fails the decode naming it); {@code sors} is empty
 * when Binance leaves it out (SOR not available).
 *
 * <pre>{@code
 * ExchangeInfo info = client.spot().market().exchangeInfo(List.of("BTCUSDT", "ETHBTC"));
 * SymbolRules btc = info.symbol("BTCUSDT").orElseThrow().rules();
 * }</pre>
 *
 * @param timezone the server's time zone, {@code UTC}
 * @param serverTime the server time (epoch millis on the wire)
 * @param rateLimits the rate limits (unmodifiable)
 * @param exchangeFilters the exchange filters (unmodifiable)
 * @param symbols the symbols asked for (unmodifiable)
 * @param sors the smart-order-routing groups, empty when SOR is not available (unmodifiable)
 */
public record ExchangeInfo(
    String timezone,
    Instant serverTime,
    List<RateLimitRule> rateLimits,
    @JsonDeserialize(contentUsing = SymbolFilterDeserializer.class) List<SymbolFilter> exchangeFilters,
    List<SymbolInfo> symbols,
    List<Sor> sors) {
  /**
   * Checks every required field is present.
   *
   * @param timezone the server's time zone, {@code UTC}
   * @param serverTime the server time (epoch millis on the wire)
   * @param rateLimits the rate limits (unmodifiable)
   * @param exchangeFilters the exchange filters (unmodifiable)
   * @param symbols the symbols asked for (unmodifiable)
   * @param sors the smart-order-routing groups, empty when SOR is not available (unmodifiable)
   */
  public ExchangeInfo {
    Required.field(timezone, "timezone");
    Required.field(serverTime, "serverTime");
    rateLimits = Required.list(rateLimits, "rateLimits");
    exchangeFilters = Required.list(exchangeFilters, "exchangeFilters");
    symbols = Required.list(symbols, "symbols");
    sors = Required.listOrEmpty(sors, "sors");
  }

  /**
   * The symbol named {@code symbol}, if the answer lists it.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the symbol's information, or empty when the answer does not list it
   */
  public Optional<SymbolInfo> symbol(String symbol) {
    return symbols.stream().filter(s -> s.symbol().equals(symbol)).findFirst();
  }
}
