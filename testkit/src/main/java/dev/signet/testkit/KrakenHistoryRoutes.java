package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link FakeKraken}'s private history, from {@link KrakenHistory}: TradesHistory and Ledgers (newest
 * first, pages of 50 from {@code ofs}, {@code start} exclusive and {@code end} inclusive, each a unix
 * time or a txid/ledger id, {@code count} of everything that matches), QueryTrades and QueryLedgers
 * (at most 20 ids). The fake has no margin: TradesHistory's position types find nothing.
 */
final class KrakenHistoryRoutes {
  private static final int PAGE = 50;
  private static final Set<String> TRADE_TYPES = Set.of("all", "any position", "closed position", "closing position", "no position");
  private static final Set<String> LEDGER_TYPES = Set.of("all", "trade", "deposit", "withdrawal", "transfer", "margin",
      "adjustment", "rollover", "credit", "settled", "staking", "dividend", "sale", "nft_rebate");

  private final KrakenHistory history;

  KrakenHistoryRoutes(KrakenHistory history) {
    this.history = history;
  }

  /** Puts this class's methods into the fake's private table, by method name. */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("TradesHistory", this::tradesHistory);
    privateMethods.put("QueryTrades", this::queryTrades);
    privateMethods.put("Ledgers", this::ledgers);
    privateMethods.put("QueryLedgers", this::queryLedgers);
  }

  private Object tradesHistory(Map<String, String> p) throws KrakenError {
    String type = p.getOrDefault("type", "all");
    if (!TRADE_TYPES.contains(type)) {
      throw KrakenTradeParams.invalid("type");
    }
    boolean ledgers = KrakenTradeParams.flag(p, "ledgers");
    KrakenTradeParams.flag(p, "trades");
    List<KrakenHistory.Trade> all = history.trades();
    Function<String, Long> byId = id -> history.trade(id).map(KrakenHistory.Trade::timeNanos).orElse(null);
    long start = bound(p, "start", byId, Long.MIN_VALUE);
    long end = bound(p, "end", byId, Long.MAX_VALUE);
    List<KrakenHistory.Trade> found = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      KrakenHistory.Trade t = all.get(i);
      if (t.timeNanos() > start && t.timeNanos() <= end && (type.equals("all") || type.equals("no position"))) {
        found.add(t);
      }
    }
    Map<String, Object> page = Json.object();
    found.stream().skip(ofs(p)).limit(PAGE).forEach(t -> page.put(t.txid(), trade(t, ledgers)));
    Map<String, Object> out = Json.object();
    out.put("trades", page);
    out.put("count", found.size());
    return out;
  }

  private Object queryTrades(Map<String, String> p) throws KrakenError {
    Map<String, Object> out = Json.object();
    for (String txid : KrakenTradeParams.list(p, "txid", 20)) {
      out.put(txid, trade(history.trade(txid).orElseThrow(() -> KrakenTradeParams.invalid("txid")), false));
    }
    return out;
  }

  private Object ledgers(Map<String, String> p) throws KrakenError {
    String type = p.getOrDefault("type", "all");
    if (!LEDGER_TYPES.contains(type)) {
      throw KrakenTradeParams.invalid("type");
    }
    List<String> assets = p.containsKey("asset") && !p.get("asset").equals("all") ? KrakenTradeParams.list(p, "asset", 1000) : null;
    String aclass = p.getOrDefault("aclass", "currency");
    Function<String, Long> byId = id -> history.entry(id).map(KrakenHistory.Entry::timeNanos).orElse(null);
    long start = bound(p, "start", byId, Long.MIN_VALUE);
    long end = bound(p, "end", byId, Long.MAX_VALUE);
    List<KrakenHistory.Entry> all = history.entries();
    List<KrakenHistory.Entry> found = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      KrakenHistory.Entry e = all.get(i);
      if (e.timeNanos() > start && e.timeNanos() <= end && aclass.equals("currency")
          && (type.equals("all") || type.equals(e.type())) && (assets == null || assets.contains(e.asset()))) {
        found.add(e);
      }
    }
    Map<String, Object> page = Json.object();
    found.stream().skip(ofs(p)).limit(PAGE).forEach(e -> page.put(e.id(), entry(e)));
    Map<String, Object> out = Json.object();
    out.put("ledger", page);
    if (!KrakenTradeParams.flag(p, "without_count")) {
      out.put("count", found.size());
    }
    return out;
  }

  private Object queryLedgers(Map<String, String> p) throws KrakenError {
    Map<String, Object> out = Json.object();
    for (String id : KrakenTradeParams.list(p, "id", 20)) {
      out.put(id, entry(history.entry(id).orElseThrow(() -> KrakenTradeParams.invalid("id"))));
    }
    return out;
  }

  /** The Trade object (catalog §2.7.2), in the order of Kraken's example. */
  private static Map<String, Object> trade(KrakenHistory.Trade t, boolean ledgers) {
    Map<String, Object> r = Json.object();
    r.put("ordertxid", t.ordertxid());
    r.put("postxid", KrakenHistory.NO_POSITION);
    r.put("pair", t.pair().id());
    r.put("time", KrakenHistory.seconds(t.timeNanos()));
    r.put("type", t.buy() ? "buy" : "sell");
    r.put("ordertype", t.ordertype());
    r.put("price", Ledger.plain(t.price(), 5));
    r.put("cost", Ledger.plain(t.cost(), 5));
    r.put("fee", Ledger.plain(t.fee(), 5));
    r.put("vol", Ledger.plain(t.vol(), 8));
    r.put("margin", "0.00000");
    r.put("misc", "");
    if (ledgers) {
      r.put("ledgers", t.ledgers());
    }
    r.put("trade_id", t.tradeId());
    r.put("maker", t.maker());
    return r;
  }

  /** The LedgerEntry object (catalog §2.7.3). */
  private static Map<String, Object> entry(KrakenHistory.Entry e) {
    int scale = KrakenHistory.decimals(e.asset());
    Map<String, Object> r = Json.object();
    r.put("refid", e.refid());
    r.put("time", KrakenHistory.seconds(e.timeNanos()));
    r.put("type", e.type());
    r.put("subtype", e.subtype());
    r.put("aclass", "currency");
    r.put("asset", e.asset());
    r.put("amount", Ledger.plain(e.amount(), scale));
    r.put("fee", Ledger.plain(e.fee(), scale));
    r.put("balance", Ledger.plain(e.balance(), scale));
    return r;
  }

  /** {@code start} or {@code end} as epoch nanoseconds: a unix time in seconds, or the time of the trade/entry with that id. */
  private static long bound(Map<String, String> p, String name, Function<String, Long> byId, long otherwise) throws KrakenError {
    String v = p.get(name);
    if (v == null) {
      return otherwise;
    }
    if (v.matches("[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(v).movePointRight(9).longValue();
    }
    Long at = byId.apply(v);
    if (at == null) {
      throw KrakenTradeParams.invalid(name);
    }
    return at;
  }

  private static int ofs(Map<String, String> p) throws KrakenError {
    return KrakenTradeParams.integer(p, "ofs", 0, Integer.MAX_VALUE, 0);
  }
}
