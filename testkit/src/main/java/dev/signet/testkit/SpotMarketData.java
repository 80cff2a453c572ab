package dev.signet.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The market data {@link FakeBinance} serves besides its markets' prices: order books, trades and
 * klines per symbol. Tickers, aggregate trades and the average price are derived from these and the
 * markets' prices. Immutable once built.
 *
 * <pre>{@code
 * SpotMarketData data = SpotMarketData.builder()
 *     .book("BTCUSDT", List.of(new SpotMarketData.Level(new BigDecimal("39999"), BigDecimal.ONE)),
 *         List.of(new SpotMarketData.Level(new BigDecimal("40001"), BigDecimal.ONE)))
 *     .trade("BTCUSDT", new SpotMarketData.Trade(1, new BigDecimal("40000"), BigDecimal.ONE, Instant.EPOCH, true))
 *     .candle("BTCUSDT", "1h", new SpotMarketData.Candle(Instant.EPOCH, Instant.EPOCH.plusSeconds(3599),
 *         new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("1"), new BigDecimal("2"), BigDecimal.TEN, 3))
 *     .build();
 * FakeBinance fake = FakeBinance.builder().market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).marketData(data).build();
 * }</pre>
 */
public final class SpotMarketData {
  /**
   * One order-book level.
   *
   * <p>Example: {@code new Level(new BigDecimal("40001"), new BigDecimal("0.5"))}
   *
   * @param price the price
   * @param qty the quantity at that price
   */
  public record Level(BigDecimal price, BigDecimal qty) {
    /**
     * Checks both are present.
     * @param price the price
     * @param qty the quantity at that price
     */
    public Level {
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(qty, "qty");
    }
  }

  /**
   * One trade, served by {@code trades}, {@code historicalTrades} and (one aggregate each) {@code aggTrades}.
   *
   * <p>Example: {@code new Trade(1, new BigDecimal("40000"), BigDecimal.ONE, Instant.EPOCH, true)}
   *
   * @param id the trade id
   * @param price the price
   * @param qty the quantity
   * @param time when it traded
   * @param buyerMaker whether the buyer was the maker
   */
  public record Trade(long id, BigDecimal price, BigDecimal qty, Instant time, boolean buyerMaker) {
    /**
     * Checks the fields are present.
     * @param id the trade id
     * @param price the price
     * @param qty the quantity
     * @param time when it traded
     * @param buyerMaker whether the buyer was the maker
     */
    public Trade {
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(qty, "qty");
      Objects.requireNonNull(time, "time");
    }
  }

  /**
   * One kline; its quote volume is served as {@code volume * close} and its taker volumes as 0.
   *
   * <p>Example: {@code new Candle(open, open.plusSeconds(3599), o, h, l, c, volume, 42)}
   *
   * @param openTime when it opens
   * @param closeTime when it closes
   * @param open the open price
   * @param high the high price
   * @param low the low price
   * @param close the close price
   * @param volume the base volume
   * @param trades the number of trades
   */
  public record Candle(Instant openTime, Instant closeTime, BigDecimal open, BigDecimal high, BigDecimal low,
      BigDecimal close, BigDecimal volume, long trades) {
    /**
     * Checks the fields are present.
     * @param openTime when it opens
     * @param closeTime when it closes
     * @param open the open price
     * @param high the high price
     * @param low the low price
     * @param close the close price
     * @param volume the base volume
     * @param trades the number of trades
     */
    public Candle {
      Objects.requireNonNull(openTime, "openTime");
      Objects.requireNonNull(closeTime, "closeTime");
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(close, "close");
      Objects.requireNonNull(volume, "volume");
    }
  }

  final Map<String, List<Level>> bids;
  final Map<String, List<Level>> asks;
  final Map<String, List<Trade>> trades;
  final Map<String, List<Candle>> candles;

  private SpotMarketData(Builder b) {
    bids = Map.copyOf(b.bids);
    asks = Map.copyOf(b.asks);
    trades = copy(b.trades);
    candles = copy(b.candles);
  }

  /**
   * No books, trades or klines.
   * @return empty market data
   */
  public static SpotMarketData empty() {
    return builder().build();
  }

  /**
   * A new builder.
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static <T> Map<String, List<T>> copy(Map<String, List<T>> in) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** Collects the data; not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Level>> bids = new LinkedHashMap<>();
    private final Map<String, List<Level>> asks = new LinkedHashMap<>();
    private final Map<String, List<Trade>> trades = new LinkedHashMap<>();
    private final Map<String, List<Candle>> candles = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The order book of {@code symbol}, best levels first.
     * @param symbol the symbol
     * @param bids bids, highest price first
     * @param asks asks, lowest price first
     * @return this builder
     */
    public Builder book(String symbol, List<Level> bids, List<Level> asks) {
      this.bids.put(symbol, List.copyOf(bids));
      this.asks.put(symbol, List.copyOf(asks));
      return this;
    }

    /**
     * Adds a trade of {@code symbol} (add them oldest first).
     * @param symbol the symbol
     * @param trade the trade
     * @return this builder
     */
    public Builder trade(String symbol, Trade trade) {
      trades.computeIfAbsent(symbol, s -> new ArrayList<>()).add(Objects.requireNonNull(trade, "trade"));
      return this;
    }

    /**
     * Adds a kline of {@code symbol} at {@code interval} (e.g. {@code 1h}; add them oldest first).
     * @param symbol the symbol
     * @param interval the interval's wire value
     * @param candle the kline
     * @return this builder
     */
    public Builder candle(String symbol, String interval, Candle candle) {
      candles.computeIfAbsent(symbol + " " + interval, s -> new ArrayList<>()).add(Objects.requireNonNull(candle, "candle"));
      return this;
    }

    /**
     * The data.
     * @return the immutable data
     */
    public SpotMarketData build() {
      return new SpotMarketData(this);
    }
  }
}
