/**
 * Binance plumbing: endpoint tables, the host that runs calls, time sync, weight tracking and
 * streaming deserializers.
 *
 * <p>Not API: may change without notice; not exported (opened to Jackson only, which builds the
 * deserializers reflectively).
 */
package dev.signet.binance.internal;
