package dev.signet.core;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;

/**
 * The OkHttp application interceptor that authenticates requests: it puts the API key header on
 * requests tagged {@link Security#API_KEY} and signs requests tagged {@link Security#SIGNED} (API
 * key header included). Requests tagged {@link Security#PUBLIC}, or not tagged, pass through
 * untouched. Key and signature go into one copy of the request.
 *
 * <p>For a signed request it reads the request exactly as it will go out (method, encoded path,
 * encoded query, body bytes, content type), hands it to the {@link Signer}, and sends the query,
 * body and headers the signer returns, unchanged. It then checks that OkHttp kept the signed query
 * byte for byte; if not it refuses to send. The result is attached to the request as a
 * {@code SigningResult} tag for debug output and error explanations.
 *
 * <p>It runs as an <em>application</em> interceptor (once per call, before OkHttp adds transport
 * headers). With {@link #ordered}, a fair lock is held from signing until the response headers
 * arrive, so calls reach the server in the order they were signed (Kraken rejects a nonce lower
 * than one it has already seen). Immutable and thread-safe; {@code toString()} shows the key
 * shortened.
 *
 * <pre>{@code
 * OkHttpClient http = new OkHttpClient.Builder()
 *     .retryOnConnectionFailure(false)
 *     .addInterceptor(SigningInterceptor.of("X-MBX-APIKEY", apiKey, signer))
 *     .build();
 * }</pre>
 */
public final class SigningInterceptor implements Interceptor {
  private static final System.Logger LOG = System.getLogger(SigningInterceptor.class.getName());

  private final String apiKeyHeader;
  private final String apiKey;
  private final Signer signer;
  private final ReentrantLock order;

  private SigningInterceptor(String apiKeyHeader, String apiKey, Signer signer, ReentrantLock order) {
    this.apiKeyHeader = java.util.Objects.requireNonNull(apiKeyHeader, "apiKeyHeader");
    this.apiKey = apiKey == null ? null : Credentials.requireClean(apiKey, "apiKey");
    this.signer = java.util.Objects.requireNonNull(signer, "signer");
    this.order = order;
  }

  /**
   * Signs concurrently; for signatures that do not depend on arrival order (Binance).
   *
   * @param apiKeyHeader the header the exchange reads the key from, e.g. {@code X-MBX-APIKEY}
   * @param apiKey the API key, already checked by the credentials class; null sends no key header
   * @param signer signs {@code SIGNED} requests
   */
  public static SigningInterceptor of(String apiKeyHeader, String apiKey, Signer signer) {
    return new SigningInterceptor(apiKeyHeader, apiKey, signer, null);
  }

  /**
   * Signs one call at a time and holds the turn until the response headers arrive, so that signed
   * calls reach the server in signing order (Kraken nonces). Unsigned calls are not held.
   * Parameters as in {@link #of}.
   */
  public static SigningInterceptor ordered(String apiKeyHeader, String apiKey, Signer signer) {
    return new SigningInterceptor(apiKeyHeader, apiKey, signer, new ReentrantLock(true));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Endpoint endpoint = request.tag(Endpoint.class);
    if (endpoint == null || endpoint.security() == Security.PUBLIC) {
      return chain.proceed(request);
    }
    if (endpoint.security() == Security.API_KEY) {
      return chain.proceed(apiKey == null ? request : request.newBuilder().header(apiKeyHeader, apiKey).build());
    }
    if (order == null) {
      return chain.proceed(sign(request));
    }
    order.lock();
    try {
      return chain.proceed(sign(request));
    } finally {
      order.unlock();
    }
  }

  @Override
  public String toString() {
    return "SigningInterceptor{" + apiKeyHeader + ": " + (apiKey == null ? "(none)" : Credentials.redact(apiKey))
        + ", " + signer + (order == null ? "" : ", ordered") + "}";
  }

  private Request sign(Request request) throws IOException {
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
    SigningInput input = new SigningInput(
        request.method(),
        url.encodedPath(),
        query == null ? "" : query,
        bytes,
        contentType == null ? null : contentType.toString());
    SigningResult result = signer.sign(input);

    String signedQuery = result.encodedQuery();
    HttpUrl signedUrl = signedQuery.equals(input.encodedQuery())
        ? url
        : url.newBuilder().encodedQuery(signedQuery.isEmpty() ? null : signedQuery).build();
    String sentQuery = signedUrl.encodedQuery();
    if (!signedQuery.equals(sentQuery == null ? "" : sentQuery)) {
      throw new IllegalStateException(
          "Refusing to send: OkHttp would send the query '" + sentQuery + "' but '" + signedQuery
              + "' was signed. The signer produced a query that is not in canonical percent-encoded form.");
    }
    Request.Builder out = request.newBuilder().url(signedUrl).tag(SigningResult.class, result);
    if (apiKey != null) {
      out.header(apiKeyHeader, apiKey);
    }
    if (body != null || result.body().size() > 0) {
      MediaType type = contentType != null ? contentType : MediaTypes.FORM;
      out.method(request.method(), new BytesBody(result.body(), type));
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
