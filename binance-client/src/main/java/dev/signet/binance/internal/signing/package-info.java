/**
 * How Binance payloads are built and signed (REST and WebSocket payloads, HMAC hex, Ed25519/RSA
 * base64, PKCS#8 keys).
 *
 * <p>Not API: may change without notice; not exported.
 */
package dev.signet.binance.internal.signing;
