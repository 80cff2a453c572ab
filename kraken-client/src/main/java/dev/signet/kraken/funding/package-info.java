/**
 * Kraken funding as typed records: deposit and withdrawal methods, addresses and statuses, wallet
 * and subaccount transfers.
 */
package dev.signet.kraken.funding;
