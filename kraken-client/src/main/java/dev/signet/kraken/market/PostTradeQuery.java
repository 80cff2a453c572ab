package dev.signet.kraken.market;

import dev.signet.core.Params;
import dev.signet.kraken.internal.MarketChecks;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The parameters of {@code GET /0/public/PostTrade}: the symbol (all when none), the window
 * ({@code from_ts} exclusive, {@code to_ts} inclusive, ISO 8601) and how many trades (1 to 1000).
 * To page, pass the previous answer's {@link PostTrades#lastTs()} as {@code fromTs}. Immutable.
 *
 * <pre>{@code
 * PostTradeQuery q = PostTradeQuery.builder().symbol("BTC/USD").fromTs("2025-06-30T14:00:00Z").count(100).build();
 * }</pre>
 */
public final class PostTradeQuery {
  private final String symbol;
  private final String fromTs;
  private final String toTs;
  private final Integer count;

  private PostTradeQuery(Builder b) {
    this.symbol = b.symbol;
    this.fromTs = b.fromTs;
    this.toTs = b.toTs;
    this.count = b.count;
  }

  /**
   * A builder for every symbol, Kraken's default window and count.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The query parameters in order: {@code symbol}, {@code from_ts}, {@code to_ts}, {@code count}.
   *
   * @return the parameters, a new list each call
   */
  public Params toParams() {
    return Params.empty().addIfPresent("symbol", symbol).addIfPresent("from_ts", fromTs).addIfPresent("to_ts", toTs)
        .addIfPresent("count", count);
  }

  @Override
  public String toString() {
    return "PostTradeQuery" + toParams();
  }

  /** Builds a {@link PostTradeQuery}. Not thread-safe. */
  public static final class Builder {
    private String symbol;
    private String fromTs;
    private String toTs;
    private Integer count;

    private Builder() {}

    /**
     * The symbol, e.g. {@code BTC/USD} (3 to 32 characters).
     *
     * @param symbol the symbol
     * @return this builder
     * @throws IllegalArgumentException when it is shorter than 3 or longer than 32 characters
     */
    public Builder symbol(String symbol) {
      if (symbol == null || symbol.length() < 3 || symbol.length() > 32) {
        throw new IllegalArgumentException("symbol must be 3 to 32 characters, e.g. BTC/USD; got " + symbol + ".");
      }
      this.symbol = symbol;
      return this;
    }

    /**
     * Trades after this time (exclusive), ISO 8601 as Kraken sends {@code last_ts}; sent as given.
     *
     * @param fromTs e.g. {@code 2025-06-30T14:00:00.123456Z}
     * @return this builder
     * @throws IllegalArgumentException when it is not an ISO 8601 instant
     */
    public Builder fromTs(String fromTs) {
      this.fromTs = iso(fromTs, "from_ts");
      return this;
    }

    /**
     * Trades after this time (exclusive).
     *
     * @param fromTs the start, exclusive
     * @return this builder
     */
    public Builder fromTs(Instant fromTs) {
      this.fromTs = fromTs.toString();
      return this;
    }

    /**
     * Trades up to this time (inclusive), ISO 8601; sent as given.
     *
     * @param toTs e.g. {@code 2025-06-30T15:00:00Z}
     * @return this builder
     * @throws IllegalArgumentException when it is not an ISO 8601 instant
     */
    public Builder toTs(String toTs) {
      this.toTs = iso(toTs, "to_ts");
      return this;
    }

    /**
     * Trades up to this time (inclusive).
     *
     * @param toTs the end, inclusive
     * @return this builder
     */
    public Builder toTs(Instant toTs) {
      this.toTs = toTs.toString();
      return this;
    }

    /**
     * At most this many trades (1 to 1000; Kraken's default 1000).
     *
     * @param count 1 to 1000
     * @return this builder
     * @throws IllegalArgumentException when it is outside 1 to 1000
     */
    public Builder count(int count) {
      this.count = MarketChecks.range(count, 1, 1000, "count");
      return this;
    }

    /**
     * The query.
     *
     * @return the immutable query
     */
    public PostTradeQuery build() {
      return new PostTradeQuery(this);
    }

    private static String iso(String value, String parameter) {
      try {
        Instant.parse(value);
        return value;
      } catch (NullPointerException | DateTimeParseException e) {
        throw new IllegalArgumentException(parameter + " must be an ISO 8601 instant such as 2025-06-30T14:00:00Z; got "
            + value + ".");
      }
    }
  }
}
