package dev.signet.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.ByteString;
import tools.jackson.core.JacksonException;

/**
 * Builds and executes the requests of one exchange host: the single place where {@link Params}
 * are encoded (once, with {@link FormEncoder}) and where I/O and decoding failures become Signet
 * exceptions.
 *
 * <p>GET and DELETE parameters go in the query; POST and PUT parameters go in a form body. Every
 * request carries its {@link Endpoint} as a tag for the interceptors. Thread-safe; one per host,
 * sharing the client's single {@link OkHttpClient}.
 *
 * <pre>{@code
 * HttpTransport spot = new HttpTransport(http, BaseUrls.check("https://api.binance.com", "spotBaseUrl"));
 * Account a = spot.execute(spot.request(ACCOUNT, Params.empty()), handler);
 * }</pre>
 */
public final class HttpTransport {
  private final OkHttpClient client;
  private static final int MAX_CACHED_PATHS = 256;

  private final HttpUrl baseUrl;
  private final ConcurrentMap<String, HttpUrl> pathUrls = new ConcurrentHashMap<>();

  /**
   * @param client the shared OkHttp client, already carrying the rate-limit and signing interceptors
   * @param baseUrl scheme, host and port, checked with {@link BaseUrls#check}
   */
  public HttpTransport(OkHttpClient client, HttpUrl baseUrl) {
    this.client = Objects.requireNonNull(client, "client");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** The base URL requests are sent to. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** A request for {@code endpoint} with {@code params} encoded once, in order. */
  public Request request(Endpoint endpoint, Params params) {
    String encoded = FormEncoder.encode(params);
    HttpUrl url = pathUrl(endpoint.path());
    RequestBody body = null;
    if (endpoint.hasBody()) {
      body = new BytesBody(ByteString.encodeUtf8(encoded), MediaTypes.FORM);
    } else if (!encoded.isEmpty()) {
      url = url.newBuilder().encodedQuery(encoded).build();
    }
    return new Request.Builder()
        .url(url)
        .method(endpoint.method(), body)
        .tag(Endpoint.class, endpoint)
        .build();
  }

  /** A request for {@code endpoint} with a body built by the caller (e.g. JSON). */
  public Request request(Endpoint endpoint, RequestBody body) {
    return new Request.Builder()
        .url(pathUrl(endpoint.path()))
        .method(endpoint.method(), body)
        .tag(Endpoint.class, endpoint)
        .build();
  }

  /**
   * The base URL with {@code path}, parsed once per path and kept ({@code HttpUrl} is immutable):
   * the typed endpoints' paths are a fixed set. Past {@value #MAX_CACHED_PATHS} distinct paths
   * (escape-hatch calls to many paths), further ones are built per call and not kept.
   */
  private HttpUrl pathUrl(String path) {
    HttpUrl url = pathUrls.get(path);
    if (url == null) {
      url = baseUrl.newBuilder().encodedPath(path).build();
      if (pathUrls.size() < MAX_CACHED_PATHS) {
        pathUrls.putIfAbsent(path, url);
      }
    }
    return url;
  }

  /**
   * Executes {@code request} and hands the response to {@code handler}.
   *
   * @throws ConnectFailedException when the connection could not be made (nothing was sent)
   * @throws SignetTimeoutException when the call timed out
   * @throws TransportException for any other I/O failure
   * @throws MalformedResponseException when the body could not be decoded
   * @throws ExchangeApiException as the handler decides
   */
  public <T> T execute(Request request, ResponseHandler<T> handler) {
    int status = 0;
    try (Response response = client.newCall(request).execute()) {
      status = response.code();
      return handler.handle(response);
    } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
      throw new ConnectFailedException(describe(request) + ": could not connect, nothing was sent (" + e + ")", e);
    } catch (InterruptedIOException e) {
      throw new SignetTimeoutException(describe(request) + ": timed out (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new TransportException(describe(request) + ": I/O failure (" + e + ")", e);
    } catch (JacksonException e) {
      throw new MalformedResponseException(
          describe(request) + ": the response (HTTP " + status + ") could not be decoded: " + e.getOriginalMessage(),
          status,
          e);
    }
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }
}
