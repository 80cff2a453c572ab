package dev.signet.binance;

import dev.signet.binance.internal.signing.AsymmetricBase64;
import dev.signet.binance.internal.signing.HmacSha256Hex;
import dev.signet.binance.internal.signing.SignatureAlgorithm;
import dev.signet.core.internal.Credentials;
import java.util.Objects;

/**
 * A Binance API key with the private part that signs for it, for one of Binance's three key types.
 *
 * <p>Checked at construction: the API key and an HMAC secret must be non-blank with no whitespace
 * or line break anywhere; an RSA or Ed25519 key must be a PKCS#8 PEM of that type. The secret is
 * turned into a ready-to-use signing key at once and not kept as text. {@link #toString()} shows
 * the key type and the first 4 characters of the API key, never the secret. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * BinanceCredentials hmac = BinanceCredentials.hmac(System.getenv("BINANCE_API_KEY"), System.getenv("BINANCE_SECRET_KEY"));
 * BinanceCredentials ed = BinanceCredentials.ed25519(apiKey, Files.readString(Path.of("ed25519-key.pem")));
 * }</pre>
 */
public final class BinanceCredentials {
  /** The three key types Binance issues. */
  public enum KeyType {
    /** HMAC-SHA256 with a shared secret; signature in hex. */
    HMAC,
    /** RSA (SHA256withRSA); signature in base64. */
    RSA,
    /** Ed25519; signature in base64. */
    ED25519
  }

  private final String apiKey;
  private final KeyType keyType;
  private final SignatureAlgorithm algorithm;

  private BinanceCredentials(String apiKey, KeyType keyType, SignatureAlgorithm algorithm) {
    this.apiKey = apiKey;
    this.keyType = keyType;
    this.algorithm = algorithm;
  }

  /**
   * An HMAC-SHA256 key: the API key and its secret key, as shown when the key was created.
   *
   * @param apiKey the API key, sent as {@code X-MBX-APIKEY}
   * @param secretKey the HMAC secret key
   * @return HMAC-SHA256 credentials for that API key and secret key
   */
  public static BinanceCredentials hmac(String apiKey, String secretKey) {
    Credentials.requireClean(apiKey, "apiKey");
    Credentials.requireClean(secretKey, "secretKey");
    return new BinanceCredentials(apiKey, KeyType.HMAC, new HmacSha256Hex(secretKey));
  }

  /**
   * An RSA key: the API key and the PKCS#8 PEM text of the matching private key.
   *
   * @param apiKey the API key, sent as {@code X-MBX-APIKEY}
   * @param privateKeyPem the PKCS#8 private key in PEM form
   * @return RSA credentials for that API key and private key
   */
  public static BinanceCredentials rsa(String apiKey, String privateKeyPem) {
    Credentials.requireClean(apiKey, "apiKey");
    return new BinanceCredentials(apiKey, KeyType.RSA, AsymmetricBase64.rsa(privateKeyPem, "privateKeyPem"));
  }

  /**
   * An Ed25519 key: the API key and the PKCS#8 PEM text of the matching private key.
   *
   * @param apiKey the API key, sent as {@code X-MBX-APIKEY}
   * @param privateKeyPem the PKCS#8 private key in PEM form
   * @return Ed25519 credentials for that API key and private key
   */
  public static BinanceCredentials ed25519(String apiKey, String privateKeyPem) {
    Credentials.requireClean(apiKey, "apiKey");
    return new BinanceCredentials(apiKey, KeyType.ED25519, AsymmetricBase64.ed25519(privateKeyPem, "privateKeyPem"));
  }

  /**
   * The API key, sent in the {@code X-MBX-APIKEY} header.
   *
   * @return the API key, sent in the {@code X-MBX-APIKEY} header
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Which kind of key this is.
   *
   * @return which kind of key this is
   */
  public KeyType keyType() {
    return keyType;
  }

  /**
   * The signature of {@code payload} (its UTF-8 bytes): hex for HMAC, base64 for RSA and Ed25519.
   * The payload is whatever the transport signs: the query and body as sent for REST (see
   * {@link BinanceSigner}), the sorted parameters for the WebSocket API.
   *
   * @param payload the string to sign
   * @return the signature of {@code payload} (its UTF-8 bytes): hex for HMAC, base64 for RSA and Ed25519
   */
  public String sign(String payload) {
    return algorithm.sign(Objects.requireNonNull(payload, "payload"));
  }

  @Override
  public String toString() {
    return "BinanceCredentials{" + keyType + ", apiKey=" + Credentials.redact(apiKey) + "}";
  }
}
