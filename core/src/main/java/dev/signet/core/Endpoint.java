package dev.signet.core;

import dev.signet.core.internal.Checks;
import java.util.Objects;

/**
 * One row of a product's endpoint table: HTTP method, path, {@link Security}, {@link Kind}, the
 * {@link Weight} a call costs and the {@link Limit} it counts against, how many units it adds to
 * the per-account order counters, and the parameter carrying an order's client id. This is the
 * only place a weight, a cost or a kind is written: the executor, the rate limiters, the retry
 * policy and the escape hatches all read it from here.
 *
 * <pre>{@code
 * Endpoint account = Endpoint.get("/api/v3/account").signed().weight(20).build();
 * Endpoint newOrder = Endpoint.post("/api/v3/order").signed().order(1, "newClientOrderId").weight(1).build();
 * Endpoint openOrders = Endpoint.get("/api/v3/openOrders").signed()
 *     .weight(p -> p.containsKey("symbol") ? 6 : 80).build();
 * }</pre>
 *
 * @param method HTTP method, upper case ({@code GET}, {@code POST}, {@code PUT}, {@code DELETE})
 * @param path absolute path starting with {@code /}, already in its encoded form
 * @param security what the endpoint needs from the credentials
 * @param kind whether the call only reads, changes state, or places/cancels orders
 * @param weight the units a call costs against {@code limit}, by its parameters
 * @param limit the budget the weight is counted against
 * @param orderCount units added to the per-account order counters (Binance's ORDERS windows;
 *     for Kraken, above zero when the per-pair trading counter applies); 0 for none
 * @param clientIdParam the parameter that carries a new order's client id ({@code newClientOrderId},
 *     {@code cl_ord_id}), or null when the endpoint has none
 */
