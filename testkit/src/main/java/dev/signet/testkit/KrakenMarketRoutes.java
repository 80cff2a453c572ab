package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link FakeKraken}'s public market data: Time, SystemStatus, Assets, AssetPairs (the pairs' rules,
 * or loose defaults — 8 price and volume decimals, no minimums — for a pair given without rules),
 * Ticker, Depth and Spread (from the pair's price and the resting limit orders). Public Trades and
 * OHLC come from the fills ({@code KrakenHistoryMarket}).
 */
final class KrakenMarketRoutes {
  static final KrakenPairRules LOOSE = new KrakenPairRules(8, 8, 8, new BigDecimal("0.00000001"),
      BigDecimal.ZERO, new BigDecimal("0.00000001"), "online");

  private final Ledger ledger;
  private final FakeClock clock;
  private final KrakenPairs pairs;

  KrakenMarketRoutes(Ledger ledger, FakeClock clock, KrakenPairs pairs) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
  }

  /** Puts this class's methods into the fake's tables, by method name ({@code Time}, {@code Earn/Allocate}). */
  void register(Map<String, KrakenMethod> publicMethods, Map<String, KrakenMethod> privateMethods) {
    publicMethods.put("Time", this::time);
    publicMethods.put("SystemStatus", p -> status());
    publicMethods.put("Assets", this::assets);
    publicMethods.put("AssetPairs", this::assetPairs);
    publicMethods.put("Ticker", this::ticker);
    publicMethods.put("Depth", this::depth);
    publicMethods.put("Spread", this::spread);
  }

  private Object time(Map<String, String> p) {
    long now = clock.millis();
    Map<String, Object> t = Json.object();
    t.put("unixtime", now / 1000);
    t.put("rfc1123", DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(now).atOffset(ZoneOffset.UTC)));
    return t;
  }

  private Object status() {
    Map<String, Object> s = Json.object();
    s.put("status", "online");
    s.put("timestamp", Instant.ofEpochMilli(clock.millis()).truncatedTo(ChronoUnit.SECONDS).toString());
    return s;
  }

  private Object assets(Map<String, String> p) {
    Set<String> ids = new LinkedHashSet<>();
    for (KrakenPairs.Pair pair : pairs.all()) {
      ids.add(pair.base());
      ids.add(pair.quote());
    }
    ids.addAll(ledger.balances().keySet());
    Set<String> wanted = p.containsKey("asset") ? Set.of(p.get("asset").split(",")) : null;
    Map<String, Object> out = Json.object();
    for (String id : ids) {
      String alt = KrakenPairs.assetAltname(id);
      if (wanted == null || wanted.contains(id) || wanted.contains(alt)) {
        Map<String, Object> a = Json.object();
        a.put("aclass", "currency");
        a.put("altname", alt);
        a.put("decimals", 10);
        a.put("display_decimals", 5);
        a.put("status", "enabled");
        out.put(id, a);
      }
    }
    return out;
  }

  private Object assetPairs(Map<String, String> p) throws KrakenError {
    List<KrakenPairs.Pair> selected = p.containsKey("pair") ? find(p.get("pair").split(",")) : pairs.all();
    Map<String, Object> out = Json.object();
    for (KrakenPairs.Pair pair : selected) {
      KrakenPairRules r = pair.rules() != null ? pair.rules() : LOOSE;
      Map<String, Object> a = Json.object();
      a.put("altname", pair.altname());
      a.put("wsname", pair.wsname());
      a.put("aclass_base", "currency");
      a.put("base", pair.base());
      a.put("aclass_quote", "currency");
      a.put("quote", pair.quote());
      a.put("lot", "unit");
      a.put("cost_decimals", r.costDecimals());
      a.put("pair_decimals", r.pairDecimals());
      a.put("lot_decimals", r.lotDecimals());
      a.put("lot_multiplier", 1);
      a.put("leverage_buy", List.of());
      a.put("leverage_sell", List.of());
      a.put("fees", List.of(List.of(0, 0.26)));
      a.put("fees_maker", List.of(List.of(0, 0.16)));
      a.put("fee_volume_currency", "ZUSD");
      a.put("margin_call", 80);
      a.put("margin_stop", 40);
      a.put("ordermin", r.ordermin().toPlainString());
      a.put("costmin", r.costmin().toPlainString());
      a.put("tick_size", r.tickSize().toPlainString());
      a.put("status", r.status());
      out.put(pair.id(), a);
    }
    return out;
  }

  private Object ticker(Map<String, String> p) throws KrakenError {
    List<KrakenPairs.Pair> selected = p.containsKey("pair") ? find(p.get("pair").split(",")) : pairs.all();
    Map<String, Object> out = Json.object();
    for (KrakenPairs.Pair pair : selected) {
      String price = price(pair).toPlainString();
      List<BigDecimal[]> asks = side(pair, false);
      List<BigDecimal[]> bids = side(pair, true);
      String ask = asks.isEmpty() ? price : asks.get(0)[0].toPlainString();
      String bid = bids.isEmpty() ? price : bids.get(0)[0].toPlainString();
      Map<String, Object> t = Json.object();
      t.put("a", List.of(ask, "1", "1.000"));
      t.put("b", List.of(bid, "1", "1.000"));
      t.put("c", List.of(price, "0.00000000"));
      t.put("v", List.of("0.00000000", "0.00000000"));
      t.put("p", List.of(price, price));
      t.put("t", List.of(0, 0));
      t.put("l", List.of(price, price));
      t.put("h", List.of(price, price));
      t.put("o", price);
      out.put(pair.id(), t);
    }
    return out;
  }

  private Object depth(Map<String, String> p) throws KrakenError {
    KrakenPairs.Pair pair = one(p);
    int count = p.containsKey("count") ? Integer.parseInt(p.get("count")) : 100;
    long now = clock.millis() / 1000;
    Map<String, Object> book = Json.object();
    book.put("asks", rows(side(pair, false), count, now));
    book.put("bids", rows(side(pair, true), count, now));
    Map<String, Object> out = Json.object();
    out.put(pair.id(), book);
    return out;
  }

  private Object spread(Map<String, String> p) throws KrakenError {
    KrakenPairs.Pair pair = one(p);
    String price = price(pair).toPlainString();
    List<BigDecimal[]> asks = side(pair, false);
    List<BigDecimal[]> bids = side(pair, true);
    long now = clock.millis() / 1000;
    Map<String, Object> out = Json.object();
    out.put(pair.id(), List.of(List.of(now, bids.isEmpty() ? price : bids.get(0)[0].toPlainString(),
        asks.isEmpty() ? price : asks.get(0)[0].toPlainString())));
    out.put("last", now);
    return out;
  }

  /** Resting limit orders of one side aggregated by price, best first: [price, volume left]. */
  private List<BigDecimal[]> side(KrakenPairs.Pair pair, boolean bids) {
    return side(ledger, pair, bids);
  }

  /** Resting limit orders of one side of {@code pair} in {@code ledger} aggregated by price, best first: [price, volume left, orders, last change in epoch millis]. */
  static List<BigDecimal[]> side(Ledger ledger, KrakenPairs.Pair pair, boolean bids) {
    Comparator<BigDecimal> order = bids ? Comparator.reverseOrder() : Comparator.naturalOrder();
    TreeMap<BigDecimal, BigDecimal[]> levels = new TreeMap<>(order);
    for (Ledger.Order o : ledger.open(pair.altname())) {
      if (o.buy == bids && !o.market && o.price != null) {
        BigDecimal[] level = levels.computeIfAbsent(o.price,
            x -> new BigDecimal[] {x, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        level[1] = level[1].add(o.quantity.subtract(o.executed));
        level[2] = level[2].add(BigDecimal.ONE);
        level[3] = level[3].max(BigDecimal.valueOf(o.updatedMillis));
      }
    }
    return new ArrayList<>(levels.values());
  }

  private static List<Object> rows(List<BigDecimal[]> levels, int count, long now) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < Math.min(count, levels.size()); i++) {
      out.add(List.of(levels.get(i)[0].toPlainString(), levels.get(i)[1].toPlainString(), now));
    }
    return out;
  }

  private BigDecimal price(KrakenPairs.Pair pair) {
    return ledger.findMarket(pair.altname()).map(Ledger.Market::price).orElse(BigDecimal.ZERO);
  }

  private KrakenPairs.Pair one(Map<String, String> p) throws KrakenError {
    String name = p.get("pair");
    if (name == null || name.isBlank()) {
      throw new KrakenError("EGeneral:Invalid arguments:pair");
    }
    return find(name).get(0);
  }

  private List<KrakenPairs.Pair> find(String... names) throws KrakenError {
    List<KrakenPairs.Pair> out = new ArrayList<>();
    for (String n : names) {
      out.add(pairs.find(n).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair")));
    }
    return out;
  }
}
