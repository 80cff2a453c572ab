package dev.signet.core.internal;

import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.ByteString;

/**
 * A replayable request body over fixed bytes, whose bytes the request signer can read
 * without copying them through a buffer.
 *
 * <p>Example: {@code new BytesBody(ByteString.encodeUtf8("pair=XBTUSD"), MediaTypes.FORM)}.
 */
public final class BytesBody extends RequestBody {
  private final ByteString bytes;
  private final MediaType contentType;

  /**
   * A body that sends exactly {@code bytes} with the given content type.
   *
   * @param bytes the bytes to send
   * @param contentType the media type of the body
   */
  public BytesBody(ByteString bytes, MediaType contentType) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
  }

  /**
   * The bytes this body sends.
   *
   * @return the bytes this body sends
   */
  public ByteString bytes() {
    return bytes;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return bytes.size();
  }

  @Override
  public void writeTo(BufferedSink sink) throws java.io.IOException {
    sink.write(bytes);
  }
}
