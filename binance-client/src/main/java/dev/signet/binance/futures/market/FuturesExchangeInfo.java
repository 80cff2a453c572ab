package dev.signet.binance.futures.market;

import dev.signet.binance.internal.FuturesFilterDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import dev.signet.binance.spot.market.RateLimitRule;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The USD-M Futures exchange information: {@code GET /fapi/v1/exchangeInfo}. Rate limits reuse the
 * Spot {@link RateLimitRule}; symbols have their own shape ({@link FuturesSymbol}).
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <pre>{@code
 * FuturesExchangeInfo info = client.futures().market().exchangeInfo();
 * FuturesSymbol btc = info.symbol("BTCUSDT").orElseThrow();
 * }</pre>
 *
 * @param timezone the server's time zone, {@code UTC}
 * @param serverTime the server's time when it answered
 * @param rateLimits the REQUEST_WEIGHT and ORDERS limits (unmodifiable)
 * @param exchangeFilters the exchange-wide filters, empty today (unmodifiable)
 * @param assets the margin assets (unmodifiable)
 * @param symbols the contracts (unmodifiable)
 */
public record FuturesExchangeInfo(
    String timezone,
    Instant serverTime,
    List<RateLimitRule> rateLimits,
    @JsonDeserialize(contentUsing = FuturesFilterDeserializer.class) List<FuturesFilter> exchangeFilters,
    List<FuturesAsset> assets,
    List<FuturesSymbol> symbols) {
  /**
   * Checks every required field is present.
   *
   * @param timezone the server's time zone, {@code UTC}
   * @param serverTime the server's time when it answered
   * @param rateLimits the REQUEST_WEIGHT and ORDERS limits
   * @param exchangeFilters the exchange-wide filters
   * @param assets the margin assets
   * @param symbols the contracts
   */
  public FuturesExchangeInfo {
    Required.field(timezone, "timezone");
    Required.field(serverTime, "serverTime");
    rateLimits = Required.list(rateLimits, "rateLimits");
    exchangeFilters = Required.list(exchangeFilters, "exchangeFilters");
    assets = Required.list(assets, "assets");
    symbols = Required.list(symbols, "symbols");
  }

  /**
   * The contract named {@code symbol}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the contract, or empty when the answer does not list it
   */
  public Optional<FuturesSymbol> symbol(String symbol) {
    return symbols.stream().filter(s -> s.symbol().equals(symbol)).findFirst();
  }
}
