package dev.signet.core;

import java.util.Objects;

/**
 * One REST operation: HTTP method, path, {@link Security}, request weight and {@link Kind} (which
 * decides what may be retried).
 *
 * <p>Every request Signet sends carries its endpoint as an OkHttp tag
 * ({@code request.tag(Endpoint.class)}); the interceptors read the security from there, and the
 * rate limiter reads the weight.
 *
 * <pre>{@code
 * Endpoint account = new Endpoint("GET", "/api/v3/account", Security.SIGNED, 20);
 * Endpoint newOrder = new Endpoint("POST", "/api/v3/order", Security.SIGNED, 1, Endpoint.Kind.ORDER);
 * }</pre>
 *
 * @param method HTTP method, upper case ({@code GET}, {@code POST}, {@code PUT}, {@code DELETE})
 * @param path absolute path starting with {@code /}, already in its encoded form
 * @param security what the endpoint needs from the credentials
 * @param weight the request weight the exchange charges (Binance IP weight, Kraken counter cost)
 * @param kind whether the call only reads, changes state, or places/cancels orders
 */
public record Endpoint(String method, String path, Security security, int weight, Kind kind) {
  /** What a call does to the exchange's state; only {@link #READ} calls are retried after they may have arrived. */
  public enum Kind {
    /** Reads only; safe to send again. */
    READ,
    /** Changes state (withdraw, transfer, any unknown private call); never resent once it may have arrived. */
    WRITE,
    /** Places, cancels or amends orders; never resent once it may have arrived, and an unknown outcome is reported with the client order id. */
    ORDER
  }

  /** An endpoint whose kind follows its method: GET reads, anything else writes. */
  public Endpoint(String method, String path, Security security, int weight) {
    this(method, path, security, weight, "GET".equals(method) ? Kind.READ : Kind.WRITE);
  }

  /** Checks the fields; see the record description. */
  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(kind, "kind");
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

  /** True when sending it twice cannot change anything ({@link Kind#READ}). */
  public boolean idempotent() {
    return kind == Kind.READ;
  }

  /** True for methods whose parameters go in the form body rather than the query. */
  public boolean hasBody() {
    return method.equals("POST") || method.equals("PUT");
  }
}
