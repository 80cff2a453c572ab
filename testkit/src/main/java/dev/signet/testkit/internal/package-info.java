/**
 * The fakes' ledger, wire parameter parsing and JSON helpers.
 *
 * <p>Not API: may change without notice; not exported.
 */
package dev.signet.testkit.internal;
