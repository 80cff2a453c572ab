package dev.signet.kraken.internal;

import dev.signet.core.Decoder;
import dev.signet.core.MalformedResponseException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Response;
import okio.ByteString;
import tools.jackson.core.JsonParser;

/**
 * The "decoder" of {@code RetrieveExport}, whose answer is the report's zip bytes
 * ({@code application/octet-stream}), not Kraken's JSON envelope: {@link KrakenResponses} hands it
 * the body as it is when the answer is not JSON; a JSON answer (Kraken's error envelope, e.g. for an
 * unknown id) is read as usual, and a JSON {@code result} where bytes were due is refused. Not API.
 *
 * <pre>{@code
 * ByteString zip = host.execute(Operation.of(KrakenEndpoints.RETRIEVE_EXPORT, params, new ExportBytes()));
 * }</pre>
 */
public final class ExportBytes implements Decoder<ByteString> {
  /** The decoder; stateless. */
  public ExportBytes() {}

  /**
   * True when {@code response} is a JSON envelope rather than the export's bytes: its content type
   * says JSON, or, with none, its body starts with {@code {}.
   *
   * @param response the answer, body unread
   * @return true for a JSON answer
   * @throws IOException when the body cannot be peeked
   */
  static boolean isJson(Response response) throws IOException {
    MediaType type = response.body().contentType();
    if (type != null) {
      return type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json");
    }
    ByteString first = response.peekBody(1).byteString();
    return first.size() == 1 && first.getByte(0) == '{';
  }

  /**
   * The export's bytes, as sent.
   *
   * @param response the binary answer
   * @param method the method's name, for the message
   * @return the body's bytes
   * @throws IOException when the body cannot be read
   * @throws MalformedResponseException when the body is empty
   */
  static ByteString read(Response response, String method) throws IOException {
    ByteString bytes = response.body().byteString();
    if (bytes.size() == 0) {
      throw new MalformedResponseException("Kraken " + method + " answered with an empty body where the export's zip"
          + " bytes were due", response.code(), null);
    }
    return bytes;
  }

  @Override
  public ByteString decode(JsonParser parser) {
    throw new IllegalArgumentException("field 'result' is JSON where the export's zip bytes (application/octet-stream)"
        + " were due");
  }
}
