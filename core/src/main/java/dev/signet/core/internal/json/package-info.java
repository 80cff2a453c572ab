/**
 * Helpers for response records and streaming decoders: required-field checks, known wire values,
 * field readers and sorted string maps.
 *
 * <p>Not API: may change without notice; exported only to Signet's own modules.
 */
package dev.signet.core.internal.json;
