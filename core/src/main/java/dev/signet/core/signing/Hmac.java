package dev.signet.core.signing;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC key ready to sign: one {@link Mac} is looked up and initialised with the key once, at
 * construction; each thread then gets its own clone of it on first use and keeps it, so signing
 * never calls {@code Mac.getInstance} or parses the key again. One implementation serves every
 * HMAC the JDK offers; {@link #sha256} and {@link #sha512} are the two Signet uses.
 *
 * <p>Thread-safe. {@link #toString()} names the algorithm only, never the key. Keep one instance
 * per credential and share it.
 *
 * <pre>{@code
 * Hmac hmac = Hmac.sha256("Jefe".getBytes(StandardCharsets.US_ASCII));
 * byte[] mac = hmac.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
 * // SignatureText.hex(mac) = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" (RFC 4231, case 2)
 * }</pre>
 */
public final class Hmac {
  /** The JDK name of HMAC-SHA256. */
  public static final String HMAC_SHA256 = "HmacSHA256";
  /** The JDK name of HMAC-SHA512. */
  public static final String HMAC_SHA512 = "HmacSHA512";

  private final String algorithm;
  private final Mac prototype;
  private final ThreadLocal<Mac> macs;

  private Hmac(String algorithm, byte[] key) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(key, "key");
    if (key.length == 0) {
      throw new IllegalArgumentException(algorithm + " needs a key of at least one byte; the key given is empty.");
    }
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      this.prototype = mac;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException(algorithm + " is not an HMAC this JDK offers; use " + HMAC_SHA256
          + " or " + HMAC_SHA512 + ".", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(algorithm + " refused the key (" + key.length + " bytes).", e);
    }
    copyOf(prototype);
    this.macs = ThreadLocal.withInitial(() -> copyOf(prototype));
  }

  /**
   * An HMAC-SHA256 key.
   *
   * @param key the key bytes; copied, so the caller may clear its array afterwards
   * @return an HMAC-SHA256 key
   * @throws IllegalArgumentException if the key is empty
   */
  public static Hmac sha256(byte[] key) {
    return new Hmac(HMAC_SHA256, key);
  }

  /**
   * An HMAC-SHA512 key.
   *
   * @param key the key bytes; copied, so the caller may clear its array afterwards
   * @return an HMAC-SHA512 key
   * @throws IllegalArgumentException if the key is empty
   */
  public static Hmac sha512(byte[] key) {
    return new Hmac(HMAC_SHA512, key);
  }

  /**
   * An HMAC key for any JDK HMAC algorithm name ({@code HmacSHA256}, {@code HmacSHA384}, ...).
   *
   * @param algorithm the JDK {@code Mac} algorithm name
   * @param key the key bytes; copied, so the caller may clear its array afterwards
   * @return an HMAC key for any JDK HMAC algorithm name ({@code HmacSHA256}, {@code HmacSHA384}, ...)
   * @throws IllegalArgumentException if the JDK has no such {@code Mac} or the key is empty
   */
  public static Hmac of(String algorithm, byte[] key) {
    return new Hmac(algorithm, key);
  }

  /**
   * The JDK algorithm name, e.g. {@code HmacSHA256}.
   *
   * @return the JDK algorithm name, e.g. {@code HmacSHA256}
   */
  public String algorithm() {
    return algorithm;
  }

  /**
   * The MAC length in bytes (32 for HMAC-SHA256, 64 for HMAC-SHA512).
   *
   * @return the MAC length in bytes (32 for HMAC-SHA256, 64 for HMAC-SHA512)
   */
  public int length() {
    return prototype.getMacLength();
  }

  /**
   * The MAC of {@code message}.
   *
   * @param message the bytes to sign
   * @return the MAC of {@code message}
   */
  public byte[] sign(byte[] message) {
    return macs.get().doFinal(message);
  }

  private Mac copyOf(Mac mac) {
    try {
      return (Mac) mac.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("The " + algorithm + " Mac of provider " + mac.getProvider().getName()
          + " cannot be cloned; Signet needs a cloneable Mac (the JDK's SunJCE one is).", e);
    }
  }

  @Override
  public String toString() {
    return "Hmac{" + algorithm + "}";
  }
}
