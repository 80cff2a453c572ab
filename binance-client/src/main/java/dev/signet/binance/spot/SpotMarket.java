package dev.signet.binance.spot;

import static dev.signet.binance.internal.SpotEndpoints.PING;
import static dev.signet.binance.internal.SpotEndpoints.TIME;
import static dev.signet.binance.internal.SpotEndpoints.EXCHANGE_INFO;
import static dev.signet.binance.internal.SpotEndpoints.EXECUTION_RULES;
import static dev.signet.binance.internal.SpotEndpoints.DEPTH;
import static dev.signet.binance.internal.SpotEndpoints.TRADES;
import static dev.signet.binance.internal.SpotEndpoints.HISTORICAL_TRADES;
import static dev.signet.binance.internal.SpotEndpoints.HISTORICAL_BLOCK_TRADES;
import static dev.signet.binance.internal.SpotEndpoints.AGG_TRADES;
import static dev.signet.binance.internal.SpotEndpoints.KLINES;
import static dev.signet.binance.internal.SpotEndpoints.UI_KLINES;
import static dev.signet.binance.internal.SpotEndpoints.AVG_PRICE;
import static dev.signet.binance.internal.SpotEndpoints.REFERENCE_PRICE;
import static dev.signet.binance.internal.SpotEndpoints.REFERENCE_PRICE_CALCULATION;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeSync;
import dev.signet.binance.spot.market.AggTrade;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.AveragePrice;
import dev.signet.binance.spot.market.BlockTrade;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.ExchangeInfoQuery;
import dev.signet.binance.spot.market.ExecutionRules;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.KlinesQuery;
import dev.signet.binance.spot.market.OrderBook;
import dev.signet.binance.spot.market.ReferencePrice;
import dev.signet.binance.spot.market.ReferencePriceCalculation;
import dev.signet.binance.spot.market.SymbolStatus;
import dev.signet.binance.spot.market.Trade;
import dev.signet.core.Decoder;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * Binance Spot public market data ({@code /api/v3} General and Market Data, security NONE): server
 * time, exchange information, order book, trades, klines and tickers, typed. Get it from
 * {@code client.spot().market()}. Stateless and thread-safe.
 *
 * <p>Every symbol is checked against Binance's syntax ({@code ^[A-Z0-9-_.]{1,20}$}) and every
 * {@code limit} against its range before anything is sent: a bad value throws
 * {@link IllegalArgumentException} naming the parameter and the fix. Calls taking a list send it as
 * Binance's JSON-array {@code symbols}. Weights are the endpoint table's ({@code SpotEndpoints}). The tickers are in {@link #tickers()}.
 *
 * <pre>{@code
 * SpotMarket market = client.spot().market();
 * OrderBook book = market.depth("BTCUSDT", 20);
 * List<Candle> hours = market.klines(KlinesQuery.builder("BTCUSDT", Interval.ONE_HOUR).limit(24).build());
 * SymbolRules rules = market.exchangeInfo("BTCUSDT").symbols().get(0).rules();
 * }</pre>
 */
public final class SpotMarket {
  private static final Decoder<Boolean> EMPTY = Decoder.tree().map(n -> {
    if (!n.isObject() || !n.isEmpty()) {
      throw new IllegalArgumentException("expected {}, found " + n.getNodeType());
    }
    return true;
  });
  private static final Decoder<ExchangeInfo> EXCHANGE = Decoder.of(ExchangeInfo.class);
  private static final Decoder<ExecutionRules> EXECUTION = Decoder.of(ExecutionRules.class);
  private static final Decoder<OrderBook> BOOK = Decoder.of(OrderBook.class);
  private static final Decoder<List<Trade>> TRADES_LIST = Decoder.listOf(Trade.class);
  private static final Decoder<List<BlockTrade>> BLOCKS = Decoder.listOf(BlockTrade.class);
  private static final Decoder<List<AggTrade>> AGGS = Decoder.listOf(AggTrade.class);
  private static final Decoder<List<Candle>> CANDLES = Decoder.listOf(Candle.class);
  private static final Decoder<AveragePrice> AVERAGE = Decoder.of(AveragePrice.class);
  private static final Decoder<ReferencePrice> REFERENCE = Decoder.of(ReferencePrice.class);
  private static final Decoder<ReferencePriceCalculation> CALCULATION = Decoder.of(ReferencePriceCalculation.class);

  private final MarketCalls calls;
  private final SpotTickers tickers;

  SpotMarket(BinanceHost host) {
    this.calls = new MarketCalls(host);
    this.tickers = new SpotTickers(calls);
  }

  /** {@code GET /api/v3/ping}: checks the REST API answers (with {@code {}}). Weight 1. */
  public void ping() {
    calls.call(PING, Params.empty(), EMPTY);
  }

  /**
   * {@code GET /api/v3/time}: the server's time in epoch milliseconds. Weight 1.
   *
   * @return the spot server's time, in epoch milliseconds
   */
  public long serverTime() {
    return calls.call(TIME, Params.empty(), TimeSync.SERVER_TIME);
  }

  /**
   * {@code GET /api/v3/exchangeInfo}: rules and symbols (SPOT, MARGIN and LEVERAGED ones). Weight 20.
   *
   * @return the exchange information
   */
  public ExchangeInfo exchangeInfo() {
    return exchangeInfo(ExchangeInfoQuery.builder().build());
  }

  /**
   * {@code GET /api/v3/exchangeInfo?symbol=…}: the rules of one symbol. Weight 20.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the exchange information with that one symbol
   */
  public ExchangeInfo exchangeInfo(String symbol) {
    return exchangeInfo(ExchangeInfoQuery.builder().symbol(symbol).build());
  }

  /**
   * {@code GET /api/v3/exchangeInfo?symbols=[…]}: the rules of several symbols. Weight 20.
   *
   * @param symbols one or more symbols
   * @return the exchange information with those symbols
   */
  public ExchangeInfo exchangeInfo(List<String> symbols) {
    return exchangeInfo(ExchangeInfoQuery.builder().symbols(symbols).build());
  }

  /**
   * {@code GET /api/v3/exchangeInfo} with any of its parameters. Weight 20.
   *
   * @param query symbol(s), or permissions and status filters, and {@code showPermissionSets}
   * @return the exchange information
   */
  public ExchangeInfo exchangeInfo(ExchangeInfoQuery query) {
    return calls.call(EXCHANGE_INFO, Objects.requireNonNull(query, "query").toParams(), EXCHANGE);
  }

  /**
   * {@code GET /api/v3/executionRules}: the execution rules of every symbol. Weight 40.
   *
   * @return the rules of every symbol
   */
  public ExecutionRules executionRules() {
    return calls.call(EXECUTION_RULES, Params.empty(), EXECUTION);
  }

  /**
   * {@code GET /api/v3/executionRules?symbol=…}. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BAZUSD}
   * @return the rules of that symbol
   */
  public ExecutionRules executionRules(String symbol) {
    return calls.call(EXECUTION_RULES, MarketCalls.symbol(symbol), EXECUTION);
  }

  /**
   * {@code GET /api/v3/executionRules?symbols=[…]}. Weight 2 per symbol, at most 40.
   *
   * @param symbols one or more symbols
   * @return the rules of those symbols
   */
  public ExecutionRules executionRules(List<String> symbols) {
    return calls.call(EXECUTION_RULES, Symbols.addSymbols(Params.empty(), symbols, Integer.MAX_VALUE), EXECUTION);
  }

  /**
   * {@code GET /api/v3/executionRules?symbolStatus=…}: the rules of the symbols in one status. Weight 40.
   *
   * @param status the status, e.g. {@link SymbolStatus#TRADING}
   * @return the rules of the symbols in that status
   */
  public ExecutionRules executionRules(SymbolStatus status) {
    return calls.call(EXECUTION_RULES, Params.empty().add("symbolStatus", Objects.requireNonNull(status, "status")), EXECUTION);
  }

  /**
   * {@code GET /api/v3/depth?symbol=…}: the 100 best levels each side. Weight 5.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the order book
   */
  public OrderBook depth(String symbol) {
    return calls.call(DEPTH, MarketCalls.symbol(symbol), BOOK);
  }

  /**
   * {@code GET /api/v3/depth?symbol=…&limit=…}. Weight 5 up to 100, 25 to 500, 50 to 1000, 250 to 5000.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param limit levels per side, 1 to 5000
   * @return the order book
   */
  public OrderBook depth(String symbol, int limit) {
    return calls.call(DEPTH, MarketCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 5000)), BOOK);
  }

  /**
   * {@code GET /api/v3/trades?symbol=…&limit=…}: the most recent trades. Weight 25.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param limit the number of trades, 1 to 1000
   * @return the trades, oldest first
   */
  public List<Trade> trades(String symbol, int limit) {
    return calls.call(TRADES, MarketCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 1000)), TRADES_LIST);
  }

  /**
   * {@code GET /api/v3/historicalTrades?symbol=…&limit=…}: the most recent trades, from the database. Weight 25.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param limit the number of trades, 1 to 1000
   * @return the trades, oldest first
   */
  public List<Trade> historicalTrades(String symbol, int limit) {
    return calls.call(HISTORICAL_TRADES, MarketCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 1000)), TRADES_LIST);
  }

  /**
   * {@code GET /api/v3/historicalTrades?symbol=…&limit=…&fromId=…}: older trades from a trade id. Weight 25.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param fromId the first trade id, inclusive
   * @param limit the number of trades, 1 to 1000
   * @return the trades from {@code fromId} on
   */
  public List<Trade> historicalTrades(String symbol, long fromId, int limit) {
    return calls.call(HISTORICAL_TRADES, MarketCalls.symbol(symbol).add("limit", QueryChecks.limit(limit, 1000))
        .add("fromId", fromId), TRADES_LIST);
  }

  /**
   * {@code GET /api/v3/historicalBlockTrades?symbol=…&fromId=…&limit=…}. Weight 25.
   *
   * @param symbol the symbol, e.g. {@code BAZUSD}
   * @param fromId the first block trade id, inclusive
   * @param limit the number of block trades, 1 to 1000
   * @return the block trades from {@code fromId} on
   */
  public List<BlockTrade> historicalBlockTrades(String symbol, long fromId, int limit) {
    return calls.call(HISTORICAL_BLOCK_TRADES, MarketCalls.symbol(symbol).add("fromId", fromId)
        .add("limit", QueryChecks.limit(limit, 1000)), BLOCKS);
  }

  /**
   * {@code GET /api/v3/aggTrades}: aggregate trades by id or time. Weight 4.
   *
   * @param query the symbol and its optional {@code fromId}, time range and limit
   * @return the aggregate trades
   */
  public List<AggTrade> aggTrades(AggTradesQuery query) {
    return calls.call(AGG_TRADES, Objects.requireNonNull(query, "query").toParams(), AGGS);
  }

  /**
   * {@code GET /api/v3/klines?symbol=…&interval=…}: the 500 most recent klines. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param interval the kline interval
   * @return the klines, oldest first
   */
  public List<Candle> klines(String symbol, Interval interval) {
    return klines(KlinesQuery.builder(symbol, interval).build());
  }

  /**
   * {@code GET /api/v3/klines} with a time range, time zone or limit. Weight 2.
   *
   * @param query the symbol, interval and optional parameters
   * @return the klines, oldest first
   */
  public List<Candle> klines(KlinesQuery query) {
    return calls.call(KLINES, Objects.requireNonNull(query, "query").toParams(), CANDLES);
  }

  /**
   * {@code GET /api/v3/uiKlines}: klines adjusted for charts, same parameters as {@link #klines(KlinesQuery)}. Weight 2.
   *
   * @param query the symbol, interval and optional parameters
   * @return the klines, oldest first
   */
  public List<Candle> uiKlines(KlinesQuery query) {
    return calls.call(UI_KLINES, Objects.requireNonNull(query, "query").toParams(), CANDLES);
  }

  /**
   * {@code GET /api/v3/avgPrice?symbol=…}: the current average price. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the average price and its interval
   */
  public AveragePrice avgPrice(String symbol) {
    return calls.call(AVG_PRICE, MarketCalls.symbol(symbol), AVERAGE);
  }

  /**
   * The ticker calls: 24-hour, trading-day and rolling-window statistics, latest prices, best bid and ask.
   *
   * @return the ticker calls, on the same client
   */
  public SpotTickers tickers() {
    return tickers;
  }

  /**
   * {@code GET /api/v3/referencePrice?symbol=…}. Weight 2. A symbol that never had one answers {@code -2043}.
   *
   * @param symbol the symbol, e.g. {@code BAZUSD}
   * @return the reference price, possibly unset
   */
  public ReferencePrice referencePrice(String symbol) {
    return calls.call(REFERENCE_PRICE, MarketCalls.symbol(symbol), REFERENCE);
  }

  /**
   * {@code GET /api/v3/referencePrice/calculation?symbol=…}. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BAZUSD}
   * @return how the reference price is calculated
   */
  public ReferencePriceCalculation referencePriceCalculation(String symbol) {
    return calls.call(REFERENCE_PRICE_CALCULATION, MarketCalls.symbol(symbol), CALCULATION);
  }
}
