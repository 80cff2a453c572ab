package dev.signet.core.internal;

import okhttp3.MediaType;

/**
 * The two body media types the exchanges accept, shared so that every module sends the same
 * spelling (no {@code charset} parameter, which OkHttp would otherwise add to string bodies).
 *
 * <p>Example: {@code RequestBody.create(bytes, MediaTypes.FORM)}.
 */
public final class MediaTypes {
  /** {@code application/x-www-form-urlencoded} as a string. */
  public static final String FORM_VALUE = "application/x-www-form-urlencoded";
  /** {@code application/json} as a string. */
  public static final String JSON_VALUE = "application/json";
  /** Form bodies. */
  public static final MediaType FORM = MediaType.get(FORM_VALUE);
  /** JSON bodies. */
  public static final MediaType JSON = MediaType.get(JSON_VALUE);

  private MediaTypes() {}
}
