/**
 * Kraken's WebSocket v2 streams, typed: public market data (ticker, trades, ohlc) and the {@code book}
 * channel's frames with {@link dev.signet.kraken.stream.KrakenBook}, a local order book checked against
 * every frame's CRC32 checksum; the private {@code executions} and {@code balances} channels, and
 * {@link dev.signet.kraken.stream.KrakenOrderReconciler}, which keeps a bot's orders whole across the
 * executions channel's gaps by reading them over REST.
 */
package dev.signet.kraken.stream;
