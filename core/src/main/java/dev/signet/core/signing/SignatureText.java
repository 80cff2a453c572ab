package dev.signet.core.signing;

import java.util.Base64;
import java.util.HexFormat;

/**
 * The text forms signatures are sent in: lower-case hex (Binance HMAC) and standard base64 with
 * padding (Binance RSA and Ed25519, Kraken {@code API-Sign}). Stateless.
 *
 * <pre>{@code
 * SignatureText.hex(new byte[] {(byte) 0xd8, 0x4e});    // "d84e"
 * SignatureText.base64(new byte[] {(byte) 0xfb, (byte) 0xff}); // "+/8="
 * }</pre>
 */
public final class SignatureText {
  private static final HexFormat HEX = HexFormat.of();

  private SignatureText() {}

  /**
   * Lower-case hex, two characters per byte.
   *
   * @param signature the raw signature bytes
   * @return the signature as lower-case hex
   */
  public static String hex(byte[] signature) {
    return HEX.formatHex(signature);
  }

  /**
   * Standard base64 (RFC 4648 section 4, {@code + /} and {@code =} padding), no line breaks.
   *
   * @param signature the raw signature bytes
   * @return the signature as standard base64
   */
  public static String base64(byte[] signature) {
    return Base64.getEncoder().encodeToString(signature);
  }
}
