/**
 * Binance stream events and what keeps state from them: {@link dev.signet.binance.stream.DepthUpdate}
 * (the diff. depth stream) and {@link dev.signet.binance.stream.DepthBook}, a local order book
 * joined to that stream by Binance's documented snapshot-and-update-id procedure, Spot and USD-M.
 */
package dev.signet.binance.stream;
