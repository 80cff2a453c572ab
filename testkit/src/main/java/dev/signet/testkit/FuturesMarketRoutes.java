package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.SpotMarketData.Candle;
import dev.signet.testkit.SpotMarketData.Level;
import dev.signet.testkit.SpotMarketData.Trade;
import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link FakeBinance}'s public USD-M Futures market-data endpoints, in the documented {@code /fapi}
 * shapes: every configured market is also a PERPETUAL contract margined in its quote asset, with the
 * same price, book, trades and klines ({@link SpotMarketData}). Exchange information carries
 * {@code PRICE_FILTER}, {@code LOT_SIZE} and {@code MIN_NOTIONAL} ({@code notional}) where the market
 * sets them; the mark and index prices are the market's price; funding is charged every 8 hours from the
 * epoch at a flat 0.0001 (Binance's interest-only rate). An unknown symbol answers {@code -1121}, a bad
 * interval {@code -1120}, a depth limit Binance does not offer {@code -1130}.
 */
final class FuturesMarketRoutes {
  static final String FUNDING_RATE = "0.00010000";
  static final long FUNDING_INTERVAL_MS = 8 * 3_600_000L;
  private static final Set<String> INTERVALS = Set.of("1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h",
      "12h", "1d", "3d", "1w", "1M");
  private static final Set<Integer> DEPTH_LIMITS = Set.of(5, 10, 20, 50, 100, 500, 1000);

  private final Ledger ledger;
  private final Clock clock;
  private final SpotMarketData data;

  private final FakeFutures futures;

  FuturesMarketRoutes(Ledger ledger, Clock clock, SpotMarketData data, FakeFutures futures) {
    this.futures = futures;
    this.ledger = ledger;
    this.clock = clock;
    this.data = data;
  }

  /** The routes, keyed {@code "GET /fapi/…"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("GET /fapi/v1/ping", p -> Reply.json(200, "{}"));
    r.put("GET /fapi/v1/exchangeInfo", p -> ok(exchangeInfo()));
    r.put("GET /fapi/v1/depth", this::depth);
    r.put("GET /fapi/v1/klines", this::klines);
    r.put("GET /fapi/v1/ticker/24hr", p -> ok(eachOrOne(p, this::ticker24h)));
    r.put("GET /fapi/v2/ticker/price", p -> ok(eachOrOne(p, m -> obj("symbol", m.symbol(), "price", s(m.price()),
        "time", clock.millis()))));
    r.put("GET /fapi/v1/ticker/bookTicker", p -> ok(eachOrOne(p, this::bookTicker)));
    r.put("GET /fapi/v1/premiumIndex", p -> ok(eachOrOne(p, this::markPrice)));
    r.put("GET /fapi/v1/fundingRate", this::fundingRates);
    return r;
  }

  private Map<String, Object> exchangeInfo() {
    Map<String, Object> info = Json.object();
    info.put("timezone", "UTC");
    info.put("serverTime", clock.millis());
    info.put("rateLimits", List.of(obj("rateLimitType", "REQUEST_WEIGHT", "interval", "MINUTE", "intervalNum", 1, "limit", 2400),
        obj("rateLimitType", "ORDERS", "interval", "MINUTE", "intervalNum", 1, "limit", 1200)));
    info.put("exchangeFilters", List.of());
    List<Object> assets = new ArrayList<>();
    List<Object> symbols = new ArrayList<>();
    List<Ledger.Market> all = new ArrayList<>(ledger.markets());
    for (Ledger.Market c : futures.contractMarkets()) {
      if (all.stream().noneMatch(m -> m.symbol().equals(c.symbol()))) {
        all.add(c);
      }
    }
    for (Ledger.Market m : all) {
      Map<String, Object> asset = obj("asset", m.quote(), "marginAvailable", true, "autoAssetExchange", "0");
      if (!assets.contains(asset)) {
        assets.add(asset);
      }
      symbols.add(symbol(m));
    }
    info.put("assets", assets);
    info.put("symbols", symbols);
    return info;
  }

  private Map<String, Object> symbol(Ledger.Market m) {
    Map<String, Object> s = Json.object();
    s.put("symbol", m.symbol());
    s.put("pair", m.symbol());
    s.put("contractType", "PERPETUAL");
    s.put("deliveryDate", 4133404800000L);
    s.put("onboardDate", 1569398400000L);
    s.put("status", "TRADING");
    s.put("baseAsset", m.base());
    s.put("quoteAsset", m.quote());
    s.put("marginAsset", m.quote());
    s.put("pricePrecision", m.tickSize() == null ? 8 : Math.max(0, m.tickSize().stripTrailingZeros().scale()));
    s.put("quantityPrecision", m.stepSize() == null ? 8 : Math.max(0, m.stepSize().stripTrailingZeros().scale()));
    s.put("baseAssetPrecision", 8);
    s.put("quotePrecision", 8);
    s.put("underlyingType", "COIN");
    s.put("underlyingSubType", List.of());
    s.put("settlePlan", 0);
    s.put("triggerProtect", "0.0500");
    List<Object> filters = new ArrayList<>();
    if (m.tickSize() != null) {
      filters.add(obj("filterType", "PRICE_FILTER", "minPrice", s(m.tickSize()), "maxPrice", "1000000", "tickSize", s(m.tickSize())));
    }
    if (m.stepSize() != null) {
      filters.add(obj("filterType", "LOT_SIZE", "minQty", s(m.stepSize()), "maxQty", "1000", "stepSize", s(m.stepSize())));
    }
    if (m.minNotional() != null) {
      filters.add(obj("filterType", "MIN_NOTIONAL", "notional", s(m.minNotional())));
    }
    s.put("filters", filters);
    s.put("orderTypes", List.of("LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET",
        "TRAILING_STOP_MARKET"));
    s.put("timeInForce", List.of("GTC", "IOC", "FOK", "GTX"));
    s.put("liquidationFee", "0.012500");
    s.put("marketTakeBound", "0.05");
    return s;
  }

  private Reply depth(Map<String, String> p) throws BinanceError {
    String symbol = one(p).symbol();
    int limit = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : 500;
    if (!DEPTH_LIMITS.contains(limit)) {
      throw new BinanceError(400, -1130, "Data sent for parameter 'limit' is not valid.");
    }
    Map<String, Object> book = Json.object();
    book.put("lastUpdateId", 1);
    book.put("E", clock.millis());
    book.put("T", clock.millis());
    book.put("bids", levels(data.bids.getOrDefault(symbol, List.of()), limit));
    book.put("asks", levels(data.asks.getOrDefault(symbol, List.of()), limit));
    return ok(book);
  }

  private Reply klines(Map<String, String> p) throws BinanceError {
    String symbol = one(p).symbol();
    String interval = required(p, "interval");
    if (!INTERVALS.contains(interval)) {
      throw new BinanceError(400, -1120, "Invalid interval.");
    }
    Long start = p.containsKey("startTime") ? parseLong(p.get("startTime"), "startTime") : null;
    Long end = p.containsKey("endTime") ? parseLong(p.get("endTime"), "endTime") : null;
    List<Object> rows = new ArrayList<>();
    for (Candle c : data.candles.getOrDefault(symbol + " " + interval, List.of())) {
      long open = c.openTime().toEpochMilli();
      if ((start == null || open >= start) && (end == null || open <= end)) {
        rows.add(List.of(open, s(c.open()), s(c.high()), s(c.low()), s(c.close()), s(c.volume()),
            c.closeTime().toEpochMilli(), s(c.volume().multiply(c.close())), c.trades(), "0", "0", "0"));
      }
    }
    int n = limit(p, 500);
    return ok(start == null ? rows.subList(Math.max(0, rows.size() - n), rows.size()) : rows.subList(0, Math.min(n, rows.size())));
  }

  /** 24-hour statistics over every configured trade of {@code m} (none: flat at the market's price). */
  private Map<String, Object> ticker24h(Ledger.Market m) {
    List<Trade> trades = data.trades.getOrDefault(m.symbol(), List.of());
    BigDecimal open = trades.isEmpty() ? m.price() : trades.get(0).price();
    BigDecimal last = trades.isEmpty() ? m.price() : trades.get(trades.size() - 1).price();
    BigDecimal volume = trades.stream().map(Trade::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal quote = trades.stream().map(t -> t.price().multiply(t.qty())).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Object> t = Json.object();
    t.put("symbol", m.symbol());
    t.put("priceChange", s(last.subtract(open)));
    t.put("priceChangePercent", s(last.subtract(open).multiply(BigDecimal.valueOf(100))
        .divide(open, 3, java.math.RoundingMode.HALF_EVEN)));
    t.put("weightedAvgPrice", s(volume.signum() == 0 ? last : quote.divide(volume, 8, java.math.RoundingMode.HALF_EVEN)));
    t.put("lastPrice", s(last));
    t.put("lastQty", s(trades.isEmpty() ? BigDecimal.ZERO : trades.get(trades.size() - 1).qty()));
    t.put("openPrice", s(open));
    t.put("highPrice", s(trades.stream().map(Trade::price).reduce(open, BigDecimal::max)));
    t.put("lowPrice", s(trades.stream().map(Trade::price).reduce(open, BigDecimal::min)));
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
        "askQty", s(ask.qty()), "time", clock.millis());
  }

  private Map<String, Object> markPrice(Ledger.Market m) {
    long next = (clock.millis() / FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS;
    return obj("symbol", m.symbol(), "markPrice", s(m.price()), "indexPrice", s(m.price()),
        "estimatedSettlePrice", s(m.price()), "lastFundingRate", FUNDING_RATE, "interestRate", FUNDING_RATE,
        "nextFundingTime", next, "time", clock.millis());
  }

  /** Funding at every 8-hour mark up to now: from {@code startTime} the first {@code limit}, else the last ones. */
  private Reply fundingRates(Map<String, String> p) throws BinanceError {
    List<Ledger.Market> markets = p.containsKey("symbol") ? List.of(one(p)) : ledger.markets();
    long now = p.containsKey("endTime") ? Math.min(clock.millis(), parseLong(p.get("endTime"), "endTime")) : clock.millis();
    int n = limit(p, 100);
    long last = now / FUNDING_INTERVAL_MS * FUNDING_INTERVAL_MS;
    long first = p.containsKey("startTime")
        ? (parseLong(p.get("startTime"), "startTime") + FUNDING_INTERVAL_MS - 1) / FUNDING_INTERVAL_MS * FUNDING_INTERVAL_MS
        : Math.max(0, last - (n - 1) * FUNDING_INTERVAL_MS);
    List<Object> out = new ArrayList<>();
    for (long t = first; t <= last && out.size() < n; t += FUNDING_INTERVAL_MS) {
      for (Ledger.Market m : markets) {
        if (out.size() < n) {
          out.add(obj("symbol", m.symbol(), "fundingRate", FUNDING_RATE, "fundingTime", t, "markPrice", s(m.price())));
        }
      }
    }
    return ok(out);
  }

  private Ledger.Market one(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    return ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
  }

  /** One object for {@code symbol}, else an array over every market. */
  private Object eachOrOne(Map<String, String> p, Function<Ledger.Market, Object> f) throws BinanceError {
    if (p.containsKey("symbol")) {
      return f.apply(one(p));
    }
    List<Object> out = new ArrayList<>();
    ledger.markets().forEach(m -> out.add(f.apply(m)));
    return out;
  }

  private static int limit(Map<String, String> p, int dflt) throws BinanceError {
    return p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : dflt;
  }

  private static List<Object> levels(List<Level> levels, int limit) {
    return levels.stream().limit(limit).map(l -> (Object) List.of(s(l.price()), s(l.qty()))).toList();
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