public record Endpoint(String method, String path, Security security, Kind kind, Weight weight, Limit limit,
    int orderCount, String clientIdParam) {

  /** What a call does to the exchange's state; only {@link #READ} calls are retried after they may have arrived. */
  public enum Kind {
    /** Reads only; safe to send again. */
    READ,
    /** Changes state (withdraw, transfer, any unknown call); never resent once it may have arrived. */
    WRITE,
    /** Places, cancels or amends orders; never resent once it may have arrived, and an unknown outcome is reported with the client order id. */
    ORDER
  }

  /** The budget an endpoint's weight is counted against. */
  public enum Limit {
    /** Not counted. */
    NONE,
    /** Request weight per IP (Binance REQUEST_WEIGHT on {@code /api} and {@code /fapi}). */
    IP_WEIGHT,
    /** Binance SAPI: the endpoint's own per-IP budget ({@code X-SAPI-USED-IP-WEIGHT-1M}). */
    SAPI_IP_WEIGHT,
    /** Binance SAPI: the endpoint's own per-account budget ({@code X-SAPI-USED-UID-WEIGHT-1M}). */
    SAPI_UID_WEIGHT,
    /** Kraken's per-key REST call counter. */
    CALL_COUNTER
  }

  /**
   * Checks the fields; see the record description.
   *
   * @param method the HTTP method
   * @param path the request path, starting with {@code /}
   * @param security the credentials the call needs
   * @param kind whether the call is a read, a write or an order
   * @param weight the weight of a call, in limit units
   * @param limit the rate limit the weight counts against
   * @param orderCount the number of orders one call places or cancels
   * @param clientIdParam the parameter that carries the client order id, or null
   */
  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(limit, "limit");
    if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT") && !method.equals("DELETE")) {
      throw new IllegalArgumentException(
          "HTTP method '" + method + "' is not one of GET, POST, PUT, DELETE (upper case).");
    }
    if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains(" ")) {
      throw new IllegalArgumentException(
          "Endpoint path '" + path + "' must start with '/' and hold no query, fragment or space,"
              + " e.g. /api/v3/account.");
    }
    if (orderCount < 0) {
      throw new IllegalArgumentException("orderCount must be >= 0, was " + orderCount + ".");
    }
  }

  /**
   * A builder for {@code GET path}: public, a read, weight 1 against {@link Limit#IP_WEIGHT} until told otherwise.
   *
   * @param path the request path, starting with {@code /}
   * @return a builder for {@code GET path}: public, a read, weight 1 against {@link Limit#IP_WEIGHT} until told otherwise
   */
  public static Builder get(String path) {
    return new Builder("GET", path);
  }

  /**
   * A builder for {@code POST path}: public, a write, weight 1 until told otherwise.
   *
   * @param path the request path, starting with {@code /}
   * @return a builder for {@code POST path}: public, a write, weight 1 until told otherwise
   */
  public static Builder post(String path) {
    return new Builder("POST", path);
  }

  /**
   * A builder for {@code PUT path}: public, a write, weight 1 until told otherwise.
   *
   * @param path the request path, starting with {@code /}
   * @return a builder for {@code PUT path}: public, a write, weight 1 until told otherwise
   */
  public static Builder put(String path) {
    return new Builder("PUT", path);
  }

  /**
   * A builder for {@code DELETE path}: public, a write, weight 1 until told otherwise.
   *
   * @param path the request path, starting with {@code /}
   * @return a builder for {@code DELETE path}: public, a write, weight 1 until told otherwise
   */
  public static Builder delete(String path) {
    return new Builder("DELETE", path);
  }

  /**
   * A builder for {@code method path} (upper-case method).
   *
   * @param method the HTTP method
   * @param path the request path, starting with {@code /}
   * @return a builder for {@code method path} (upper-case method)
   */
  public static Builder of(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * The weight of one call with {@code params}.
   *
   * @param params the request parameters
   * @return the weight of one call with {@code params}
   */
  public int weightOf(Params params) {
    return weight.of(params);
  }

  /**
   * True when sending it twice cannot change anything ({@link Kind#READ}).
   *
   * @return {@code true} when sending it twice cannot change anything ({@link Kind#READ})
   */
  public boolean idempotent() {
    return kind == Kind.READ;
  }

  /**
   * True for methods whose parameters go in the form body rather than the query.
   *
   * @return {@code true} for methods whose parameters go in the form body rather than the query
   */
  public boolean hasBody() {
    return method.equals("POST") || method.equals("PUT");
  }

  /**
   * A copy with another security (an escape hatch asked for a signed call on a known path).
   *
   * @param other the security the copy requires
   * @return a copy with another security (an escape hatch asked for a signed call on a known path)
   */
  public Endpoint withSecurity(Security other) {
    return other == security ? this
        : new Endpoint(method, path, other, kind, weight, limit, orderCount, clientIdParam);
  }

  /** {@code GET /api/v3/account}: the method and path. */
  @Override
  public String toString() {
    return method + " " + path;
  }

  /** Builds one {@link Endpoint} row. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String path;
    private Security security = Security.PUBLIC;
    private Kind kind;
    private Weight weight = Weight.fixed(1);
    private Limit limit = Limit.IP_WEIGHT;
    private int orderCount;
    private String clientIdParam;

    private Builder(String method, String path) {
      this.method = method;
      this.path = path;
      this.kind = "GET".equals(method) ? Kind.READ : Kind.WRITE;
    }

    /**
     * Signed (API key and signature).
     *
     * @return this builder, for chaining
     */
    public Builder signed() {
      this.security = Security.SIGNED;
      return this;
    }

    /**
     * API key header only.
     *
     * @return this builder, for chaining
     */
    public Builder apiKey() {
      this.security = Security.API_KEY;
      return this;
    }

    /**
     * The security, as given.
     *
     * @param security the credentials the call needs
     * @return this builder, for chaining
     */
    public Builder security(Security security) {
      this.security = Objects.requireNonNull(security, "security");
      return this;
    }

    /**
     * A read, even though the method is not GET (Kraken's private reads are POSTs).
     *
     * @return this builder, for chaining
     */
    public Builder read() {
      this.kind = Kind.READ;
      return this;
    }

    /**
     * A state change that is not an order.
     *
     * @return this builder, for chaining
     */
    public Builder write() {
      this.kind = Kind.WRITE;
      return this;
    }

    /**
     * A state change that is not an order and carries a client id of the caller's: never resent
     * once it may have arrived, and an unknown outcome is reported naming the id to look it up by
     * ({@link WriteOutcomeUnknownException}).
     *
     * @param clientIdParam the parameter carrying the client id, e.g. {@code withdrawOrderId}
     * @return this builder, for chaining
     */
    public Builder write(String clientIdParam) {
      this.kind = Kind.WRITE;
      this.clientIdParam = Objects.requireNonNull(clientIdParam, "clientIdParam");
      return this;
    }

    /**
     * An order entry or cancel: never resent once it may have arrived.
     *
     * @param orderCount units on the per-account order counters
     * @param clientIdParam the parameter carrying the client order id, or null
     * @return this builder, for chaining
     */
    public Builder order(int orderCount, String clientIdParam) {
      this.kind = Kind.ORDER;
      this.orderCount = orderCount;
      this.clientIdParam = clientIdParam;
      return this;
    }

    /**
     * A fixed weight.
     *
     * @param units the weight of every call, in limit units
     * @return this builder, for chaining
     */
    public Builder weight(int units) {
      this.weight = Weight.fixed(units);
      return this;
    }

    /**
     * A weight by the parameters.
     *
     * @param weight the weight of a call, in limit units
     * @return this builder, for chaining
     */
    public Builder weight(Weight weight) {
      this.weight = Objects.requireNonNull(weight, "weight");
      return this;
    }

    /**
     * The budget the weight counts against (default {@link Limit#IP_WEIGHT}).
     *
     * @param limit the rate limit the weight counts against
     * @return this builder, for chaining
     */
    public Builder limit(Limit limit) {
      this.limit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * The row.
     *
     * @return the row
     */
    public Endpoint build() {
      return new Endpoint(method, path, security, kind, weight, limit, orderCount, clientIdParam);
    }
  }
}
