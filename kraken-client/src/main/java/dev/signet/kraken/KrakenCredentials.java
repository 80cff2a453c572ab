package dev.signet.kraken;

import dev.signet.core.Credentials;
import java.util.Base64;

/**
 * A Kraken API key and its private key. Checked at construction: the API key must be non-blank
 * with no whitespace; the private key must be valid base64 (as Kraken shows it) with no whitespace
 * or line break. The private key is decoded once and kept only as bytes. {@link #toString()}
 * shows the first 4 characters of the API key and never the private key. Immutable.
 *
 * <pre>{@code
 * KrakenCredentials creds = KrakenCredentials.of(System.getenv("KRAKEN_API_KEY"), System.getenv("KRAKEN_PRIVATE_KEY"));
 * }</pre>
 */
public final class KrakenCredentials {
  private final String apiKey;
  private final byte[] privateKey;

  private KrakenCredentials(String apiKey, byte[] privateKey) {
    this.apiKey = apiKey;
    this.privateKey = privateKey;
  }

  /**
   * @param apiKey the public API key, sent in the {@code API-Key} header
   * @param base64PrivateKey the private key exactly as Kraken shows it (base64)
   * @throws IllegalArgumentException naming the parameter and the fix; never showing the value
   */
  public static KrakenCredentials of(String apiKey, String base64PrivateKey) {
    Credentials.requireClean(apiKey, "apiKey");
    Credentials.requireClean(base64PrivateKey, "privateKey");
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64PrivateKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("privateKey is not valid base64 (length " + base64PrivateKey.length()
          + "); Kraken private keys are base64 text ending in '=' or '=='. Pass the private key, not the public"
          + " API key, copied whole.");
    }
    if (decoded.length == 0) {
      throw new IllegalArgumentException("privateKey decodes to no bytes; pass the private key Kraken showed.");
    }
    return new KrakenCredentials(apiKey, decoded);
  }

  /** The public API key. */
  public String apiKey() {
    return apiKey;
  }

  /** A copy of the decoded private key bytes, for the signer. */
  byte[] privateKeyBytes() {
    return privateKey.clone();
  }

  @Override
  public String toString() {
    return "KrakenCredentials{apiKey=" + Credentials.redact(apiKey) + "}";
  }
}
