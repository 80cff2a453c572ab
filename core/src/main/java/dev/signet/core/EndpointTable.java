package dev.signet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The endpoints of one product (Binance Spot, SAPI, USD-M Futures, Kraken), each written once:
 * typed calls use its rows, the escape hatches look their method and path up in it, and the
 * rate limiters read weights from the rows they are given. A method and path it does not know is
 * treated as a {@link Endpoint.Kind#WRITE} (never resent once it may have arrived) costing the
 * table's stated default weight. Immutable and thread-safe.
 *
 * <pre>{@code
 * EndpointTable spot = EndpointTable.builder("Binance Spot", 1)
 *     .add(Endpoint.get("/api/v3/account").signed().weight(20).build())
 *     .build();
 * Endpoint row = spot.resolve("GET", "/api/v3/account", Security.SIGNED);
 * }</pre>
 */
public final class EndpointTable {
  private final String product;
  private final int unknownWeight;
  private final Endpoint.Limit unknownLimit;
  private final Map<String, Endpoint> rows;

  private EndpointTable(String product, int unknownWeight, Endpoint.Limit unknownLimit, Map<String, Endpoint> rows) {
    this.product = product;
    this.unknownWeight = unknownWeight;
    this.unknownLimit = unknownLimit;
    this.rows = rows;
  }

  /**
   * A builder.
   *
   * @param product the product's name, for messages and docs
   * @param unknownWeight the weight charged for a method and path the table does not list
   * @return a builder
   */
  public static Builder builder(String product, int unknownWeight) {
    return new Builder(product, unknownWeight, Endpoint.Limit.IP_WEIGHT);
  }

  /**
   * A builder whose unknown paths count against {@code unknownLimit}.
   *
   * @param product the product's name, for messages and docs
   * @param unknownWeight the weight charged for a method and path the table does not list
   * @param unknownLimit the budget that weight counts against
   * @return a builder whose unknown paths count against {@code unknownLimit}
   */
  public static Builder builder(String product, int unknownWeight, Endpoint.Limit unknownLimit) {
    return new Builder(product, unknownWeight, unknownLimit);
  }

  /**
   * The product's name, e.g. {@code Binance Spot}.
   *
   * @return the product's name, e.g. {@code Binance Spot}
   */
  public String product() {
    return product;
  }

  /**
   * The weight charged for a method and path the table does not list.
   *
   * @return the weight charged for a method and path the table does not list
   */
  public int unknownWeight() {
    return unknownWeight;
  }

  /**
   * The row for {@code method path}, or null when the table does not list it.
   *
   * @param method the HTTP method
   * @param path the request path, starting with {@code /}
   * @return the row for {@code method path}, or null when the table does not list it
   */
  public Endpoint find(String method, String path) {
    return rows.get(key(method, path));
  }

  /**
   * The row an escape-hatch call uses: the table's row for {@code method path} (its weight, kind
   * and limits) with the security the caller asked for; for a path the table does not know, a
   * {@link Endpoint.Kind#WRITE} costing {@link #unknownWeight()}.
   *
   * @param method the HTTP method
   * @param path the request path, starting with {@code /}
   * @param security the security the call requires
   * @return the row an escape-hatch call uses: the table's row for {@code method path} (its weight, kind and limits) with the security the caller asked for; for a path the table does not know, a {@link Endpoint.Kind#WRITE} costing {@link #unknownWeight()}
   */
  public Endpoint resolve(String method, String path, Security security) {
    Endpoint row = find(method, path);
    if (row != null) {
      return row.withSecurity(security);
    }
    return Endpoint.of(method, path).security(security).write().weight(unknownWeight).limit(unknownLimit).build();
  }

  /**
   * Every row, in the order they were added.
   *
   * @return every row, in the order they were added
   */
  public List<Endpoint> rows() {
    return List.copyOf(rows.values());
  }

  /**
   * The table as a Markdown section (a heading, the row count, one line per row: method, path,
   * security, kind, weight, limit, order count with the client-id parameter), for generated docs.
   *
   * @return the Markdown text, ending in a line break
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(product).append("\n\n")
        .append(rows.size()).append(" rows; unknown paths: WRITE, weight ").append(unknownWeight).append(".\n\n")
        .append("| Method | Path | Security | Kind | Weight | Limit | Order count |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Endpoint e : rows.values()) {
      md.append("| ").append(e.method()).append(" | `").append(e.path()).append('`')
          .append(" | ").append(e.security()).append(" | ").append(e.kind()).append(" | ").append(e.weight())
          .append(" | ").append(e.limit()).append(" | ").append(e.orderCount())
          .append(e.clientIdParam() == null ? "" : " (`" + e.clientIdParam() + "`)").append(" |\n");
    }
    return md.toString();
  }

  @Override
  public String toString() {
    return "EndpointTable{" + product + ", " + rows.size() + " rows}";
  }

  private static String key(String method, String path) {
    return method + " " + path;
  }

  /** Collects rows; a method and path added twice is refused. Not thread-safe. */
  public static final class Builder {
    private final String product;
    private final int unknownWeight;
    private final Endpoint.Limit unknownLimit;
    private final Map<String, Endpoint> rows = new LinkedHashMap<>();

    private Builder(String product, int unknownWeight, Endpoint.Limit unknownLimit) {
      this.unknownLimit = Objects.requireNonNull(unknownLimit, "unknownLimit");
      this.product = Objects.requireNonNull(product, "product");
      if (unknownWeight < 0) {
        throw new IllegalArgumentException("unknownWeight must be >= 0, was " + unknownWeight + ".");
      }
      this.unknownWeight = unknownWeight;
    }

    /**
     * Adds a row and returns it, so a table class can keep it as a constant.
     *
     * @param endpoint the row to add
     * @return {@code endpoint} itself
     */
    public Endpoint row(Endpoint endpoint) {
      add(endpoint);
      return endpoint;
    }

    /**
     * Adds a row.
     *
     * @param endpoint the row to add
     * @return this builder, for chaining
     */
    public Builder add(Endpoint endpoint) {
      String key = key(endpoint.method(), endpoint.path());
      if (rows.putIfAbsent(key, endpoint) != null) {
        throw new IllegalArgumentException(product + " lists " + key + " twice.");
      }
      return this;
    }

    /**
     * Adds every row of {@code endpoints}.
     *
     * @param endpoints the rows to add, in order
     * @return this builder, for chaining
     */
    public Builder addAll(List<Endpoint> endpoints) {
      for (Endpoint e : new ArrayList<>(endpoints)) {
        add(e);
      }
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     */
    public EndpointTable build() {
      return new EndpointTable(product, unknownWeight, unknownLimit, Collections.unmodifiableMap(new LinkedHashMap<>(rows)));
    }
  }
}
