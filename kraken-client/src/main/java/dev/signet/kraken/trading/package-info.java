/**
 * Kraken trading: order requests and results and the Kraken order values (sides, types, flags,
 * statuses).
 */
package dev.signet.kraken.trading;
