package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.ListFormat;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import dev.signet.kraken.internal.MarketChecks;
import dev.signet.kraken.internal.MarketDecoders;
import dev.signet.kraken.market.AssetInfo;
import dev.signet.kraken.market.AssetPair;
import dev.signet.kraken.market.AssetPairsQuery;
import dev.signet.kraken.market.GroupedBook;
import dev.signet.kraken.market.Level3Book;
import dev.signet.kraken.market.Ohlc;
import dev.signet.kraken.market.OhlcInterval;
import dev.signet.kraken.market.OrderBook;
import dev.signet.kraken.market.PostTradeQuery;
import dev.signet.kraken.market.PostTrades;
import dev.signet.kraken.market.PreTradeBook;
import dev.signet.kraken.market.RecentTrades;
import dev.signet.kraken.market.Spreads;
import dev.signet.kraken.market.SystemStatus;
import dev.signet.kraken.market.TickerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kraken public market data ({@code GET /0/public/...}) and the Level 3 book. Get it from
 * {@code kraken.market()}. Pair-keyed answers keep Kraken's pair id ({@code XXBTZUSD}) whatever
 * name was sent ({@code XBTUSD}, {@code BTC/USD}). Parameters are checked before anything is sent.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * long serverMillis = kraken.market().serverTime();
 * OrderBook book = kraken.market().depth("XBTUSD", 10);
 * Ohlc candles = kraken.market().ohlc("XBTUSD", OhlcInterval.HOUR_1);
 * }</pre>
 */
public final class KrakenMarket {
  private static final Decoder<Long> UNIX_TIME =
      Decoder.tree().map(n -> Math.multiplyExact(Decoder.requireLong(n, "unixtime"), 1000L));
  private static final int[] GROUPED_DEPTHS = {10, 25, 100, 250, 1000};
  private static final int[] GROUPINGS = {1, 5, 10, 25, 50, 100, 250, 500, 1000};
  private static final int[] LEVEL3_DEPTHS = {0, 10, 25, 100, 250, 1000};

  private final KrakenHost host;

  KrakenMarket(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /0/public/Time}: Kraken's time in epoch milliseconds (Kraken reports whole seconds).
   *
   * @return Kraken's server time in epoch milliseconds (a whole second times 1000)
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public long serverTime() {
    return host.execute(Operation.of(KrakenEndpoints.TIME, Params.empty(), UNIX_TIME));
  }

  /**
   * {@code GET /0/public/SystemStatus}: whether Kraken trades normally, is in maintenance, or takes only cancels or post-only orders.
   *
   * @return the status and the time of the answer
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public SystemStatus systemStatus() {
    return get(KrakenEndpoints.SYSTEM_STATUS, Params.empty(), MarketDecoders.SYSTEM_STATUS);
  }

  /**
   * {@code GET /0/public/Assets}: the named assets, or every asset when none is named.
   *
   * @param assets asset ids or altnames, e.g. {@code XBT}, {@code ZUSD}; none for all
   * @return the assets keyed by Kraken's asset id, in the answer's order
   * @throws IllegalArgumentException when a name is blank or holds a comma
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Map<String, AssetInfo> assets(String... assets) {
    return assets(List.of(assets), null);
  }

  /**
   * {@code GET /0/public/Assets} with an asset class.
   *
   * @param assets asset ids or altnames; empty for all
   * @param aclass {@code currency} (Kraken's default) or {@code tokenized_asset}; null for the default
   * @return the assets keyed by Kraken's asset id, in the answer's order
   * @throws IllegalArgumentException when a name is blank or holds a comma, or the class is neither value
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Map<String, AssetInfo> assets(List<String> assets, String aclass) {
    Params p = Params.empty();
    if (!assets.isEmpty()) {
      List<String> names = new ArrayList<>();
      assets.forEach(a -> names.add(MarketChecks.pairName(a, "asset")));
      p.addList("asset", names, ListFormat.COMMA);
    }
    if (aclass != null && !aclass.equals("currency") && !aclass.equals("tokenized_asset")) {
      throw new IllegalArgumentException("aclass must be currency or tokenized_asset; got " + aclass + ".");
    }
    return get(KrakenEndpoints.ASSETS, p.addIfPresent("aclass", aclass), MarketDecoders.ASSETS);
  }

  /**
   * {@code GET /0/public/AssetPairs} for every pair (about a thousand), with every field.
   *
   * @return the pairs keyed by Kraken's pair id, in the answer's order
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Map<String, AssetPair> assetPairs() {
    return assetPairs(AssetPairsQuery.builder().build());
  }

  /**
   * {@code GET /0/public/AssetPairs} for the query's pairs and {@code info}.
   *
   * @param query the pairs (any of Kraken's names), {@code info}, {@code aclass_base}, {@code country_code}
   * @return the pairs keyed by Kraken's pair id, in the answer's order
   * @throws KrakenApiException when Kraken answers with an error list, e.g. {@code EQuery:Unknown asset pair}
   */
  public Map<String, AssetPair> assetPairs(AssetPairsQuery query) {
    return get(KrakenEndpoints.ASSET_PAIRS, query.toParams(), MarketDecoders.ASSET_PAIRS);
  }

