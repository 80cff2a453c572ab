package dev.signet.testkit;

/**
 * What a fake checks on a user route before its {@link RouteHandler} runs; a request that fails a
 * check gets the exchange's error and the handler is not called.
 *
 * <pre>{@code
 * fake.route("GET", "/api/v3/myTrades", Access.SIGNED, request -> Reply.json(200, "[]"));
 * }</pre>
 */
public enum Access {
  /** Nothing: a public market-data endpoint. */
  PUBLIC,
  /**
   * The API-key header names a key the fake knows; nothing is signed (Binance's {@code MARKET_DATA}
   * and {@code USER_STREAM} endpoints). Kraken has no such endpoints, so {@link FakeKraken} refuses it.
   */
  KEYED,
  /**
   * The key, the signature and the timestamp (Binance) or nonce (Kraken), exactly as for the
   * built-in private endpoints ({@link BinanceSignatureCheck}, {@link KrakenSignatureCheck}).
   */
  SIGNED
}
