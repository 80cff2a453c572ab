package dev.signet.binance.futures;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.Objects;

/**
 * What {@link FuturesMarket}, {@link FuturesTickers} and {@link FuturesData} share: running a call on
 * the futures host and the checked {@code symbol} and {@code pair} parameters.
 *
 * <p>Example: {@code calls.call(FuturesEndpoints.OPEN_INTEREST, FuturesCalls.symbol("BTCUSDT"), OPEN_INTEREST)}.
 */
final class FuturesCalls {
  private final BinanceHost host;

  FuturesCalls(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  static Params symbol(String symbol) {
    return Params.of("symbol", Symbols.check("symbol", symbol));
  }

  static Params pair(String pair) {
    return Params.of("pair", Symbols.check("pair", pair));
  }
}
