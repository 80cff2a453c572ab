/**
 * The rate-limit store SPI: {@link dev.signet.core.limit.LimitStore}, the keys, windows and
 * counters it counts in, and the in-process default. The limiters' policy stays in the exchange
 * clients; a store only keeps counts, atomically, so several processes can share one.
 */
package dev.signet.core.limit;
