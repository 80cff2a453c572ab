/**
 * Kraken's WebSocket v2 market data, typed: the {@code book} channel's frames and {@link
 * dev.signet.kraken.stream.KrakenBook}, a local order book checked against every frame's CRC32
 * checksum.
 */
package dev.signet.kraken.stream;
