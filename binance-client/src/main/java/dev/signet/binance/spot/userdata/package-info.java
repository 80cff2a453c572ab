/**
 * The Spot user data stream's events (over the WebSocket API's {@code userDataStream.subscribe}):
 * balance changes, order execution reports, order list status and the stream's end, each a record
 * of a {@link dev.signet.binance.spot.userdata.SpotUserEvent}.
 */
package dev.signet.binance.spot.userdata;
