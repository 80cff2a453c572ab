/**
 * The stream engine under {@code dev.signet.core.stream}: one reconnecting WebSocket connection,
 * the exchange's framing as a {@link dev.signet.core.internal.stream.StreamProtocol}, and the
 * bounded queue behind each subscription. Not API.
 */
package dev.signet.core.internal.stream;
