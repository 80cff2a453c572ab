package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.Objects;

/**
 * What {@link SpotMarket} and {@link SpotTickers} share: running a public call on the host and the
 * checked {@code symbol} and {@code timeZone} parameters.
 *
 * <p>Example: {@code calls.call(SpotEndpoints.AVG_PRICE, MarketCalls.symbol("BTCUSDT"), AVERAGE)}.
 */
final class MarketCalls {
  private final BinanceHost host;

  MarketCalls(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  static Params symbol(String symbol) {
    return Params.of("symbol", Symbols.check("symbol", symbol));
  }

  static Params timeZone(Params params, String timeZone) {
    return timeZone == null ? params : params.add("timeZone", QueryChecks.timeZone(timeZone));
  }
}
