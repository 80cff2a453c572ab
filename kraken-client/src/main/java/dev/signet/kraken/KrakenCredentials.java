package dev.signet.kraken;

import dev.signet.core.internal.Credentials;
import dev.signet.core.signing.Hmac;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Kraken API key and its private key. Checked at construction: the API key must be non-blank
 * with no whitespace; the private key must be valid base64 (as Kraken shows it) with no whitespace
 * or line break. The private key is decoded once and turned into a ready HMAC-SHA512 key at once
 * (one per credential, shared by every signer of it); it is not kept as text or as a byte array
 * of its own. {@link #toString()} shows the first 4 characters of the API key and never the
 * private key. Immutable and thread-safe.
 *
 * <pre>{@code
 * KrakenCredentials creds = KrakenCredentials.of(System.getenv("KRAKEN_API_KEY"), System.getenv("KRAKEN_PRIVATE_KEY"));
 * }</pre>
 */
public final class KrakenCredentials {
  private final String apiKey;
  private final Hmac hmacSha512;

  private KrakenCredentials(String apiKey, Hmac hmacSha512) {
    this.apiKey = apiKey;
    this.hmacSha512 = hmacSha512;
  }

  /**
   * @param apiKey the public API key, sent in the {@code API-Key} header
   * @param base64PrivateKey the private key exactly as Kraken shows it (base64)
   * @throws IllegalArgumentException naming the parameter and the fix; never showing the value
   * @return credentials holding the key and an HMAC-SHA512 keyed with the decoded private key
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
    Hmac hmac = Hmac.sha512(decoded);
    Arrays.fill(decoded, (byte) 0);
    return new KrakenCredentials(apiKey, hmac);
  }

  /**
   * The public API key.
   *
   * @return the public API key, as given
   */
  public String apiKey() {
    return apiKey;
  }

  /** HMAC-SHA512 keyed with the decoded private key, for the signer. */
  Hmac hmacSha512() {
    return hmacSha512;
  }

  @Override
  public String toString() {
    return "KrakenCredentials{apiKey=" + Credentials.redact(apiKey) + "}";
  }
}
