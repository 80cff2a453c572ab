/**
 * The typed requests and responses of Binance USD-M Futures public market data
 * ({@code client.futures().market()}): exchange information with the futures symbol shape and
 * filters, order books, trades, the kline family (reusing the Spot {@code Candle}), mark prices and
 * funding, tickers, open interest, index data and the {@code /futures/data} statistics. Records are
 * immutable; money is {@code BigDecimal}, times {@code Instant}; exchange values such as
 * {@link dev.signet.binance.futures.market.ContractType} keep unknown spellings.
 *
 * <pre>{@code
 * FuturesOrderBook book = client.futures().market().depth("BTCUSDT", 5);
 * }</pre>
 */
package dev.signet.binance.futures.market;
