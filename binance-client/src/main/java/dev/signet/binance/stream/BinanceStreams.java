package dev.signet.binance.stream;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.internal.BinanceStreamConnections;
import dev.signet.binance.internal.BinanceStreamNames;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.WindowSize;
import dev.signet.core.Decoder;
import dev.signet.core.stream.StreamBuilder;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Binance's public market streams over one combined-stream WebSocket ({@code /stream}), Spot or
 * USD-M: typed subscriptions that can be added and closed at run time, each a bounded queue of
 * events and gaps ({@link Subscription}). The connection reconnects with backoff and resubscribes
 * everything; it is replaced before Binance's 24-hour cut, the new one subscribing before the old
 * one closes; sequenced streams (trades, aggregate trades, depth diffs, book tickers) drop the
 * duplicates of that overlap. Control messages are paced under Binance's 5 a second and a
 * connection carries at most 1,024 streams. USD-M streams go to the route Binance serves them on
 * since its 2026-04-23 split ({@code /public/stream} for depth and book tickers,
 * {@code /market/stream} for the rest; see {@link FuturesStreamRoute}), one connection per route.
 * Thread-safe; close it to stop.
 *
 * <pre>{@code
 * try (BinanceStreams streams = BinanceStreams.spot().build()) {
 *   Subscription<TradeEvent> trades = streams.trades("BTCUSDT");
 *   StreamItem<TradeEvent> item = trades.take();
 * }
 * }</pre>
 */
public final class BinanceStreams implements AutoCloseable {
  private final boolean futures;
  private final BinanceStreamConnections connections;

  private BinanceStreams(Builder b, HttpUrl base, OkHttpClient http, StreamOptions options, Clock clock) {
    this.futures = b.futures;
    this.connections = futures ? BinanceStreamConnections.futures(http, base, options, clock)
        : BinanceStreamConnections.spot(http, base, options, clock);
  }

  /**
   * A builder for Spot streams ({@code wss://stream.binance.com:9443}).
   *
   * @return a new builder
   */
  public static Builder spot() {
    return new Builder(false, "wss://stream.binance.com:9443");
  }

  /**
   * A builder for USD-M Futures streams ({@code wss://fstream.binance.com}).
   *
   * @return a new builder
   */
  public static Builder futures() {
    return new Builder(true, "wss://fstream.binance.com");
  }

  /**
   * Trades ({@code <symbol>@trade}, Spot).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription, sequenced by trade id
   */
  public Subscription<TradeEvent> trades(String symbol) {
    requireSpot("trades", "aggTrades");
    return subscribe(BinanceStreamNames.of(symbol, "@trade"), TradeEvent.class, TradeEvent::tradeId);
  }

  /**
   * Aggregate trades ({@code <symbol>@aggTrade}).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription, sequenced by aggregate trade id
   */
  public Subscription<AggTradeEvent> aggTrades(String symbol) {
    return subscribe(BinanceStreamNames.of(symbol, "@aggTrade"), AggTradeEvent.class, AggTradeEvent::aggregateTradeId);
  }

  /**
   * Depth diffs every 100 ms ({@code <symbol>@depth@100ms}), for a {@link DepthBook}.
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription, sequenced by final update id
   */
  public Subscription<DepthUpdate> depth(String symbol) {
    return subscribe(BinanceStreamNames.of(symbol, "@depth@100ms"), DepthUpdate.class, DepthUpdate::finalUpdateId);
  }

  /**
   * A local book of {@code symbol} kept from {@link #depth} with snapshots from {@code client}'s REST
   * depth ({@code GET /api/v3/depth?limit=5000}, weight 250; USD-M {@code /fapi/v1/depth?limit=1000}, weight 20).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param client the client whose product matches these streams'
   * @return the book's subscription
   */
  public BinanceBookStream localBook(String symbol, BinanceClient client) {
    Objects.requireNonNull(client, "client");
    return localBook(symbol, futures ? book -> book.onSnapshot(client.futures().market().depth(symbol, 1000))
        : book -> book.onSnapshot(client.spot().market().depth(symbol, 5000)));
  }

  /**
   * A local book of {@code symbol} kept from {@link #depth}, joined to the snapshots {@code snapshots} fetches.
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param snapshots fetches a depth snapshot and joins it, e.g. {@code book -> book.onSnapshot(...)}
   * @return the book's subscription
   */
  public BinanceBookStream localBook(String symbol, BinanceBookStream.SnapshotSource snapshots) {
    Objects.requireNonNull(snapshots, "snapshots");
    return BinanceBookStream.of(depth(symbol), symbol, futures, connections.options(), snapshots);
  }