  /**
   * {@code GET /0/public/Ticker} for the named pairs, or for every pair when none is named.
   *
   * @param pairs pair ids, altnames or slash names; none for all
   * @return the tickers keyed by Kraken's pair id, in the answer's order
   * @throws IllegalArgumentException when a name is blank or holds a comma
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Map<String, TickerInfo> ticker(String... pairs) {
    Params p = Params.empty();
    if (pairs.length > 0) {
      List<String> names = new ArrayList<>();
      for (String pair : pairs) {
        names.add(MarketChecks.pairName(pair, "pair"));
      }
      p.addList("pair", names, ListFormat.COMMA);
    }
    return get(KrakenEndpoints.TICKER, p, MarketDecoders.TICKER);
  }

  /**
   * {@code GET /0/public/OHLC}: the last 720 candles of {@code interval} at most.
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @param interval the candle width
   * @return the candles and the cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Ohlc ohlc(String pair, OhlcInterval interval) {
    return get(KrakenEndpoints.OHLC, ohlcParams(pair, interval), MarketDecoders.OHLC);
  }

  /**
   * {@code GET /0/public/OHLC} since a cursor (a previous answer's {@link Ohlc#last()}).
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @param interval the candle width
   * @param since unix seconds; candles after it
   * @return the candles and the cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Ohlc ohlc(String pair, OhlcInterval interval, long since) {
    return get(KrakenEndpoints.OHLC, ohlcParams(pair, interval).add("since", since), MarketDecoders.OHLC);
  }

  /**
   * {@code GET /0/public/Depth} with Kraken's default of 100 levels a side.
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @return the book
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public OrderBook depth(String pair) {
    return get(KrakenEndpoints.DEPTH, pairParam(pair), MarketDecoders.DEPTH);
  }

  /**
   * {@code GET /0/public/Depth}: up to {@code count} levels a side.
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @param count 1 to 500 levels a side
   * @return the book
   * @throws IllegalArgumentException when {@code count} is outside 1 to 500
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public OrderBook depth(String pair, int count) {
    return get(KrakenEndpoints.DEPTH, pairParam(pair).add("count", MarketChecks.range(count, 1, 500, "count")),
        MarketDecoders.DEPTH);
  }

  /**
   * {@code GET /0/public/Trades}: the last 1000 trades.
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @return the trades and the cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public RecentTrades trades(String pair) {
    return get(KrakenEndpoints.TRADES, pairParam(pair), MarketDecoders.TRADES);
  }

  /**
   * {@code GET /0/public/Trades} since a cursor (a previous answer's {@link RecentTrades#last()}, sent as given).
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @param since the cursor or a unix timestamp, as text; null for none
   * @param count 1 to 1000 trades
   * @return the trades and the cursor
   * @throws IllegalArgumentException when {@code since} is blank or {@code count} is outside 1 to 1000
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public RecentTrades trades(String pair, String since, int count) {
    Params p = pairParam(pair);
    if (since != null) {
      p.add("since", dev.signet.core.internal.Checks.notBlank(since, "since", "a previous answer's last, or null"));
    }
    return get(KrakenEndpoints.TRADES, p.add("count", MarketChecks.range(count, 1, 1000, "count")), MarketDecoders.TRADES);
  }

  /**
   * {@code GET /0/public/Spread}: about the last 200 best bid/ask changes.
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @return the entries and the cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Spreads spread(String pair) {
    return get(KrakenEndpoints.SPREAD, pairParam(pair), MarketDecoders.SPREAD);
  }

  /**
   * {@code GET /0/public/Spread} since a cursor (a previous answer's {@link Spreads#last()}).
   *
   * @param pair the pair, e.g. {@code XBTUSD}
   * @param since unix seconds
   * @return the entries and the cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Spreads spread(String pair, long since) {
    return get(KrakenEndpoints.SPREAD, pairParam(pair).add("since", since), MarketDecoders.SPREAD);
  }

  /**
   * {@code GET /0/public/GroupedBook} with Kraken's defaults (10 levels, grouping 1).
   *
   * @param pair the pair, e.g. {@code BTC/USD}
   * @return the grouped book
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public GroupedBook groupedBook(String pair) {
    return get(KrakenEndpoints.GROUPED_BOOK, pairParam(pair), MarketDecoders.GROUPED_BOOK);
  }

  /**
   * {@code GET /0/public/GroupedBook}: {@code depth} levels a side, each {@code grouping} ticks wide.
   *
   * @param pair the pair, e.g. {@code BTC/USD}
   * @param depth 10, 25, 100, 250 or 1000 levels a side
   * @param grouping 1, 5, 10, 25, 50, 100, 250, 500 or 1000 ticks per level
   * @return the grouped book
   * @throws IllegalArgumentException when {@code depth} or {@code grouping} is not an allowed value
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public GroupedBook groupedBook(String pair, int depth, int grouping) {
    Params p = pairParam(pair).add("depth", MarketChecks.oneOf(depth, GROUPED_DEPTHS, "depth"))
        .add("grouping", MarketChecks.oneOf(grouping, GROUPINGS, "grouping"));
    return get(KrakenEndpoints.GROUPED_BOOK, p, MarketDecoders.GROUPED_BOOK);
  }

  /**
   * {@code GET /0/public/PreTrade}: the top 10 levels of a symbol, as published for pre-trade transparency.
   *
   * @param symbol the symbol, e.g. {@code BTC/USD} (3 to 32 characters)
   * @return the published book
   * @throws IllegalArgumentException when {@code symbol} is shorter than 3 or longer than 32 characters
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public PreTradeBook preTrade(String symbol) {
    if (symbol == null || symbol.length() < 3 || symbol.length() > 32) {
      throw new IllegalArgumentException("symbol must be 3 to 32 characters, e.g. BTC/USD; got " + symbol + ".");
    }
    return get(KrakenEndpoints.PRE_TRADE, Params.of("symbol", symbol), MarketDecoders.PRE_TRADE);
  }

  /**
   * {@code GET /0/public/PostTrade}: published trades in ascending order; page with {@link PostTrades#lastTs()}.
   *
   * @param query the symbol, window and count
   * @return the trades and the cursor
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public PostTrades postTrade(PostTradeQuery query) {
    return get(KrakenEndpoints.POST_TRADE, query.toParams(), MarketDecoders.POST_TRADE);
  }

  /**
   * {@code POST /0/private/Level3} (signed; needs credentials): every resting order, Kraken's default 100 a side.
   *
   * @param pair the pair, e.g. {@code BTC/USD}
   * @return the book of orders
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Level3Book level3(String pair) {
    return get(KrakenEndpoints.LEVEL3, pairParam(pair), MarketDecoders.LEVEL3);
  }

  /**
   * {@code POST /0/private/Level3} (signed; needs credentials) with a depth.
   *
   * @param pair the pair, e.g. {@code BTC/USD}
   * @param depth 0 (the whole book), 10, 25, 100, 250 or 1000 orders a side
   * @return the book of orders
   * @throws IllegalArgumentException when {@code depth} is not an allowed value
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public Level3Book level3(String pair, int depth) {
    return get(KrakenEndpoints.LEVEL3, pairParam(pair).add("depth", MarketChecks.oneOf(depth, LEVEL3_DEPTHS, "depth")),
        MarketDecoders.LEVEL3);
  }

  private <T> T get(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  private static Params pairParam(String pair) {
    return Params.of("pair", MarketChecks.pairName(pair, "pair"));
  }

  private static Params ohlcParams(String pair, OhlcInterval interval) {
    return pairParam(pair).add("interval", Objects.requireNonNull(interval, "interval").minutes());
  }
}
