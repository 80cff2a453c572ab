/**
 * Binance USD-M futures: market and account data ({@link dev.signet.binance.futures.BinanceFutures})
 * with its typed requests and responses.
 */
package dev.signet.binance.futures;