  /**
   * The top {@code levels} of the book every 100 ms ({@code <symbol>@depth<levels>@100ms}, Spot).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param levels 5, 10 or 20
   * @return the subscription, sequenced by update id
   */
  public Subscription<PartialDepth> partialDepth(String symbol, int levels) {
    requireSpot("partialDepth", "depth");
    if (levels != 5 && levels != 10 && levels != 20) {
      throw new IllegalArgumentException("levels must be 5, 10 or 20, got " + levels);
    }
    return subscribe(BinanceStreamNames.of(symbol, "@depth" + levels + "@100ms"), PartialDepth.class, PartialDepth::lastUpdateId);
  }

  /**
   * The best bid and ask on every change ({@code <symbol>@bookTicker}).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription, sequenced by update id
   */
  public Subscription<BookTickerEvent> bookTicker(String symbol) {
    return subscribe(BinanceStreamNames.of(symbol, "@bookTicker"), BookTickerEvent.class, BookTickerEvent::updateId);
  }

  /**
   * The current candle ({@code <symbol>@kline_<interval>}).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param interval e.g. {@link Interval#ONE_MINUTE}
   * @return the subscription (not sequenced: each event replaces the last)
   */
  public Subscription<KlineEvent> klines(String symbol, Interval interval) {
    Objects.requireNonNull(interval, "interval");
    return subscribe(BinanceStreamNames.of(symbol, "@kline_" + interval.wireValue()), KlineEvent.class, null);
  }

  /**
   * The mark price and funding rate ({@code <symbol>@markPrice} or {@code @markPrice@1s}, USD-M).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param everySecond every second rather than every 3 seconds
   * @return the subscription (not sequenced)
   */
  public Subscription<MarkPriceEvent> markPrice(String symbol, boolean everySecond) {
    requireFutures("markPrice");
    return subscribe(BinanceStreamNames.of(symbol, everySecond ? "@markPrice@1s" : "@markPrice"), MarkPriceEvent.class, null);
  }

  /**
   * The 24-hour mini ticker of one symbol, every second ({@code <symbol>@miniTicker}).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription (not sequenced: each event replaces the last)
   */
  public Subscription<MiniTickerEvent> miniTicker(String symbol) {
    return subscribe(BinanceStreamNames.of(symbol, "@miniTicker"), MiniTickerEvent.class, null);
  }

  /**
   * The mini tickers of every symbol that changed in the last second ({@code !miniTicker@arr}).
   *
   * @return the subscription, one list per push
   */
  public Subscription<List<MiniTickerEvent>> allMiniTickers() {
    return connections.subscribe("!miniTicker@arr", Decoder.listOf(MiniTickerEvent.class), null);
  }

  /**
   * The 24-hour ticker of one symbol, every second ({@code <symbol>@ticker}).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription (not sequenced: each event replaces the last)
   */
  public Subscription<TickerEvent> ticker(String symbol) {
    return subscribe(BinanceStreamNames.of(symbol, "@ticker"), TickerEvent.class, null);
  }

  /**
   * The tickers of every symbol that changed in the last second ({@code !ticker@arr}).
   *
   * @return the subscription, one list per push
   */
  public Subscription<List<TickerEvent>> allTickers() {
    return connections.subscribe("!ticker@arr", Decoder.listOf(TickerEvent.class), null);
  }

  /**
   * The average price of one symbol, every second ({@code <symbol>@avgPrice}, Spot).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription (not sequenced: each event replaces the last)
   */
  public Subscription<AvgPriceEvent> avgPrice(String symbol) {
    requireSpot("avgPrice", "markPrice");
    return subscribe(BinanceStreamNames.of(symbol, "@avgPrice"), AvgPriceEvent.class, null);
  }

  /**
   * A rolling-window ticker of one symbol, every second ({@code <symbol>@ticker_<window>}, Spot).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param window {@code WindowSize.hours(1)}, {@code hours(4)} or {@code days(1)}: the stream's windows
   * @return the subscription (not sequenced: each event replaces the last)
   */
  public Subscription<WindowTickerEvent> windowTicker(String symbol, WindowSize window) {
    requireSpot("windowTicker", "ticker");
    return subscribe(BinanceStreamNames.of(symbol, "@ticker_" + BinanceStreamNames.window(window)), WindowTickerEvent.class, null);
  }

  /**
   * The rolling-window tickers of every symbol that changed in the last second
   * ({@code !ticker_<window>@arr}, Spot).
   *
   * @param window {@code WindowSize.hours(1)}, {@code hours(4)} or {@code days(1)}
   * @return the subscription, one list per push
   */
  public Subscription<List<WindowTickerEvent>> allWindowTickers(WindowSize window) {
    requireSpot("allWindowTickers", "allTickers");
    return connections.subscribe("!ticker_" + BinanceStreamNames.window(window) + "@arr", Decoder.listOf(WindowTickerEvent.class),
        null);
  }

