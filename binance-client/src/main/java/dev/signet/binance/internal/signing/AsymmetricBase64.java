package dev.signet.binance.internal.signing;

import dev.signet.core.signing.SignatureText;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * Binance RSA keys (SHA256withRSA, that is RSASSA-PKCS1-v1_5 with SHA-256) and Ed25519 keys:
 * the signature of the payload's UTF-8 bytes in base64. The PEM is parsed once, by
 * {@link Pkcs8PemKey}; each thread keeps its own {@link Signature}, initialised once. Not API.
 *
 * <pre>{@code
 * SignatureAlgorithm ed = AsymmetricBase64.ed25519(Files.readString(Path.of("ed25519-key.pem")), "privateKeyPem");
 * String signature = ed.sign(payload);
 * }</pre>
 */
public final class AsymmetricBase64 implements SignatureAlgorithm {
  private final String algorithm;
  private final ThreadLocal<Signature> signatures;

  private AsymmetricBase64(PrivateKey key, String algorithm) {
    this.algorithm = algorithm;
    newSignature(key, algorithm);
    this.signatures = ThreadLocal.withInitial(() -> newSignature(key, algorithm));
  }

  /**
   * RSA from a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), signing with SHA256withRSA.
   *
   * @param pem the PKCS#8 private key in PEM form
   * @param paramName the parameter name to mention in error messages
   * @return a signer for that RSA key, signing with SHA256withRSA
   */
  public static AsymmetricBase64 rsa(String pem, String paramName) {
    return new AsymmetricBase64(Pkcs8PemKey.parse(pem, "RSA", paramName), "SHA256withRSA");
  }

  /**
   * Ed25519 from a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @param pem the PKCS#8 private key in PEM form
   * @param paramName the parameter name to mention in error messages
   * @return a signer for that Ed25519 key
   */
  public static AsymmetricBase64 ed25519(String pem, String paramName) {
    return new AsymmetricBase64(Pkcs8PemKey.parse(pem, "Ed25519", paramName), "Ed25519");
  }

  @Override
  public String sign(String payload) {
    Signature s = signatures.get();
    try {
      s.update(payload.getBytes(StandardCharsets.UTF_8));
      return SignatureText.base64(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " signing failed", e);
    }
  }

  private static Signature newSignature(PrivateKey key, String algorithm) {
    try {
      Signature s = Signature.getInstance(algorithm);
      s.initSign(key);
      return s;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "AsymmetricBase64{" + algorithm + "}";
  }
}
