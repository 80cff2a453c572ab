/**
 * The USD-M Futures user data stream's events: order and trade updates, balance and position
 * updates, margin calls, configuration changes, strategy updates and the listen key's expiry, each a
 * record of a {@link dev.signet.binance.futures.userdata.FuturesUserEvent}.
 */
package dev.signet.binance.futures.userdata;
