package dev.signet.binance.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 in lower-case hex. The key is set up once; each thread clones the initialised
 * {@link Mac} once and reuses it, so no {@code Mac.getInstance} or key parsing happens per call.
 * Not API.
 */
public final class HmacSha256Hex implements SignatureAlgorithm {
  private static final HexFormat HEX = HexFormat.of();
  private final ThreadLocal<Mac> macs;

  /** @param secret the secret key text (used as its UTF-8 bytes, as Binance does) */
  public HmacSha256Hex(String secret) {
    Mac prototype;
    try {
      prototype = Mac.getInstance("HmacSHA256");
      prototype.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
    Mac proto = prototype;
    this.macs = ThreadLocal.withInitial(() -> {
      try {
        return (Mac) proto.clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("HmacSHA256 Mac cannot be cloned", e);
      }
    });
  }

  @Override
  public String sign(String payload) {
    Mac mac = macs.get();
    return HEX.formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
