package dev.signet.binance.internal.signing;

import dev.signet.core.signing.Hmac;
import dev.signet.core.signing.SignatureText;
import java.nio.charset.StandardCharsets;

/**
 * Binance HMAC keys: HMAC-SHA256 of the payload's UTF-8 bytes, keyed with the secret's UTF-8
 * bytes, in lower-case hex. The key is set up once in a core {@link Hmac}. Not API.
 *
 * <pre>{@code
 * new HmacSha256Hex(secret).sign("timestamp=1578963600000"); // "d84e6641…31eed4" with the FAQ secret
 * }</pre>
 */
public final class HmacSha256Hex implements SignatureAlgorithm {
  private final Hmac hmac;

  /** @param secret the secret key text (used as its UTF-8 bytes, as Binance does) */
  public HmacSha256Hex(String secret) {
    this.hmac = Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String sign(String payload) {
    return SignatureText.hex(hmac.sign(payload.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return "HmacSha256Hex";
  }
}
