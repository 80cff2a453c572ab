package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.core.SignetJson;
import dev.signet.testkit.SpotMarketData.Candle;
import dev.signet.testkit.SpotMarketData.Level;
import dev.signet.testkit.SpotMarketData.Trade;
import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link FakeBinance}'s public Spot market-data endpoints, in Binance's documented shapes: exchange
 * information from the configured markets (with {@code PRICE_FILTER}, {@code LOT_SIZE} and
 * {@code NOTIONAL} where the market sets them), books, trades and klines from {@link SpotMarketData},
 * and tickers, aggregate trades and the average price derived from those and the markets' prices.
 * An unknown symbol answers {@code -1121}, a bad interval {@code -1120}.
 */
final class BinanceMarketData {
  private static final Set<String> INTERVALS = Set.of("1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h",
      "8h", "12h", "1d", "3d", "1w", "1M");

  private final Ledger ledger;
  private final Clock clock;
  private final SpotMarketData data;

  BinanceMarketData(Ledger ledger, Clock clock, SpotMarketData data) {
    this.ledger = ledger;
    this.clock = clock;
    this.data = data;
  }

  /** The routes, keyed {@code "GET /api/v3/…"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("GET /api/v3/exchangeInfo", p -> ok(exchangeInfo(p)));
    r.put("GET /api/v3/executionRules", p -> ok(Map.of("symbolRules", each(p, m -> rules(m.symbol())))));
    r.put("GET /api/v3/depth", this::depth);
    r.put("GET /api/v3/trades", p -> ok(lastN(trades(one(p)).stream().map(t -> (Object) trade(t)).toList(), p, 500)));
    r.put("GET /api/v3/historicalTrades", p -> {
      List<Object> trades = fromId(p, one(p)).stream().map(t -> (Object) trade(t)).toList();
      return ok(p.containsKey("fromId") ? firstN(trades, p, 500) : lastN(trades, p, 500));
    });
    r.put("GET /api/v3/historicalBlockTrades", p -> {
      one(p);
      parseLong(required(p, "fromId"), "fromId");
      return ok(List.of());
    });
    r.put("GET /api/v3/aggTrades", this::aggTrades);
    r.put("GET /api/v3/klines", this::klines);
    r.put("GET /api/v3/uiKlines", this::klines);
    r.put("GET /api/v3/avgPrice", p -> ok(avgPrice(one(p))));
    r.put("GET /api/v3/ticker/24hr", p -> ok(eachOrOne(p, m -> stats(m, "MINI".equals(p.get("type")), true))));
    r.put("GET /api/v3/ticker/tradingDay", p -> ok(eachOrOne(p, m -> stats(m, "MINI".equals(p.get("type")), false))));
    r.put("GET /api/v3/ticker", p -> ok(eachOrOne(p, m -> stats(m, "MINI".equals(p.get("type")), false))));
    r.put("GET /api/v3/ticker/price", p -> ok(eachOrOne(p, m -> obj("symbol", m.symbol(), "price", s(m.price())))));
    r.put("GET /api/v3/ticker/bookTicker", p -> ok(eachOrOne(p, this::bookTicker)));
    r.put("GET /api/v3/referencePrice", p -> ok(obj("symbol", one(p).symbol(), "referencePrice", s(one(p).price()),
        "timestamp", clock.millis())));
    r.put("GET /api/v3/referencePrice/calculation", p -> ok(obj("symbol", one(p).symbol(),
        "calculationType", "ARITHMETIC_MEAN", "bucketCount", 10, "bucketWidthMs", 1000)));
    return r;
  }

  private Map<String, Object> exchangeInfo(Map<String, String> p) throws BinanceError {
    Map<String, Object> info = Json.object();
    info.put("timezone", "UTC");
    info.put("serverTime", clock.millis());
    info.put("rateLimits", List.of(limit("REQUEST_WEIGHT", "MINUTE", 1, 6000), limit("ORDERS", "SECOND", 10, 50),
        limit("ORDERS", "DAY", 1, 160000), limit("RAW_REQUESTS", "MINUTE", 5, 61000)));
    info.put("exchangeFilters", List.of());
    info.put("symbols", each(p, this::symbolInfo));
    return info;
  }

  private Map<String, Object> symbolInfo(Ledger.Market m) {
    Map<String, Object> s = Json.object();
    s.put("symbol", m.symbol());
    s.put("status", "TRADING");
    s.put("baseAsset", m.base());
    s.put("baseAssetPrecision", 8);
    s.put("quoteAsset", m.quote());
    s.put("quotePrecision", 8);
    s.put("quoteAssetPrecision", 8);
    s.put("baseCommissionPrecision", 8);
    s.put("quoteCommissionPrecision", 8);
    s.put("orderTypes", List.of("LIMIT", "LIMIT_MAKER", "MARKET"));
    for (String flag : List.of("icebergAllowed", "ocoAllowed", "otoAllowed", "opoAllowed", "quoteOrderQtyMarketAllowed",
        "allowTrailingStop", "cancelReplaceAllowed", "amendAllowed", "pegInstructionsAllowed")) {
      s.put(flag, false);
    }
    s.put("isSpotTradingAllowed", true);
    s.put("isMarginTradingAllowed", false);
    List<Object> filters = new ArrayList<>();
    if (m.tickSize() != null) {
      filters.add(obj("filterType", "PRICE_FILTER", "minPrice", s(m.tickSize()), "maxPrice", "1000000.00000000",
          "tickSize", s(m.tickSize())));
    }
    if (m.stepSize() != null) {
      filters.add(obj("filterType", "LOT_SIZE", "minQty", s(m.stepSize()), "maxQty", "9000.00000000",
          "stepSize", s(m.stepSize())));
    }
    if (m.minNotional() != null) {
      filters.add(obj("filterType", "NOTIONAL", "minNotional", s(m.minNotional()), "applyMinToMarket", true,
          "maxNotional", "9000000.00000000", "applyMaxToMarket", false, "avgPriceMins", 5));
    }
    s.put("filters", filters);
    s.put("permissions", List.of());
    s.put("permissionSets", List.of(List.of("SPOT")));
    s.put("defaultSelfTradePreventionMode", "NONE");
    s.put("allowedSelfTradePreventionModes", List.of("NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"));
    return s;
  }

  private Reply depth(Map<String, String> p) throws BinanceError {
    String symbol = one(p).symbol();
    int limit = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : 100;
    Map<String, Object> book = Json.object();
    book.put("lastUpdateId", 1);
    book.put("bids", levels(data.bids.getOrDefault(symbol, List.of()), limit));
    book.put("asks", levels(data.asks.getOrDefault(symbol, List.of()), limit));
    return ok(book);
  }

  private Reply aggTrades(Map<String, String> p) throws BinanceError {
    List<Trade> trades = fromId(p, one(p));
    Long start = p.containsKey("startTime") ? parseLong(p.get("startTime"), "startTime") : null;
    Long end = p.containsKey("endTime") ? parseLong(p.get("endTime"), "endTime") : null;
    List<Object> out = trades.stream()
        .filter(t -> (start == null || t.time().toEpochMilli() >= start) && (end == null || t.time().toEpochMilli() <= end))
        .map(t -> (Object) obj("a", t.id(), "p", s(t.price()), "q", s(t.qty()), "f", t.id(), "l", t.id(),
            "T", t.time().toEpochMilli(), "m", t.buyerMaker(), "M", true))
        .toList();
    return ok(start == null && !p.containsKey("fromId") ? lastN(out, p, 500) : firstN(out, p, 500));
  }

  private Reply klines(Map<String, String> p) throws BinanceError {
    String symbol = one(p).symbol();
    String interval = required(p, "interval");
    if (!INTERVALS.contains(interval)) {
      throw new BinanceError(400, -1120, "Invalid interval.");
    }
    Long start = p.containsKey("startTime") ? parseLong(p.get("startTime"), "startTime") : null;
    Long end = p.containsKey("endTime") ? parseLong(p.get("endTime"), "endTime") : null;
    List<Object> rows = data.candles.getOrDefault(symbol + " " + interval, List.of()).stream()
        .filter(c -> (start == null || c.openTime().toEpochMilli() >= start) && (end == null || c.openTime().toEpochMilli() <= end))
        .map(c -> (Object) List.of(c.openTime().toEpochMilli(), s(c.open()), s(c.high()), s(c.low()), s(c.close()),
            s(c.volume()), c.closeTime().toEpochMilli(), s(c.volume().multiply(c.close())), c.trades(), "0", "0", "0"))
        .toList();
    return ok(start == null ? lastN(rows, p, 500) : firstN(rows, p, 500));
  }

  private Map<String, Object> avgPrice(Ledger.Market m) {
    return obj("mins", 5, "price", s(m.price()), "closeTime", clock.millis());
  }

  /** Ticker statistics over every configured trade of {@code m} (none: flat at the market's price). */
  private Map<String, Object> stats(Ledger.Market m, boolean mini, boolean day24h) {
    List<Trade> trades = trades(m);
    BigDecimal open = trades.isEmpty() ? m.price() : trades.get(0).price();
    BigDecimal last = trades.isEmpty() ? m.price() : trades.get(trades.size() - 1).price();
    BigDecimal high = trades.stream().map(Trade::price).reduce(open, BigDecimal::max);
    BigDecimal low = trades.stream().map(Trade::price).reduce(open, BigDecimal::min);
    BigDecimal volume = trades.stream().map(Trade::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal quote = trades.stream().map(t -> t.price().multiply(t.qty())).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Object> t = Json.object();
    t.put("symbol", m.symbol());
    if (!mini) {
      t.put("priceChange", s(last.subtract(open)));
      t.put("priceChangePercent", s(last.subtract(open).multiply(BigDecimal.valueOf(100)).divide(open, 3,
          RoundingMode.HALF_EVEN)));
      t.put("weightedAvgPrice", s(volume.signum() == 0 ? BigDecimal.ZERO : quote.divide(volume, 8, RoundingMode.HALF_EVEN)));
      if (day24h) {
        Map<String, Object> top = bookTicker(m);
        t.put("prevClosePrice", s(open));
        t.put("lastPrice", s(last));
        t.put("lastQty", s(trades.isEmpty() ? BigDecimal.ZERO : trades.get(trades.size() - 1).qty()));
        top.remove("symbol");
        t.putAll(top);
      }
    }
    t.put("openPrice", s(open));
    t.put("highPrice", s(high));
    t.put("lowPrice", s(low));
    t.put("lastPrice", s(last));
    t.put("volume", s(volume));
    t.put("quoteVolume", s(quote));
    t.put("openTime", clock.millis() - 86_400_000L);
    t.put("closeTime", clock.millis());
    t.put("firstId", trades.isEmpty() ? -1 : trades.get(0).id());
    t.put("lastId", trades.isEmpty() ? -1 : trades.get(trades.size() - 1).id());
    t.put("count", trades.size());
    return t;
  }

  private Map<String, Object> bookTicker(Ledger.Market m) {
    List<Level> bids = data.bids.getOrDefault(m.symbol(), List.of());
    List<Level> asks = data.asks.getOrDefault(m.symbol(), List.of());
    Level bid = bids.isEmpty() ? new Level(BigDecimal.ZERO, BigDecimal.ZERO) : bids.get(0);
    Level ask = asks.isEmpty() ? new Level(BigDecimal.ZERO, BigDecimal.ZERO) : asks.get(0);
    return obj("symbol", m.symbol(), "bidPrice", s(bid.price()), "bidQty", s(bid.qty()), "askPrice", s(ask.price()),
        "askQty", s(ask.qty()));
  }

  private Map<String, Object> trade(Trade t) {
    return obj("id", t.id(), "price", s(t.price()), "qty", s(t.qty()), "quoteQty", s(t.price().multiply(t.qty())),
        "time", t.time().toEpochMilli(), "isBuyerMaker", t.buyerMaker(), "isBestMatch", true);
  }

  private Map<String, Object> rules(String symbol) {
    return obj("symbol", symbol, "rules", List.of());
  }

  private List<Trade> trades(Ledger.Market m) {
    return data.trades.getOrDefault(m.symbol(), List.of());
  }

  /** The trades of {@code m} from {@code fromId} on (inclusive), or all of them. */
  private List<Trade> fromId(Map<String, String> p, Ledger.Market m) throws BinanceError {
    if (!p.containsKey("fromId")) {
      return trades(m);
    }
    long from = parseLong(p.get("fromId"), "fromId");
    return trades(m).stream().filter(t -> t.id() >= from).toList();
  }

  /** The one market of {@code symbol}, required. */
  private Ledger.Market one(Map<String, String> p) throws BinanceError {
    return market(required(p, "symbol"));
  }

  private Ledger.Market market(String symbol) throws BinanceError {
    return ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
  }

  /** Every market asked for: {@code symbol}, the JSON array {@code symbols}, or all. */
  private List<Object> each(Map<String, String> p, Function<Ledger.Market, Object> f) throws BinanceError {
    List<Ledger.Market> markets = new ArrayList<>();
    if (p.containsKey("symbol")) {
      markets.add(one(p));
    } else if (p.containsKey("symbols")) {
      String[] names;
      try {
        names = SignetJson.mapper().readValue(p.get("symbols"), String[].class);
      } catch (RuntimeException e) {
        throw new BinanceError(400, -1100, "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");
      }
      for (String n : names) {
        markets.add(market(n));
      }
    } else {
      markets.addAll(ledger.markets());
    }
    List<Object> out = new ArrayList<>();
    markets.forEach(m -> out.add(f.apply(m)));
    return out;
  }

  /** One object for {@code symbol}, else an array. */
  private Object eachOrOne(Map<String, String> p, Function<Ledger.Market, Object> f) throws BinanceError {
    return p.containsKey("symbol") ? f.apply(one(p)) : each(p, f);
  }

  private static List<Object> levels(List<Level> levels, int limit) {
    return levels.stream().limit(limit).map(l -> (Object) List.of(s(l.price()), s(l.qty()))).toList();
  }

  private static <T> List<T> lastN(List<T> all, Map<String, String> p, int dflt) throws BinanceError {
    int n = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : dflt;
    return all.subList(Math.max(0, all.size() - n), all.size());
  }

  private static <T> List<T> firstN(List<T> all, Map<String, String> p, int dflt) throws BinanceError {
    int n = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : dflt;
    return all.subList(0, Math.min(n, all.size()));
  }

  private static Map<String, Object> limit(String type, String interval, int num, int limit) {
    return obj("rateLimitType", type, "interval", interval, "intervalNum", num, "limit", limit);
  }

  private static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = Json.object();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String s(BigDecimal value) {
    return value.toPlainString();
  }

  private static Reply ok(Object body) {
    return Reply.json(200, Json.write(body));
  }
}
