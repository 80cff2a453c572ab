package dev.signet.binance.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * RSA (SHA256withRSA, PKCS#1 v1.5) or Ed25519 signatures in base64, from a PKCS#8 PEM private key.
 * The key is parsed once; each thread keeps its own initialised {@link Signature}. Not API.
 */
public final class AsymmetricBase64 implements SignatureAlgorithm {
  private final ThreadLocal<Signature> signatures;

  private AsymmetricBase64(PrivateKey key, String algorithm) {
    this.signatures = ThreadLocal.withInitial(() -> {
      try {
        Signature s = Signature.getInstance(algorithm);
        s.initSign(key);
        return s;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(algorithm + " is not available in this JDK", e);
      }
    });
  }

  /** RSA from a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
  public static AsymmetricBase64 rsa(String pem, String paramName) {
    return new AsymmetricBase64(parse(pem, "RSA", paramName), "SHA256withRSA");
  }

  /** Ed25519 from a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
  public static AsymmetricBase64 ed25519(String pem, String paramName) {
    return new AsymmetricBase64(parse(pem, "Ed25519", paramName), "Ed25519");
  }

  @Override
  public String sign(String payload) {
    Signature s = signatures.get();
    try {
      s.update(payload.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing failed", e);
    }
  }

  private static PrivateKey parse(String pem, String keyAlgorithm, String paramName) {
    if (pem == null || pem.isBlank()) {
      throw new IllegalArgumentException(paramName + " is empty; pass the " + keyAlgorithm
          + " private key PEM text, starting with -----BEGIN PRIVATE KEY-----.");
    }
    String text = pem.strip();
    if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----")) {
      throw new IllegalArgumentException(paramName + " is a PKCS#1 key (BEGIN RSA PRIVATE KEY); Signet needs"
          + " PKCS#8. Convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
    }
    if (text.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
      throw new IllegalArgumentException(paramName + " is an encrypted PEM; decrypt it first with:"
          + " openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
    }
    String begin = "-----BEGIN PRIVATE KEY-----";
    String end = "-----END PRIVATE KEY-----";
    if (!text.startsWith(begin) || !text.endsWith(end)) {
      throw new IllegalArgumentException(paramName + " is not a PKCS#8 PEM private key: it must start with "
          + begin + " and end with " + end + ". Pass the private key file's text, not the public key.");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(paramName + " has a PEM body that is not valid base64; pass the key"
          + " file's text unchanged.");
    }
    try {
      return KeyFactory.getInstance(keyAlgorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException(paramName + " is not a " + keyAlgorithm + " private key; check that"
          + " the key type matches the factory you called (rsa or ed25519).");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(keyAlgorithm + " is not available in this JDK", e);
    }
  }
}
