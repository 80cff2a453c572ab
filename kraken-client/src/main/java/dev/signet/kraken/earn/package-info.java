/**
 * Kraken Earn as typed records: strategies, allocations and the status of pending allocations.
 */
package dev.signet.kraken.earn;