  /**
   * The mark prices and funding rates of every symbol ({@code !markPrice@arr} or {@code !markPrice@arr@1s}, USD-M).
   *
   * @param everySecond every second rather than every 3 seconds
   * @return the subscription, one list per push
   */
  public Subscription<List<MarkPriceEvent>> allMarkPrices(boolean everySecond) {
    requireFutures("allMarkPrices");
    return connections.subscribe(everySecond ? "!markPrice@arr@1s" : "!markPrice@arr",
        Decoder.listOf(MarkPriceEvent.class), null);
  }

  /**
   * The latest forced liquidation of one symbol each second, when there was one ({@code <symbol>@forceOrder}, USD-M).
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @return the subscription (not sequenced)
   */
  public Subscription<LiquidationEvent> liquidations(String symbol) {
    requireFutures("liquidations");
    return subscribe(BinanceStreamNames.of(symbol, "@forceOrder"), LiquidationEvent.class, null);
  }

  /**
   * The forced liquidations of every symbol ({@code !forceOrder@arr}, USD-M): one event per push, the
   * latest liquidation of a symbol each second.
   *
   * @return the subscription (not sequenced)
   */
  public Subscription<LiquidationEvent> allLiquidations() {
    requireFutures("allLiquidations");
    return subscribe("!forceOrder@arr", LiquidationEvent.class, null);
  }

  /**
   * Any stream by name, decoded with {@code decoder}: the escape hatch for streams not typed here. On
   * USD-M a stream whose route Signet does not know is refused (name its route with
   * {@link #subscribe(FuturesStreamRoute, String, Decoder, ToLongFunction)}).
   *
   * @param <T> the event type
   * @param stream the stream's name as Binance spells it (e.g. {@code !miniTicker@arr})
   * @param decoder the payload's decoder
   * @param sequence the event's sequence number, or null when it has none
   * @return the subscription
   */
  public <T> Subscription<T> subscribe(String stream, Decoder<T> decoder, ToLongFunction<T> sequence) {
    return connections.subscribe(BinanceStreamNames.check(stream), Objects.requireNonNull(decoder, "decoder"), sequence);
  }

  /**
   * Any USD-M stream by name on a named route: for streams not typed here whose route Signet does not
   * know (the one-route {@link #subscribe(String, Decoder, ToLongFunction)} refuses those rather than
   * guess, since Binance sends nothing on the wrong route).
   *
   * @param <T> the event type
   * @param route where Binance serves the stream
   * @param stream the stream's name as Binance spells it
   * @param decoder the payload's decoder
   * @param sequence the event's sequence number, or null when it has none
   * @return the subscription
   */
  public <T> Subscription<T> subscribe(FuturesStreamRoute route, String stream, Decoder<T> decoder,
      ToLongFunction<T> sequence) {
    return connections.subscribe(Objects.requireNonNull(route, "route"), BinanceStreamNames.check(stream),
        Objects.requireNonNull(decoder, "decoder"), sequence);
  }

  /** Closes the connections and every subscription. */
  @Override
  public void close() {
    connections.close();
  }

  @Override
  public String toString() {
    return "BinanceStreams{" + connections + "}";
  }

  private <T> Subscription<T> subscribe(String stream, Class<T> type, ToLongFunction<T> sequence) {
    return connections.subscribe(stream, Decoder.of(type), sequence);
  }

  private void requireSpot(String method, String instead) {
    if (futures) {
      throw new IllegalStateException(method + " is a Spot stream; on USD-M use " + instead);
    }
  }

  private void requireFutures(String method) {
    if (!futures) {
      throw new IllegalStateException(method + " is a USD-M stream: build with BinanceStreams.futures()");
    }
  }

  /**
   * Builds {@link BinanceStreams}: {@code /stream} (Spot) or {@code /public/stream} and
   * {@code /market/stream} (USD-M) are added to the {@link #baseUrl(String) host}, e.g.
   * {@code BinanceStreams.spot().baseUrl("wss://stream.testnet.binance.vision").build()}.
   */
  public static final class Builder extends StreamBuilder<Builder> {
    private final boolean futures;

    private Builder(boolean futures, String baseUrl) {
      super(baseUrl);
      this.futures = futures;
    }

    /**
     * The streams, not yet connected: the first subscription connects.
     *
     * @return the streams
     */
    public BinanceStreams build() {
      return new BinanceStreams(this, baseUrl(), okHttpClient(), options(), clock());
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
