package dev.signet.binance.wallet;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The filters of {@code GET /sapi/v1/asset/transfer}: the type is required, the rest optional;
 * without a range Binance returns the last 7 days (and nothing older than 6 months). Built with
 * {@link #builder(TransferType)}; immutable.
 *
 * <pre>{@code
 * AssetTransferQuery q = AssetTransferQuery.builder(TransferType.MAIN_UMFUTURE).size(100).build();
 * }</pre>
 *
 * @param type the direction
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param current the page, from 1, or null
 * @param size page size 1..100, or null (Binance's default 10)
 * @param fromSymbol the isolated margin pair the money left, or null
 * @param toSymbol the isolated margin pair the money went to, or null
 */
public record AssetTransferQuery(TransferType type, Instant startTime, Instant endTime, Integer current, Integer size,
    String fromSymbol, String toSymbol) {
  private static final Paging CURRENT = Paging.from("current", 1);
  private static final Paging SIZE = Paging.size("size", 100);

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param type the direction
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param current the page, from 1, or null
   * @param size page size 1..100, or null
   * @param fromSymbol the isolated margin pair the money left, or null
   * @param toSymbol the isolated margin pair the money went to, or null
   */
  public AssetTransferQuery {
    Objects.requireNonNull(type, "type");
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    CURRENT.check(current);
    SIZE.check(size);
    if (type.needsFromSymbol() && fromSymbol == null) {
      throw new IllegalArgumentException("fromSymbol is required for " + type + "; pass the isolated margin symbol.");
    }
    if (type.needsToSymbol() && toSymbol == null) {
      throw new IllegalArgumentException("toSymbol is required for " + type + "; pass the isolated margin symbol.");
    }
    WalletChecks.optional(fromSymbol, "fromSymbol", "the isolated margin symbol, e.g. BTCUSDT");
    WalletChecks.optional(toSymbol, "toSymbol", "the isolated margin symbol, e.g. BTCUSDT");
  }

  /**
   * A new builder for transfers of {@code type}.
   *
   * @param type the direction
   * @return a new builder
   */
  public static Builder builder(TransferType type) {
    return new Builder(type);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.empty().add("type", type))
        .addIfPresent("current", current).addIfPresent("size", size).addIfPresent("fromSymbol", fromSymbol)
        .addIfPresent("toSymbol", toSymbol);
  }

  /** Builds an {@link AssetTransferQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final TransferType type;
    private Integer current;
    private Integer size;
    private String fromSymbol;
    private String toSymbol;

    private Builder(TransferType type) {
      this.type = type;
    }

    /**
     * The page, from 1.
     *
     * @param current the page number
     * @return this builder
     */
    public Builder current(int current) {
      this.current = current;
      return this;
    }

    /**
     * Page size.
     *
     * @param size 1..100
     * @return this builder
     */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /**
     * The isolated margin pair the money left.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return this builder
     */
    public Builder fromSymbol(String symbol) {
      this.fromSymbol = Objects.requireNonNull(symbol, "fromSymbol");
      return this;
    }

    /**
     * The isolated margin pair the money went to.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return this builder
     */
    public Builder toSymbol(String symbol) {
      this.toSymbol = Objects.requireNonNull(symbol, "toSymbol");
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value or combination.
     *
     * @return the query
     */
    public AssetTransferQuery build() {
      return new AssetTransferQuery(type, start(), end(), current, size, fromSymbol, toSymbol);
    }
  }
}
