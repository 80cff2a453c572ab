/**
 * What every Signet client shares: parameters and their encoding, endpoints and operations, the
 * signer and rate-limit contracts, retry policy, the JSON configuration and the exception model.
 */
package dev.signet.core;
