package dev.signet.testkit;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Fresh random credentials for fakes and the clients that talk to them, so no real key is ever
 * needed in a test.
 *
 * <p>Example: {@code String secret = TestKeys.binanceSecret();}
 */
public final class TestKeys {
  private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TestKeys() {}

  /**
   * A 64-character alphanumeric string, the shape of a Binance API key or HMAC secret.
   * @return a new random key; never the same twice in practice
   */
  public static String binanceSecret() {
    char[] out = new char[64];
    for (int i = 0; i < out.length; i++) {
      out[i] = ALNUM[RANDOM.nextInt(ALNUM.length)];
    }
    return new String(out);
  }

  /**
   * A random 64-byte key in base64, the shape of a Kraken private key.
   * @return a new random 64-byte key, standard base64 encoded
   */
  public static String krakenPrivateKey() {
    byte[] key = new byte[64];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
