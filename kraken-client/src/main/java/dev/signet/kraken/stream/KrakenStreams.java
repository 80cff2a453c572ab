package dev.signet.kraken.stream;

import dev.signet.core.Decoder;
import dev.signet.core.internal.stream.StreamConnection;
import dev.signet.core.internal.stream.StreamQueue;
import dev.signet.core.stream.StreamBuilder;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.internal.KrakenStreamProtocol;
import dev.signet.kraken.internal.KrakenStreamToken;
import dev.signet.kraken.trading.WebSocketsToken;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Kraken's WebSocket v2 streams over one connection: public market data ({@code wss://ws.kraken.com/v2}:
 * ticker, trades, candles, books) or private account data ({@code wss://ws-auth.kraken.com/v2}:
 * executions and balances, with a token from {@code GetWebSocketsToken} fetched when a subscription
 * needs one, again a minute before it expires and on every new connection). Subscriptions are added
 * and closed at run time, each a bounded queue of events and gaps ({@link Subscription}); the
 * connection reconnects with backoff and jitter and subscribes everything again. Trades are
 * sequenced by trade id, so the trades a resubscription repeats are dropped. Thread-safe; close it to stop.
 *
 * <pre>{@code
 * try (KrakenStreams streams = KrakenStreams.publicStreams().build()) {
 *   KrakenBookStream btc = streams.localBook("BTC/USD", 10, BookChecksum.withPrecision(1, 8));
 *   StreamItem<BookMessage> item = btc.take();
 * }
 * }</pre>
 */
public final class KrakenStreams implements AutoCloseable {
  private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9.]{1,24}/[A-Za-z0-9.]{1,24}");
  private static final Set<Integer> INTERVALS = Set.of(1, 5, 15, 30, 60, 240, 1440, 10080, 21600);

  private final boolean authenticated;
  private final KrakenStreamProtocol protocol;
  private final StreamConnection connection;

  private KrakenStreams(Builder b, HttpUrl base, OkHttpClient http, StreamOptions options, Clock clock) {
    this.authenticated = b.tokens != null;
    this.protocol = new KrakenStreamProtocol(authenticated ? new KrakenStreamToken(b.tokens, clock) : null);
    HttpUrl url = base.newBuilder().addPathSegment("v2").build();
    this.connection = new StreamConnection(http, new Request.Builder().url(url).build(),
        protocol, options, clock, authenticated ? "Kraken private streams" : "Kraken public streams");
  }

  /**
   * A builder for public market data ({@code wss://ws.kraken.com/v2}).
   *
   * @return a new builder
   */
  public static Builder publicStreams() {
    return new Builder("wss://ws.kraken.com", null);
  }

  /**
   * A builder for private account data ({@code wss://ws-auth.kraken.com/v2}), tokens from the client's
   * {@code GetWebSocketsToken}.
   *
   * @param client a client with an API key allowed "Access WebSockets API"
   * @return a new builder
   */
  public static Builder privateStreams(KrakenClient client) {
    Objects.requireNonNull(client, "client");
    return privateStreams(() -> client.trading().webSocketsToken());
  }

  /**
   * A builder for private account data, tokens from {@code tokens}.
   *
   * @param tokens fetches a new token (called when a subscribe message needs one: on the connection's
   *     thread when it opens, on the caller's when a private channel is subscribed at run time; what it
   *     throws there reaches the caller)
   * @return a new builder
   */
  public static Builder privateStreams(Supplier<WebSocketsToken> tokens) {
    return new Builder("wss://ws-auth.kraken.com", Objects.requireNonNull(tokens, "tokens"));
  }

  /**
   * Level 1 data of one pair ({@code ticker}), on every trade.
   *
   * @param symbol e.g. {@code BTC/USD}
   * @return the subscription (not sequenced: each event replaces the last)
   */
  public Subscription<KrakenTicker> ticker(String symbol) {
    return open("ticker:" + symbol(symbol), KrakenTicker.class);
  }

  /**
   * The trades of one pair ({@code trade}), each its own event.
   *
   * @param symbol e.g. {@code BTC/USD}
   * @return the subscription, sequenced by trade id: a repeated trade is dropped, skipped ids are a
   *     {@link dev.signet.core.stream.StreamItem.Reason#OUT_OF_SYNC} gap naming them
   */
  public Subscription<KrakenTrade> trades(String symbol) {
    requirePublic("trades");
    return connection.subscribe("trade:" + symbol(symbol), Decoder.of(KrakenTrade.class),
        StreamQueue.contiguous(KrakenTrade::tradeId));
  }

  /**
   * The running candle of one pair ({@code ohlc}).
   *
   * @param symbol e.g. {@code BTC/USD}
   * @param interval minutes: 1, 5, 15, 30, 60, 240, 1440, 10080 or 21600
   * @return the subscription (not sequenced)
   */
  public Subscription<KrakenCandle> ohlc(String symbol, int interval) {
    if (!INTERVALS.contains(interval)) {
      throw new IllegalArgumentException("interval " + interval + " is not a Kraken ohlc interval: use 1, 5, 15, 30, "
          + "60, 240, 1440, 10080 or 21600 (minutes)");
    }
    return open("ohlc:" + symbol(symbol) + ":" + interval, KrakenCandle.class);
  }

  /**
   * The book frames of one pair ({@code book}), a snapshot then updates, not checked; see
   * {@link #localBook} for a book kept and verified.
   *
   * @param symbol e.g. {@code BTC/USD}
   * @param depth 10, 25, 100, 500 or 1000
   * @return the subscription
   */
  public Subscription<BookMessage> book(String symbol, int depth) {
    String pair = symbol(symbol);
    if (!KrakenBook.DEPTHS.contains(depth)) {
      throw new IllegalArgumentException("depth " + depth + " is not one Kraken subscribes to: use 10, 25, 100, 500 or 1000");
    }
    requirePublic("book");
    protocol.bookDepth(pair, depth);
    return connection.subscribe("book:" + pair, Decoder.of(BookMessage.class), null);
  }

  /**
   * A local book of one pair, checked against every frame's checksum and rebuilt from a new snapshot
   * when one does not match.
   *
   * @param symbol e.g. {@code BTC/USD}
   * @param depth 10, 25, 100, 500 or 1000
   * @param checksum how the pair's values are written for the checksum (its price and lot decimals)
   * @return the subscription with its book
   */
  public KrakenBookStream localBook(String symbol, int depth, BookChecksum checksum) {
    KrakenBook book = KrakenBook.of(symbol(symbol), depth, Objects.requireNonNull(checksum, "checksum"));
    Subscription<BookMessage> frames = book(symbol, depth);
    return new KrakenBookStream(frames, book, () -> connection.resubscribe(frames.stream()));
  }

  /**
   * The account's order status changes and fills ({@code executions}, private), with Kraken's default options.
   *
   * @return the subscription, one frame per event; a skipped {@code sequence} is an
   *     {@link dev.signet.core.stream.StreamItem.Reason#OUT_OF_SYNC} gap and a new subscription (snapshot)
   */
  public Subscription<ExecutionsMessage> executions() {
    return executions(ExecutionsOptions.defaults());
  }

  /**
   * The account's order status changes and fills ({@code executions}, private), subscribed with
   * {@code options} (sent again on every reconnection, so {@code snap_orders} brings the open orders back).
   *
   * @param options {@code snap_trades}, {@code snap_orders}, {@code order_status}, {@code ratecounter}
   * @return the subscription, one frame per event
   */
  public Subscription<ExecutionsMessage> executions(ExecutionsOptions options) {
    Objects.requireNonNull(options, "options");
    if (!authenticated) {
      throw new IllegalStateException("executions is a private channel: build with KrakenStreams.privateStreams(client)");
    }
    protocol.channelOptions("executions", options.params());
    return sequenced(open("executions", ExecutionsMessage.class), ExecutionsMessage::sequence);
  }

  /**
   * The trading engine's status ({@code status}), on public and private streams alike: Kraken sends one
   * on every connection and one whenever the status changes; nothing is sent to subscribe. Subscribe it
   * before the first other stream to see the first connection's status (a connection already open has sent
   * its own); every reconnection sends a new one after the subscription's gap.
   *
   * @return the subscription, one event per status element
   */
  public Subscription<SystemStatusEvent> status() {
    return connection.subscribe(KrakenStreamProtocol.STATUS, Decoder.of(SystemStatusEvent.class), null);
  }

  /**
   * The account's balances and ledger transactions ({@code balances}, private).
   *
   * @return the subscription, one frame per event; a skipped {@code sequence} is an
   *     {@link dev.signet.core.stream.StreamItem.Reason#OUT_OF_SYNC} gap and a new subscription (snapshot)
   */
  public Subscription<BalancesMessage> balances() {
    return sequenced(open("balances", BalancesMessage.class), BalancesMessage::sequence);
  }

  /** Closes the connection and every subscription. */
  @Override
  public void close() {
    connection.close();
  }

  @Override
  public String toString() {
    return "KrakenStreams{" + connection + "}";
  }

  private <T> Subscription<T> open(String stream, Class<T> type) {
    boolean privateChannel = stream.indexOf(':') < 0;
    if (privateChannel && !authenticated) {
      throw new IllegalStateException(stream + " is a private channel: build with KrakenStreams.privateStreams(client)");
    }
    if (!privateChannel) {
      requirePublic(stream.substring(0, stream.indexOf(':')));
    }
    return connection.subscribe(stream, Decoder.of(type), null);
  }

  private <T> Subscription<T> sequenced(Subscription<T> frames, Function<T, Long> sequence) {
    return new SequencedChannel<>(frames, sequence, () -> connection.resubscribe(frames.stream()));
  }

  private void requirePublic(String channel) {
    if (authenticated) {
      throw new IllegalStateException(channel + " is public market data: build with KrakenStreams.publicStreams()");
    }
  }

  private static String symbol(String symbol) {
    if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException("symbol '" + symbol + "' is not a WebSocket v2 pair: BASE/QUOTE, e.g. BTC/USD");
    }
    return symbol;
  }

  /**
   * Builds {@link KrakenStreams}: {@code /v2} is added to the {@link #baseUrl(String) host}, and the
   * {@link #clock(java.time.Clock) clock} times the token's expiry, e.g.
   * {@code KrakenStreams.publicStreams().baseUrl("wss://beta-ws.kraken.com").build()}.
   */
  public static final class Builder extends StreamBuilder<Builder> {
    private final Supplier<WebSocketsToken> tokens;

    private Builder(String baseUrl, Supplier<WebSocketsToken> tokens) {
      super(baseUrl);
      this.tokens = tokens;
    }

    /**
     * The streams, not yet connected: the first subscription connects.
     *
     * @return the streams
     */
    public KrakenStreams build() {
      return new KrakenStreams(this, baseUrl(), okHttpClient(), options(), clock());
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
