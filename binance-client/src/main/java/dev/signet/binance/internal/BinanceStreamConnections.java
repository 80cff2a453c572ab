package dev.signet.binance.internal;

import dev.signet.binance.stream.FuturesStreamRoute;
import dev.signet.core.Decoder;
import dev.signet.core.internal.stream.StreamConnection;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The combined-stream connections behind {@code BinanceStreams}: one {@code /stream} for Spot; for
 * USD-M one per route ({@code /public/stream}, {@code /market/stream}), each stream placed on the
 * route Binance serves it on. A USD-M stream whose route is not known is refused rather than
 * guessed: on the wrong route Binance accepts the subscription and sends nothing. Connections open
 * on their first subscription. Not API.
 *
 * <pre>{@code
 * BinanceStreamConnections c = BinanceStreamConnections.futures(http, url, options, clock);
 * Subscription<MarkPriceEvent> mark = c.subscribe("btcusdt@markPrice", Decoder.of(MarkPriceEvent.class), null);
 * }</pre>
 */
public final class BinanceStreamConnections implements AutoCloseable {
  /**
   * The USD-M streams on {@code /public}, per Binance's "Important WebSocket Change Notice"
   * (usds-margined-futures websocket-market-streams, 2026): depth and book tickers.
   */
  private static final Pattern PUBLIC = Pattern.compile("[a-z0-9_]+@depth(5|10|20)?(@(100|250|500)ms)?"
      + "|[a-z0-9_]+@bookTicker|!bookTicker");
  /** The USD-M streams on {@code /market}, per the same notice. */
  private static final Pattern MARKET = Pattern.compile("[a-z0-9_]+@(aggTrade|markPrice(@1s)?|forceOrder|kline_\\w+"
      + "|continuousKline_\\w+|miniTicker|ticker|compositeIndex|assetIndex)"
      + "|!(markPrice@arr(@1s)?|forceOrder@arr|miniTicker@arr|ticker@arr|contractInfo|assetIndex@arr)");

  private final StreamConnection spot;
  private final Map<FuturesStreamRoute, StreamConnection> futures;
  private final StreamOptions options;

  private BinanceStreamConnections(StreamConnection spot, Map<FuturesStreamRoute, StreamConnection> futures,
      StreamOptions options) {
    this.spot = spot;
    this.futures = futures;
    this.options = options;
  }

  /**
   * Spot: one connection to {@code <base>/stream}.
   *
   * @param http the client
   * @param base the checked stream host
   * @param options queue, reconnect, age and pace
   * @param clock times each connection's age
   * @return the connections
   */
  public static BinanceStreamConnections spot(OkHttpClient http, HttpUrl base, StreamOptions options, Clock clock) {
    return new BinanceStreamConnections(connection(http, base, null, options, clock, "Binance Spot streams"), null,
        options);
  }

  /**
   * USD-M: one connection per route, {@code <base>/public/stream} and {@code <base>/market/stream}.
   *
   * @param http the client
   * @param base the checked stream host
   * @param options queue, reconnect, age and pace
   * @param clock times each connection's age
   * @return the connections
   */
  public static BinanceStreamConnections futures(OkHttpClient http, HttpUrl base, StreamOptions options,
      Clock clock) {
    Map<FuturesStreamRoute, StreamConnection> routes = new EnumMap<>(FuturesStreamRoute.class);
    for (FuturesStreamRoute route : FuturesStreamRoute.values()) {
      routes.put(route, connection(http, base, route.path(), options, clock, "Binance USD-M " + route.path() + " streams"));
    }
    return new BinanceStreamConnections(null, routes, options);
  }

  /**
   * Subscribes {@code stream} on the connection that serves it.
   *
   * @param <T> the event type
   * @param stream the checked stream name
   * @param decoder the payload's decoder
   * @param sequence the event's sequence number, or null
   * @return the subscription
   * @throws IllegalArgumentException for a USD-M stream whose route is not known
   */
  public <T> Subscription<T> subscribe(String stream, Decoder<T> decoder, ToLongFunction<T> sequence) {
    if (spot != null) {
      return spot.subscribe(stream, decoder, sequence);
    }
    return subscribe(route(stream), stream, decoder, sequence);
  }

  /**
   * Subscribes {@code stream} on a named USD-M route.
   *
   * @param <T> the event type
   * @param route the route
   * @param stream the checked stream name
   * @param decoder the payload's decoder
   * @param sequence the event's sequence number, or null
   * @return the subscription
   * @throws IllegalStateException on Spot, which has one route
   */
  public <T> Subscription<T> subscribe(FuturesStreamRoute route, String stream, Decoder<T> decoder,
      ToLongFunction<T> sequence) {
    if (futures == null) {
      throw new IllegalStateException("Spot streams have one route: subscribe(stream, decoder, sequence)");
    }
    return futures.get(route).subscribe(stream, decoder, sequence);
  }

  /**
   * The USD-M route of a stream name.
   *
   * @param stream the name
   * @return the route
   * @throws IllegalArgumentException when Signet does not know it
   */
  static FuturesStreamRoute route(String stream) {
    if (PUBLIC.matcher(stream).matches()) {
      return FuturesStreamRoute.PUBLIC;
    }
    if (MARKET.matcher(stream).matches()) {
      return FuturesStreamRoute.MARKET;
    }
    throw new IllegalArgumentException("USD-M stream '" + stream + "' has no route Signet knows: since 2026-04-23"
        + " Binance serves it under /public or /market only, and on the wrong one it sends nothing. Name it: "
        + "subscribe(FuturesStreamRoute.MARKET, \"" + stream + "\", decoder, sequence)");
  }

  /**
   * The options the connections were built with (a local book's buffer and snapshot backoff follow them).
   *
   * @return the options
   */
  public StreamOptions options() {
    return options;
  }

  /** Closes every connection and subscription. */
  @Override
  public void close() {
    if (spot != null) {
      spot.close();
    } else {
      futures.values().forEach(StreamConnection::close);
    }
  }

  @Override
  public String toString() {
    return spot != null ? spot.toString() : futures.values().toString();
  }

  private static StreamConnection connection(OkHttpClient http, HttpUrl base, String route, StreamOptions options,
      Clock clock, String name) {
    HttpUrl.Builder url = base.newBuilder();
    if (route != null) {
      url.addPathSegment(route);
    }
    return new StreamConnection(http, new Request.Builder().url(url.addPathSegment("stream").build()).build(),
        BinanceStreamProtocol.INSTANCE, options, clock, name);
  }
}
