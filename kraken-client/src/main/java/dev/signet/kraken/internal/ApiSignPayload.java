package dev.signet.kraken.internal;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * What Kraken's {@code API-Sign} is an HMAC of (Kraken's "Spot REST Authentication"): the URI
 * path's UTF-8 bytes followed by {@code SHA256(nonce + POST data)}, the nonce and the POST data
 * taken as their UTF-8 bytes exactly as sent. Only the message is built here; the HMAC-SHA512
 * with the decoded private key is a core {@code Hmac}. Each thread keeps its own SHA-256
 * {@link MessageDigest}. Thread-safe. Not API.
 *
 * <pre>{@code
 * byte[] message = new ApiSignPayload().bytes("/0/private/AddOrder", "1616492376594", "nonce=1616492376594&ordertype=limit&…");
 * String apiSign = SignatureText.base64(hmacSha512.sign(message));
 * }</pre>
 */
public final class ApiSignPayload {
  private static final String SHA_256 = "SHA-256";
  private static final int SHA_256_LENGTH = 32;
  private final ThreadLocal<MessageDigest> sha256;

  /** @throws IllegalStateException if the JDK has no SHA-256 */
  public ApiSignPayload() {
    newDigest();
    this.sha256 = ThreadLocal.withInitial(ApiSignPayload::newDigest);
  }

  /**
   * @param path the URI path as sent, e.g. {@code /0/private/AddOrder}
   * @param nonce the nonce, as in the body
   * @param postData the body as sent
   * @return path bytes followed by the 32 bytes of {@code SHA256(nonce + postData)}
   */
  public byte[] bytes(String path, String nonce, String postData) {
    byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
    byte[] message = new byte[pathBytes.length + SHA_256_LENGTH];
    System.arraycopy(pathBytes, 0, message, 0, pathBytes.length);
    MessageDigest digest = sha256.get();
    digest.update(nonce.getBytes(StandardCharsets.UTF_8));
    digest.update(postData.getBytes(StandardCharsets.UTF_8));
    try {
      digest.digest(message, pathBytes.length, SHA_256_LENGTH);
    } catch (DigestException e) {
      digest.reset();
      throw new IllegalStateException("SHA-256 did not produce 32 bytes", e);
    }
    return message;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(SHA_256);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "ApiSignPayload";
  }
}
