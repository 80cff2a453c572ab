package dev.signet.binance.internal;

/**
 * Computes a Binance signature over a payload, already in the text form that goes on the wire
 * (hex for HMAC, base64 for RSA and Ed25519). Not API.
 */
public interface SignatureAlgorithm {
  /** The signature of {@code payload} (UTF-8 bytes). */
  String sign(String payload);
}
