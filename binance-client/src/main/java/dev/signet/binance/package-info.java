/**
 * The Binance client: {@link dev.signet.binance.BinanceClient} and its builder, credentials and
 * signers, rate-limit settings and the Binance error types.
 */
package dev.signet.binance;
