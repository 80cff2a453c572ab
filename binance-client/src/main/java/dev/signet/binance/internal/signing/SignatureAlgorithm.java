package dev.signet.binance.internal.signing;

/**
 * Computes a Binance signature over a payload that a payload builder ({@link RestPayload},
 * {@link WebSocketPayload}) made, already in the text form that goes on the wire (hex for HMAC,
 * base64 for RSA and Ed25519). One instance per credential; thread-safe. Not API.
 *
 * <pre>{@code
 * SignatureAlgorithm hmac = new HmacSha256Hex(secret);
 * String signature = hmac.sign(RestPayload.of(query, body));
 * }</pre>
 */
public interface SignatureAlgorithm {
  /**
   * The signature of {@code payload} (its UTF-8 bytes).
   *
   * @param payload the string to sign
   * @return the signature of {@code payload} (its UTF-8 bytes)
   */
  String sign(String payload);
}
