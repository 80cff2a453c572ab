/**
 * The Kraken client: {@link dev.signet.kraken.KrakenClient} and its builder, credentials, signer,
 * nonce source, tiers, balance and the Kraken error type.
 */
package dev.signet.kraken;
