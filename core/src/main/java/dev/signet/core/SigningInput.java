package dev.signet.core;

import dev.signet.core.internal.MediaTypes;
import okio.ByteString;

/**
 * The request exactly as it will go out, handed to a {@link Signer}: read off the built OkHttp
 * request, never assembled beside it.
 *
 * <p>Example: for {@code GET /api/v3/account?omitZeroBalances=true} the input is method
 * {@code GET}, encodedPath {@code /api/v3/account}, encodedQuery {@code omitZeroBalances=true},
 * an empty body and a null content type.
 *
 * @param method HTTP method
 * @param encodedPath the URL path as sent, e.g. {@code /0/private/AddOrder}
 * @param encodedQuery the query as sent, without {@code ?}; the empty string when there is none
 * @param body the body bytes as sent; {@link ByteString#EMPTY} when there is none
 * @param contentType the body's media type as sent ({@code application/x-www-form-urlencoded},
 *     {@code application/json}), or null when there is no body
 */
public record SigningInput(
    String method, String encodedPath, String encodedQuery, ByteString body, String contentType) {

  /**
   * True when the body is form-encoded (and so can take more {@code key=value} pairs).
   *
   * @return true when the body is a form body
   */
  public boolean isFormBody() {
    return contentType != null && contentType.startsWith(MediaTypes.FORM_VALUE);
  }

  /**
   * True when the body is JSON.
   *
   * @return true when the body is JSON
   */
  public boolean isJsonBody() {
    return contentType != null && contentType.startsWith(MediaTypes.JSON_VALUE);
  }
}
