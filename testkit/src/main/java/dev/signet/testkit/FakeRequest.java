package dev.signet.testkit;

import dev.signet.testkit.internal.WireParams;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A read-only view of one request as a fake received it, given to a {@link RouteHandler}: method,
 * path, the decoded parameters in wire order (query first, then a form body), headers and the raw
 * body bytes.
 *
 * <pre>{@code
 * fake.route("GET", "/api/v3/depth", request -> {
 *   int limit = Integer.parseInt(request.param("limit").orElse("100"));
 *   return Reply.json(200, depthJson(limit));
 * });
 * }</pre>
 */
public final class FakeRequest {
  private final String method;
  private final String target;
  private final List<Map.Entry<String, String>> params;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private FakeRequest(String method, String target, List<Map.Entry<String, String>> params,
      Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.target = target;
    this.params = params;
    this.headers = headers;
    this.body = body;
  }

  /** The view of {@code request}. */
  static FakeRequest of(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    List<Map.Entry<String, String>> params = new ArrayList<>();
    for (WireParams.Pair p : WireParams.parse(q < 0 ? "" : target.substring(q + 1))) {
      params.add(Map.entry(p.key(), p.value()));
    }
    String contentType = request.getHeaders().get("Content-Type");
    if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      for (WireParams.Pair p : WireParams.parse(new String(body, StandardCharsets.UTF_8))) {
        params.add(Map.entry(p.key(), p.value()));
      }
    }
    Headers h = request.getHeaders();
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : h.names()) {
      headers.put(name, List.copyOf(h.values(name)));
    }
    return new FakeRequest(request.getMethod(), target, List.copyOf(params),
        Collections.unmodifiableMap(headers), body);
  }

  /**
   * The HTTP method, e.g. {@code GET}.
   * @return the HTTP method, upper case as sent
   */
  public String method() {
    return method;
  }

  /**
   * The path without the query, e.g. {@code /api/v3/depth}.
   * @return the path, still percent-encoded as sent
   */
  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /**
   * The request target as sent, path and raw (still percent-encoded) query.
   * @return the request target, path and raw query
   */
  public String target() {
    return target;
  }

  /**
   * Every parameter, decoded, in wire order: the query's, then a form body's. On a signed Binance
   * route {@code timestamp} and {@code signature} are among them; on a Kraken one {@code nonce}.
    * @return the parameters, decoded, in wire order (unmodifiable)
   */
  public List<Map.Entry<String, String>> params() {
    return params;
  }

  /**
   * The first value of parameter {@code name}, decoded.
   * @param name the parameter name, case-sensitive
   * @return the first decoded value, or empty when the parameter is absent
   */
  public Optional<String> param(String name) {
    for (Map.Entry<String, String> p : params) {
      if (p.getKey().equals(name)) {
        return Optional.of(p.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The first value of header {@code name} (case-insensitive).
   * @param name the header name, any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every header: name (case-insensitive keys) to values in order (unmodifiable).
   * @return the headers, unmodifiable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body bytes as received (a copy; empty when there was no body).
   * @return a copy of the body bytes; empty when there was no body
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   * @return the body decoded as UTF-8
   */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + target;
  }
}
