package dev.signet.binance.stream;

/**
 * The route of a USD-M market stream. Since Binance split {@code fstream.binance.com} on 2026-04-23,
 * high-frequency book data is served under {@code /public} and the rest of the market data under
 * {@code /market}; a connection on the wrong route (or on the old unrouted {@code /stream}) is
 * accepted and then silently receives nothing. {@link BinanceStreams} routes every typed stream
 * itself; name the route only for a stream it does not type.
 *
 * <pre>{@code
 * Subscription<JsonNode> index = futuresStreams.subscribe(FuturesStreamRoute.MARKET, "btcusdt@compositeIndex",
 *     Decoder.tree(), null);
 * }</pre>
 */
public enum FuturesStreamRoute {
  /** {@code /public}: diff and partial depth, book tickers. */
  PUBLIC("public"),
  /** {@code /market}: trades, candles, tickers, mark prices, liquidations, index and contract data. */
  MARKET("market");

  private final String path;

  FuturesStreamRoute(String path) {
    this.path = path;
  }

  /**
   * The path segment, e.g. {@code market}.
   *
   * @return the segment before {@code /stream}
   */
  public String path() {
    return path;
  }
}
