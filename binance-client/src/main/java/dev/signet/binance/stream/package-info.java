/**
 * Binance stream events and what keeps state from them: {@link dev.signet.binance.stream.DepthUpdate}
 * (the diff. depth stream) and {@link dev.signet.binance.stream.DepthBook}, a local order book
 * joined to that stream by Binance's documented snapshot-and-update-id procedure, Spot and USD-M;
 * {@link dev.signet.binance.stream.SpotOrderReconciler}, a bot's Spot orders kept whole across the
 * user data stream's gaps by REST reconciliation.
 */
package dev.signet.binance.stream;
