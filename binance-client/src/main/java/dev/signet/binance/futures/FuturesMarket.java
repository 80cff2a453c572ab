package dev.signet.binance.futures;

import static dev.signet.binance.internal.FuturesEndpoints.AGG_TRADES;
import static dev.signet.binance.internal.FuturesEndpoints.CONTINUOUS_KLINES;
import static dev.signet.binance.internal.FuturesEndpoints.DEPTH;
import static dev.signet.binance.internal.FuturesEndpoints.EXCHANGE_INFO;
import static dev.signet.binance.internal.FuturesEndpoints.HISTORICAL_TRADES;
import static dev.signet.binance.internal.FuturesEndpoints.INDEX_PRICE_KLINES;
import static dev.signet.binance.internal.FuturesEndpoints.KLINES;
import static dev.signet.binance.internal.FuturesEndpoints.MARK_PRICE_KLINES;
import static dev.signet.binance.internal.FuturesEndpoints.OPEN_INTEREST;
import static dev.signet.binance.internal.FuturesEndpoints.PING;
import static dev.signet.binance.internal.FuturesEndpoints.PREMIUM_INDEX_KLINES;
import static dev.signet.binance.internal.FuturesEndpoints.RPI_DEPTH;
import static dev.signet.binance.internal.FuturesEndpoints.TIME;
import static dev.signet.binance.internal.FuturesEndpoints.TRADES;

