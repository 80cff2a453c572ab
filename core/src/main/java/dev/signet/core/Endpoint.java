package dev.signet.core;

import java.util.Objects;

/**
 * One REST operation: HTTP method, path, {@link Security} and request weight.
 *
 * <p>Every request Signet sends carries its endpoint as an OkHttp tag
 * ({@code request.tag(Endpoint.class)}); the interceptors read the security from there, and the
 * rate limiter reads the weight.
 *
 * <pre>{@code
 * Endpoint account = new Endpoint("GET", "/api/v3/account", Security.SIGNED, 20);
 * }</pre>
 *
 * @param method HTTP method, upper case ({@code GET}, {@code POST}, {@code PUT}, {@code DELETE})
 * @param path absolute path starting with {@code /}, already in its encoded form
 * @param security what the endpoint needs from the credentials
 * @param weight the request weight the exchange charges (Binance IP weight, Kraken counter cost)
 */
public record Endpoint(String method, String path, Security security, int weight) {
  /** Checks the fields; see the record description. */
  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(security, "security");
    if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT") && !method.equals("DELETE")) {
      throw new IllegalArgumentException(
          "HTTP method '" + method + "' is not one of GET, POST, PUT, DELETE (upper case).");
    }
    if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains(" ")) {
      throw new IllegalArgumentException(
          "Endpoint path '" + path + "' must start with '/' and hold no query, fragment or space,"
              + " e.g. /api/v3/account.");
    }
    if (weight < 0) {
      throw new IllegalArgumentException("Endpoint weight must be >= 0, was " + weight + ".");
    }
  }

  /** True for methods whose parameters go in the form body rather than the query. */
  public boolean hasBody() {
    return method.equals("POST") || method.equals("PUT");
  }
}
