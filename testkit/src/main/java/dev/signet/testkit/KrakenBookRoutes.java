package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link FakeKraken}'s other views of its book and fills: GroupedBook (the resting orders summed
 * over {@code grouping} ticks, bids rounded down, asks up), Level3 (private: every resting order,
 * best first, then oldest), PreTrade (the top 10 levels with their order counts) and PostTrade (the
 * fills, one per public trade id). A PreTrade level is published when it last changed. PreTrade and PostTrade take a symbol such as {@code BTC/USD}
 * (BTC stands for the fake's XBT) and answer it as given.
 */
final class KrakenBookRoutes {
  private static final int PRE_TRADE_LEVELS = 10;

  private final Ledger ledger;
  private final KrakenPairs pairs;
  private final KrakenHistory history;

  KrakenBookRoutes(Ledger ledger, KrakenPairs pairs, KrakenHistory history) {
    this.ledger = ledger;
    this.pairs = pairs;
    this.history = history;
  }

  /** Puts this class's methods into the fake's tables, by method name. */
  void register(Map<String, KrakenMethod> publicMethods, Map<String, KrakenMethod> privateMethods) {
    publicMethods.put("GroupedBook", this::groupedBook);
    publicMethods.put("PreTrade", this::preTrade);
    publicMethods.put("PostTrade", this::postTrade);
    privateMethods.put("Level3", this::level3);
  }

  private Object groupedBook(Map<String, String> p) throws KrakenError {
    KrakenPairs.Pair pair = pair(p.get("pair"));
    int depth = KrakenTradeParams.integer(p, "depth", 1, 1000, 10);
    int grouping = KrakenTradeParams.integer(p, "grouping", 1, 1000, 1);
    KrakenPairRules rules = pair.rules() != null ? pair.rules() : KrakenMarketRoutes.LOOSE;
    BigDecimal step = rules.tickSize().multiply(BigDecimal.valueOf(grouping));
    Map<String, Object> out = Json.object();
    out.put("pair", p.get("pair"));
    out.put("grouping", grouping);
    out.put("bids", grouped(KrakenMarketRoutes.side(ledger, pair, true), step, RoundingMode.FLOOR, depth));
    out.put("asks", grouped(KrakenMarketRoutes.side(ledger, pair, false), step, RoundingMode.CEILING, depth));
    return out;
  }

  private static List<Object> grouped(List<BigDecimal[]> levels, BigDecimal step, RoundingMode rounding, int depth) {
    Map<BigDecimal, BigDecimal> sums = new LinkedHashMap<>();
    for (BigDecimal[] level : levels) {
      BigDecimal at = level[0].divide(step, 0, rounding).multiply(step).stripTrailingZeros();
      sums.merge(at, level[1], BigDecimal::add);
    }
    List<Object> out = new ArrayList<>();
    sums.forEach((price, qty) -> {
      if (out.size() < depth) {
        out.add(row("price", price.toPlainString(), "qty", qty.toPlainString()));
      }
    });
    return out;
  }

  private Object level3(Map<String, String> p) throws KrakenError {
    KrakenPairs.Pair pair = pair(p.get("pair"));
    int asked = KrakenTradeParams.integer(p, "depth", 0, 1000, 100);
    int depth = asked == 0 ? Integer.MAX_VALUE : asked;
    Map<String, Object> out = Json.object();
    out.put("pair", pair.altname());
    out.put("bids", orders(pair, true, depth));
    out.put("asks", orders(pair, false, depth));
    return out;
  }

  private List<Object> orders(KrakenPairs.Pair pair, boolean bids, int depth) {
    Comparator<BigDecimal> byPrice = bids ? Comparator.reverseOrder() : Comparator.naturalOrder();
    TreeMap<BigDecimal, List<Ledger.Order>> levels = new TreeMap<>(byPrice);
    for (Ledger.Order o : ledger.open(pair.altname())) {
      if (o.buy == bids && !o.market && o.price != null) {
        levels.computeIfAbsent(o.price, x -> new ArrayList<>()).add(o);
      }
    }
    List<Object> out = new ArrayList<>();
    levels.values().forEach(orders -> orders.stream().sorted(Comparator.comparingLong(o -> o.updatedMillis)).forEach(o -> {
      if (out.size() < depth) {
        Map<String, Object> row = row("price", o.price.toPlainString(), "qty", o.quantity.subtract(o.executed).toPlainString());
        row.put("order_id", o.txid);
        row.put("timestamp", o.updatedMillis * 1_000_000L);
        out.add(row);
      }
    }));
    return out;
  }

  private Object preTrade(Map<String, String> p) throws KrakenError {
    String symbol = p.get("symbol");
    KrakenPairs.Pair pair = symbol(symbol);
    Map<String, Object> out = instrument(symbol);
    out.put("venue", "PGSL");
    out.put("system", "CLOB");
    for (boolean bids : new boolean[] {true, false}) {
      List<Object> levels = new ArrayList<>();
      for (BigDecimal[] level : KrakenMarketRoutes.side(ledger, pair, bids)) {
        if (levels.size() < PRE_TRADE_LEVELS) {
          Map<String, Object> row = row("side", bids ? "BUY" : "SELL", "price", level[0].toPlainString());
          row.put("qty", level[1].toPlainString());
          row.put("count", level[2].intValue());
          row.put("publication_ts", Instant.ofEpochMilli(level[3].longValueExact()).toString());
          levels.add(row);
        }
      }
      out.put(bids ? "bids" : "asks", levels);
    }
    return out;
  }

  private Object postTrade(Map<String, String> p) throws KrakenError {
    String symbol = p.get("symbol");
    KrakenPairs.Pair only = symbol == null ? null : symbol(symbol);
    Instant from = p.containsKey("from_ts") ? Instant.parse(p.get("from_ts")) : Instant.EPOCH;
    Instant to = p.containsKey("to_ts") ? Instant.parse(p.get("to_ts")) : Instant.MAX;
    int count = KrakenTradeParams.integer(p, "count", 1, 1000, 1000);
    List<Object> trades = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String last = null;
    for (KrakenHistory.Trade t : history.trades()) {
      Instant at = Instant.ofEpochSecond(0, t.timeNanos());
      boolean wanted = (only == null || t.pair().equals(only)) && !at.isBefore(from) && at.isBefore(to);
      if (wanted && trades.size() < count && seen.add(t.pair().id() + "/" + t.tradeId())) {
        Map<String, Object> row = row("trade_id", Long.toString(t.tradeId()), "price", t.price().toPlainString());
        row.put("quantity", t.vol().toPlainString());
        row.putAll(instrument(symbol != null ? symbol : t.pair().wsname()));
        row.put("trade_venue", "PGSL");
        row.put("trade_ts", at.toString());
        row.put("publication_venue", "PGSL");
        row.put("publication_ts", at.toString());
        trades.add(row);
        last = at.toString();
      }
    }
    Map<String, Object> out = Json.object();
    out.put("last_ts", last);
    out.put("count", trades.size());
    out.put("trades", trades);
    return out;
  }

  /** The instrument fields both transparency answers carry, for {@code BASE/QUOTE}. */
  private static Map<String, Object> instrument(String symbol) {
    String[] assets = symbol.split("/", 2);
    Map<String, Object> out = row("symbol", symbol, "description", symbol + " Spot");
    out.put("base_asset", assets[0]);
    out.put("base_notation", "NOML");
    out.put("quote_asset", assets.length > 1 ? assets[1] : "");
    out.put("quote_notation", "MONE");
    return out;
  }

  private static Map<String, Object> row(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> row = Json.object();
    row.put(k1, v1);
    row.put(k2, v2);
    return row;
  }

  private KrakenPairs.Pair symbol(String symbol) throws KrakenError {
    if (symbol == null || !symbol.contains("/")) {
      throw new KrakenError("EGeneral:Invalid arguments:symbol");
    }
    return pair(symbol.replace("BTC", "XBT"));
  }

  private KrakenPairs.Pair pair(String name) throws KrakenError {
    if (name == null || name.isBlank()) {
      throw new KrakenError("EGeneral:Invalid arguments:pair");
    }
    return pairs.find(name).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
  }
}
