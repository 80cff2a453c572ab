/**
 * A local order book kept from an exchange's snapshot and its stream of changes:
 * {@link dev.signet.core.book.LocalOrderBook}, thread-safe, with top-of-book and depth queries.
 * The exchange-specific procedures that feed it (Binance's update ids, Kraken's checksum) live in
 * the clients.
 */
package dev.signet.core.book;
