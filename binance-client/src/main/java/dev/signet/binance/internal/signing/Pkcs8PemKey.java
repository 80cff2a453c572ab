package dev.signet.binance.internal.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Parses an unencrypted PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}), with error
 * messages that name the parameter and the fix and never show the key. Not API.
 *
 * <pre>{@code
 * PrivateKey key = Pkcs8PemKey.parse(Files.readString(Path.of("rsa-key.pem")), "RSA", "privateKeyPem");
 * }</pre>
 */
public final class Pkcs8PemKey {
  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";

  private Pkcs8PemKey() {}

  /**
   * @param pem the PEM text
   * @param keyAlgorithm the JDK key algorithm, {@code RSA} or {@code Ed25519}
   * @param paramName the caller's parameter name, for error messages
   * @return the parsed private key
   * @throws IllegalArgumentException if the text is not a PKCS#8 PEM private key of that type
   */
  public static PrivateKey parse(String pem, String keyAlgorithm, String paramName) {
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
    if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
      throw new IllegalArgumentException(paramName + " is not a PKCS#8 PEM private key: it must start with "
          + BEGIN + " and end with " + END + ". Pass the private key file's text, not the public key.");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(text.substring(BEGIN.length(), text.length() - END.length()));
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
