/**
 * Kraken plumbing: endpoint tables, the host that runs calls, the signing payload, call counters
 * and streaming deserializers.
 *
 * <p>Not API: may change without notice; not exported (opened to Jackson only, which builds the
 * deserializers reflectively).
 */
package dev.signet.kraken.internal;