import dev.signet.binance.futures.market.FuturesAggTrade;
import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.futures.market.FuturesKlinesQuery;
import dev.signet.binance.futures.market.FuturesOrderBook;
import dev.signet.binance.futures.market.FuturesTrade;
import dev.signet.binance.futures.market.OpenInterest;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.EmptyResponse;
import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.TimeSync;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.Candle;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Binance USD-M Futures public market data ({@code /fapi}, security NONE unless noted): server time,
 * exchange information, order books, trades, the kline family and open interest, typed. Get it from
 * {@code client.futures().market()}; the tickers, mark prices and funding are in {@link #tickers()},
 * the index data and {@code /futures/data} statistics in {@link #data()}. Stateless and thread-safe.
 *
 * <p>Every symbol and pair is checked against Binance's syntax, every {@code limit} against the
 * endpoint's range or set, before anything is sent: a bad value throws {@link IllegalArgumentException}
 * naming the parameter and the fix. Weights are the endpoint table's ({@code FuturesEndpoints}), by
 * {@code limit} where the docs say so.
 *
 * <pre>{@code
 * FuturesMarket market = client.futures().market();
 * FuturesOrderBook book = market.depth("BTCUSDT", 20);
 * List<Candle> hours = market.klines(FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).limit(24).build());
 * }</pre>
 */
public final class FuturesMarket {
  private static final Set<Integer> DEPTH_LIMITS = Set.of(5, 10, 20, 50, 100, 500, 1000);
  private static final Decoder<FuturesExchangeInfo> EXCHANGE = Decoder.of(FuturesExchangeInfo.class);
  private static final Decoder<FuturesOrderBook> BOOK = Decoder.of(FuturesOrderBook.class);
  private static final Decoder<List<FuturesTrade>> TRADES_LIST = Decoder.listOf(FuturesTrade.class);
  private static final Decoder<List<FuturesAggTrade>> AGGS = Decoder.listOf(FuturesAggTrade.class);
  private static final Decoder<List<Candle>> CANDLES = Decoder.listOf(Candle.class);
  private static final Decoder<OpenInterest> INTEREST = Decoder.of(OpenInterest.class);

  private final FuturesCalls calls;
  private final FuturesTickers tickers;
  private final FuturesData data;

  FuturesMarket(BinanceHost host) {
    this.calls = new FuturesCalls(host);
    this.tickers = new FuturesTickers(calls);
    this.data = new FuturesData(calls);
  }

  /** {@code GET /fapi/v1/ping}: checks the REST API answers (with {@code {}}). Weight 1. */
  public void ping() {
    calls.call(PING, Params.empty(), EmptyResponse.DECODER);
  }

  /**
   * {@code GET /fapi/v1/time}: the futures server's time in epoch milliseconds. Weight 1.
   *
   * @return the futures server's time, in epoch milliseconds
   */
  public long serverTime() {
    return calls.call(TIME, Params.empty(), TimeSync.SERVER_TIME);
  }

  /**
   * {@code GET /fapi/v1/exchangeInfo}: rate limits, margin assets and every contract's rules. Weight 1.
   *
   * @return the exchange information
   */
  public FuturesExchangeInfo exchangeInfo() {
    return calls.call(EXCHANGE_INFO, Params.empty(), EXCHANGE);
  }

  /**
   * {@code GET /fapi/v1/depth?symbol=…}: the 500 best levels each side (RPI orders excluded). Weight 10.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the order book
   */
  public FuturesOrderBook depth(String symbol) {
    return calls.call(DEPTH, FuturesCalls.symbol(symbol), BOOK);
  }

  /**
   * {@code GET /fapi/v1/depth?symbol=…&limit=…}. Weight 2 up to 50, 5 at 100, 10 at 500, 20 at 1000.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param limit levels per side: 5, 10, 20, 50, 100, 500 or 1000
   * @return the order book
   */
  public FuturesOrderBook depth(String symbol, int limit) {
    Params params = FuturesCalls.symbol(symbol);
    if (!DEPTH_LIMITS.contains(limit)) {
      throw new IllegalArgumentException("limit " + limit + " is not a USD-M Futures depth; use 5, 10, 20, 50, 100, 500 or 1000.");
    }
    return calls.call(DEPTH, params.add("limit", limit), BOOK);
  }

  /**
   * {@code GET /fapi/v1/rpiDepth?symbol=…}: the 1000 best levels each side, Retail Price Improvement
   * orders included (crossed levels hidden). Weight 20.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the order book
   */
  public FuturesOrderBook rpiDepth(String symbol) {
    return calls.call(RPI_DEPTH, FuturesCalls.symbol(symbol), BOOK);
  }

  /**
   * {@code GET /fapi/v1/trades?symbol=…&limit=…}: the most recent market trades. Weight 5.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param limit the number of trades, 1 to 1000
   * @return the trades, oldest first
   */
  public List<FuturesTrade> trades(String symbol, int limit) {
    return calls.call(TRADES, FuturesCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 1000)), TRADES_LIST);
  }

  /**
   * {@code GET /fapi/v1/historicalTrades?symbol=…&limit=…}: older market trades (the last month), sent
   * with the API key (MARKET_DATA). Weight 200.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param limit the number of trades, 1 to 500
   * @return the most recent trades, oldest first
   */
  public List<FuturesTrade> historicalTrades(String symbol, int limit) {
    return calls.call(HISTORICAL_TRADES, FuturesCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 500)), TRADES_LIST);
  }

  /**
   * {@code GET /fapi/v1/historicalTrades?symbol=…&limit=…&fromId=…}: market trades from a trade id. Weight 200.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param fromId the first trade id, inclusive
   * @param limit the number of trades, 1 to 500
   * @return the trades from {@code fromId} on
   */
  public List<FuturesTrade> historicalTrades(String symbol, long fromId, int limit) {
    Params params = FuturesCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 500));
    if (fromId < 0) {
      throw new IllegalArgumentException("fromId " + fromId + " is negative; trade ids start at 0.");
    }
    return calls.call(HISTORICAL_TRADES, params.add("fromId", fromId), TRADES_LIST);
  }

  /**
   * {@code GET /fapi/v1/aggTrades}: aggregate market trades by id or time (the last year). Weight 20.
   * The query is the Spot one (same parameters); a time range must be shorter than one hour.
   *
   * @param query the symbol and its optional {@code fromId}, time range and limit (1 to 1000)
   * @return the aggregate trades
   */
  public List<FuturesAggTrade> aggTrades(AggTradesQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.startTime() != null && query.endTime() != null
        && Duration.between(query.startTime(), query.endTime()).compareTo(Duration.ofHours(1)) >= 0) {
      throw new IllegalArgumentException("startTime " + query.startTime() + " to endTime " + query.endTime()
          + " is one hour or more, which USD-M Futures refuses for aggTrades; query less than one hour at a time.");
    }
    return calls.call(AGG_TRADES, query.toParams(), AGGS);
  }

  /**
   * {@code GET /fapi/v1/klines}: klines of a symbol. Weight by {@code limit}: 1 below 100, 2 below 500, 5 to 1000, 10 above.
   *
   * @param query a {@link FuturesKlinesQuery#symbol(String, dev.signet.binance.spot.market.Interval) symbol} query
   * @return the klines, oldest first
   */
  public List<Candle> klines(FuturesKlinesQuery query) {
    return klines(KLINES, query, "klines");
  }

  /**
   * {@code GET /fapi/v1/continuousKlines}: klines of one contract type of a pair. Weight as {@link #klines}.
   *
   * @param query a {@link FuturesKlinesQuery#continuous(String, dev.signet.binance.futures.market.ContractType, dev.signet.binance.spot.market.Interval) continuous} query
   * @return the klines, oldest first
   */
  public List<Candle> continuousKlines(FuturesKlinesQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.contractType() == null) {
      throw new IllegalArgumentException("continuousKlines takes a pair and a contract type;"
          + " build the query with FuturesKlinesQuery.continuous(pair, contractType, interval).");
    }
    return calls.call(CONTINUOUS_KLINES, query.toParams(), CANDLES);
  }

  /**
   * {@code GET /fapi/v1/indexPriceKlines}: index price klines of a pair (volumes and taker fields sent as
   * 0, {@code count} the number of index samples). Weight as {@link #klines}.
   *
   * @param query a {@link FuturesKlinesQuery#pair(String, dev.signet.binance.spot.market.Interval) pair} query
   * @return the klines, oldest first
   */
  public List<Candle> indexPriceKlines(FuturesKlinesQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.pair() == null || query.contractType() != null) {
      throw new IllegalArgumentException("indexPriceKlines takes a pair;"
          + " build the query with FuturesKlinesQuery.pair(pair, interval).");
    }
    return calls.call(INDEX_PRICE_KLINES, query.toParams(), CANDLES);
  }

  /**
   * {@code GET /fapi/v1/markPriceKlines}: mark price klines of a symbol (volumes sent as 0). Weight as {@link #klines}.
   *
   * @param query a {@link FuturesKlinesQuery#symbol(String, dev.signet.binance.spot.market.Interval) symbol} query
   * @return the klines, oldest first
   */
  public List<Candle> markPriceKlines(FuturesKlinesQuery query) {
    return klines(MARK_PRICE_KLINES, query, "markPriceKlines");
  }

  /**
   * {@code GET /fapi/v1/premiumIndexKlines}: premium index klines of a symbol (volumes sent as 0). Weight as {@link #klines}.
   *
   * @param query a {@link FuturesKlinesQuery#symbol(String, dev.signet.binance.spot.market.Interval) symbol} query
   * @return the klines, oldest first
   */
  public List<Candle> premiumIndexKlines(FuturesKlinesQuery query) {
    return klines(PREMIUM_INDEX_KLINES, query, "premiumIndexKlines");
  }

  /**
   * {@code GET /fapi/v1/openInterest?symbol=…}: the present open interest. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the open interest
   */
  public OpenInterest openInterest(String symbol) {
    return calls.call(OPEN_INTEREST, FuturesCalls.symbol(symbol), INTEREST);
  }

  /**
   * The ticker calls: 24-hour statistics, latest prices, best bid and ask, mark prices and funding.
   *
   * @return the ticker calls, on the same client
   */
  public FuturesTickers tickers() {
    return tickers;
  }

  /**
   * The index data and {@code /futures/data} statistics: ADL risk, asset and composite indexes,
   * constituents, insurance funds, trading schedule, open interest history, ratios, basis, delivery prices.
   *
   * @return the data calls, on the same client
   */
  public FuturesData data() {
    return data;
  }

  private List<Candle> klines(Endpoint endpoint, FuturesKlinesQuery query, String name) {
    Objects.requireNonNull(query, "query");
    if (query.symbol() == null) {
      throw new IllegalArgumentException(name + " takes a symbol; build the query with FuturesKlinesQuery.symbol(symbol, interval).");
    }
    return calls.call(endpoint, query.toParams(), CANDLES);
  }
}
