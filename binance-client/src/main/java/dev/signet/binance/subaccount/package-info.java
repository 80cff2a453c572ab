/**
 * Binance sub-accounts ({@code /sapi/v1/sub-account}, {@code /sapi/v3} and {@code /sapi/v4}
 * {@code sub-account/assets}, the sub-account deposit endpoints):
 * {@link dev.signet.binance.subaccount.BinanceSubAccounts}, reached as {@code client.subAccounts()},
 * its request types and the typed answers.
 *
 * <pre>{@code
 * for (SubAccount s : client.subAccounts().list(SubAccountQuery.builder().limit(200).build()).subAccounts()) {
 *   System.out.println(s.email() + " " + client.subAccounts().assets(s.email()).balances());
 * }
 * }</pre>
 */
package dev.signet.binance.subaccount;
