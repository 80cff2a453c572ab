package dev.signet.core;

/**
 * What an endpoint needs from the credentials, carried on each request as part of its
 * {@link Endpoint} tag so that only signed endpoints are signed.
 *
 * <p>Example: {@code new Endpoint("GET", "/api/v3/account", Security.SIGNED, 20)}.
 */
public enum Security {
  /** No API key, no signature (market data, server time). */
  PUBLIC,
  /** The API key header only (Binance {@code MARKET_DATA} on /fapi, {@code USER_STREAM}). */
  API_KEY,
  /** The API key header and a signature over the request as sent. */
  SIGNED
}
