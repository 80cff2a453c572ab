/**
 * Signature algorithms, kept apart from what is signed: {@link dev.signet.core.signing.Hmac}
 * (HMAC-SHA256, HMAC-SHA512, one initialised {@code Mac} per key, a clone per thread) and
 * {@link dev.signet.core.signing.SignatureText} (the hex and base64 forms signatures are sent in).
 *
 * <p>These types are public API on purpose: the exchange modules (REST signers today, WebSocket
 * signers later) build their payloads themselves and hand the bytes to these algorithms, so the
 * same cached key serves every transport. They know nothing about any exchange. They never put a
 * key in {@code toString()}, in an exception message or in a log.
 *
 * <pre>{@code
 * Hmac hmac = Hmac.sha256("secret".getBytes(StandardCharsets.UTF_8));
 * String signature = SignatureText.hex(hmac.sign(payload.getBytes(StandardCharsets.UTF_8)));
 * }</pre>
 */
package dev.signet.core.signing;
