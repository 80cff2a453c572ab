/**
 * The typed answers and queries of the Binance Spot account's data ({@code client.spot().accountData()},
 * USER_DATA): the account's trades, order lists, allocations, prevented matches, commission rates,
 * order amendments, filters and unfilled order counts. Query builders refuse a combination Binance
 * would refuse before anything is sent. Every record is immutable and checks its required fields;
 * money is {@code BigDecimal}, times are {@code Instant}.
 *
 * <pre>{@code
 * List<AccountTrade> trades = client.spot().accountData().myTrades(
 *     TradeQuery.builder("BTCUSDT").startTime(from).endTime(from.plus(Duration.ofHours(24))).build());
 * }</pre>
 */
package dev.signet.binance.spot.account;
