/**
 * The Kraken account's data as typed records: extended balances, trade balance, trades, ledger
 * entries, positions, fees, exports and the API key's own information.
 */
package dev.signet.kraken.account;
