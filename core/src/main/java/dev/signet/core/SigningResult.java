package dev.signet.core;

import java.util.List;
import okio.ByteString;

/**
 * What a {@link Signer} returns: the query and body to send, byte for byte, plus the headers to
 * add. The client's request signer sends exactly these and checks that OkHttp did not change a
 * byte of the query.
 *
 * <p>Example (Binance HMAC): query {@code timestamp=1578963600000&signature=d84e…eed4}, the body
 * unchanged, no extra header.
 *
 * @param encodedQuery the query to send, without {@code ?}; empty for none
 * @param body the body to send; {@link ByteString#EMPTY} for none
 * @param headers header name/value pairs to add, e.g. {@code API-Sign}
 * @param signedText a readable form of what was signed, for debugging and error explanations; it
 *     never contains a secret
 */
public record SigningResult(String encodedQuery, ByteString body, List<Header> headers, String signedText) {
  /**
   * Copies the header list.
   *
   * @param encodedQuery the already URL-encoded query string
   * @param body the body to send, or null
   * @param headers the headers to add
   * @param signedText the text the signature covers, for debugging
   */
  public SigningResult {
    headers = List.copyOf(headers);
  }

  /**
   * One header to add to the signed request.
   *
   * @param name header name, e.g. {@code API-Sign}
   * @param value header value
   */
  public record Header(String name, String value) {}
}
