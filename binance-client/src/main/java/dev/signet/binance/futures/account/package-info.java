/**
 * The typed answers of the Binance USD-M Futures account's data, positions and user data stream
 * ({@code client.futures().accountData()}, {@code positions()}, {@code userStream()}): the account,
 * balances, commission rates, leverage brackets, positions and position modes. Every record is
 * immutable and checks its required fields; money is {@code BigDecimal}, times are {@code Instant}.
 *
 * <pre>{@code
 * FuturesAccount account = client.futures().accountData().account();
 * List<PositionRisk> btc = client.futures().positions().positionRisk("BTCUSDT");
 * }</pre>
 */
package dev.signet.binance.futures.account;
