package dev.signet.core.internal;

import dev.signet.core.internal.BytesBody;
import dev.signet.core.internal.Credentials;
import dev.signet.core.internal.MediaTypes;
import dev.signet.core.Signer;
import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;

/**
 * Authenticates one request for the {@link Executor}: puts the API key header on, and for a signed
 * call reads the request exactly as it will go out (method, encoded path, encoded query, body
 * bytes, content type), hands it to the {@link Signer} and sends the query, body and headers the
 * signer returns, unchanged. It then checks that OkHttp kept the signed query byte for byte, and
 * refuses to send otherwise. The {@link SigningResult} is attached as a tag for debug output and
 * error explanations.
 *
 * <p>With {@link #ordered}, a fair lock is held from signing until the response headers arrive,
 * so calls reach the server in the order they were signed (Kraken rejects a nonce lower than one
 * it has already seen). Immutable and thread-safe; {@code toString()} shows the key shortened.
 * Not API.
 *
 * <pre>{@code
 * RequestSigner signer = RequestSigner.of("X-MBX-APIKEY", apiKey, binanceSigner);
 * Response r = signer.signAndSend(request, signed -> http.newCall(signed).execute());
 * }</pre>
 */
public final class RequestSigner {
  private static final System.Logger LOG = System.getLogger(RequestSigner.class.getName());

  /** Sends a request: {@code http.newCall(request).execute()}. */
  @FunctionalInterface
  public interface Send {
    /**
     * Sends {@code request} and returns once the response headers have arrived.
     *
     * @param request the request
     * @return the response, its body still to be read
     * @throws IOException if the request cannot be sent or the response cannot be read
     */
    Response send(Request request) throws IOException;
  }

  private final String apiKeyHeader;
  private final String apiKey;
  private final Signer signer;
  private final ReentrantLock order;

  private RequestSigner(String apiKeyHeader, String apiKey, Signer signer, ReentrantLock order) {
    this.apiKeyHeader = Objects.requireNonNull(apiKeyHeader, "apiKeyHeader");
    this.apiKey = Credentials.requireClean(apiKey, "apiKey");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.order = order;
  }

  /**
   * Signs concurrently; for signatures that do not depend on arrival order (Binance).
   *
   * @param apiKeyHeader the name of the header that carries the API key
   * @param apiKey the API key
   * @param signer the request signer
   * @return a signer that signs concurrently
   */
  public static RequestSigner of(String apiKeyHeader, String apiKey, Signer signer) {
    return new RequestSigner(apiKeyHeader, apiKey, signer, null);
  }

  /**
   * Signs and sends one call at a time, in signing order (Kraken nonces).
   *
   * @param apiKeyHeader the name of the header that carries the API key
   * @param apiKey the API key
   * @param signer the request signer
   * @return a signer that signs and sends one call at a time
   */
  public static RequestSigner ordered(String apiKeyHeader, String apiKey, Signer signer) {
    return new RequestSigner(apiKeyHeader, apiKey, signer, new ReentrantLock(true));
  }

  /**
   * {@code request} with the API key header.
   *
   * @param request the request
   * @return {@code request} with the API key header
   */
  public Request withKey(Request request) {
    return request.newBuilder().header(apiKeyHeader, apiKey).build();
  }

  /**
   * Signs {@code request} and sends it; when ordered, holds the turn until the response headers arrive.
   *
   * @param request the request
   * @param send sends the signed request
   * @return the response, its body still to be read
   * @throws IOException if the request cannot be sent or the response cannot be read
   */
  public Response signAndSend(Request request, Send send) throws IOException {
    if (order == null) {
      return send.send(sign(request));
    }
    order.lock();
    try {
      return send.send(sign(request));
    } finally {
      order.unlock();
    }
  }

  @Override
  public String toString() {
    return "RequestSigner{" + apiKeyHeader + ": " + Credentials.redact(apiKey) + ", " + signer
        + (order == null ? "" : ", ordered") + "}";
  }

  /** The signed copy of {@code request}: API key header, the signer's query, body and headers. */
  Request sign(Request request) throws IOException {
    HttpUrl url = request.url();
    RequestBody body = request.body();
    ByteString bytes = ByteString.EMPTY;
    MediaType contentType = null;
    if (body != null) {
      contentType = body.contentType();
      if (body instanceof BytesBody b) {
        bytes = b.bytes();
      } else {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        bytes = buffer.readByteString();
      }
    }
    String query = url.encodedQuery();
    SigningInput input = new SigningInput(request.method(), url.encodedPath(), query == null ? "" : query, bytes,
        contentType == null ? null : contentType.toString());
    SigningResult result = signer.sign(input);

    String signedQuery = result.encodedQuery();
    HttpUrl signedUrl = signedQuery.equals(input.encodedQuery())
        ? url
        : url.newBuilder().encodedQuery(signedQuery.isEmpty() ? null : signedQuery).build();
    String sentQuery = signedUrl.encodedQuery();
    if (!signedQuery.equals(sentQuery == null ? "" : sentQuery)) {
      throw new IllegalStateException("Refusing to send: OkHttp would send the query '" + sentQuery + "' but '"
          + signedQuery + "' was signed. The signer produced a query that is not in canonical percent-encoded form.");
    }
    Request.Builder out = request.newBuilder().url(signedUrl).tag(SigningResult.class, result).header(apiKeyHeader, apiKey);
    if (body != null || result.body().size() > 0) {
      out.method(request.method(), new BytesBody(result.body(), contentType != null ? contentType : MediaTypes.FORM));
    }
    for (SigningResult.Header header : result.headers()) {
      out.header(header.name(), header.value());
    }
    Request signed = out.build();
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "signed " + signed.method() + " " + signedUrl + " | signed text: " + result.signedText());
    }
    return signed;
  }
}
