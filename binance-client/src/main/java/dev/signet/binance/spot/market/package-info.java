/**
 * The typed answers and queries of Binance Spot's public market data ({@code client.spot().market()}):
 * exchange information with one record per filter ({@link dev.signet.binance.spot.market.SymbolFilter}),
 * {@link dev.signet.binance.spot.market.SymbolRules} for rounding and checking prices and
 * quantities, order books, trades, klines ({@link dev.signet.binance.spot.market.Candle}) and
 * tickers. Every record is immutable and checks its required fields; money is {@code BigDecimal},
 * times are {@code Instant}.
 *
 * <pre>{@code
 * ExchangeInfo info = client.spot().market().exchangeInfo("BTCUSDT");
 * SymbolRules rules = info.symbols().get(0).rules();
 * BigDecimal price = rules.checkPrice(rules.roundPrice(new BigDecimal("64123.456"), RoundingMode.DOWN));
 * }</pre>
 */
package dev.signet.binance.spot.market;
