/**
 * Binance spot: market data, account data and trading ({@link dev.signet.binance.spot.BinanceSpot}),
 * with the typed requests and responses and the spot exchange values.
 */
package dev.signet.binance.spot;
