/**
 * Streams over WebSocket: a {@link dev.signet.core.stream.Subscription} is a bounded queue of
 * {@link dev.signet.core.stream.StreamItem}s, typed events and explicit gaps, fed by a connection
 * that reconnects with backoff and resubscribes; {@link dev.signet.core.stream.StreamOptions}
 * holds the limits.
 */
package dev.signet.core.stream;
