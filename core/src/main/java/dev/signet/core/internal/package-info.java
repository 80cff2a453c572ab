/**
 * The executor and its plumbing: HTTP clients, request signing, response reading, circuit
 * breakers, credentials checks, base URLs, clocks.
 *
 * <p>Not API: may change without notice; exported only to Signet's own modules.
 */
package dev.signet.core.internal;
