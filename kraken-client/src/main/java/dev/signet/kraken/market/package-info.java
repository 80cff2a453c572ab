/**
 * Kraken public market data as typed records: server time and status, assets and asset pairs with
 * their trading rules, tickers, candles, order books, trades and spreads.
 */
package dev.signet.kraken.market;
