/**
 * The Binance wallet ({@code /sapi/v1/capital}, {@code /sapi/v1/asset}, {@code /sapi/v1/account},
 * {@code /sapi/v1/system}): {@link dev.signet.binance.wallet.BinanceWallet}, reached as
 * {@code client.wallet()}, its request types ({@link dev.signet.binance.wallet.WithdrawRequest},
 * {@link dev.signet.binance.wallet.DepositHistoryQuery}, ...) and the typed answers.
 *
 * <pre>{@code
 * for (Coin c : client.wallet().coins()) {
 *   c.network(Network.BSC).ifPresent(n -> System.out.println(c.coin() + " fee " + n.withdrawFee()));
 * }
 * }</pre>
 */
package dev.signet.binance.wallet;
