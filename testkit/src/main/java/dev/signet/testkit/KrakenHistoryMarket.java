package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link FakeKraken}'s public Trades and OHLC, built from the fake's own fills (its only trades).
 * Trades: rows {@code [price, volume, time, b|s, m|l, "", trade_id]} oldest first, the side and kind
 * being the taker's (the fake's order when it took, else the other side, a limit), after the
 * {@code since} cursor (nanoseconds, or whole seconds when 10 digits or fewer), at most {@code count}
 * (1..1000, default 1000); {@code last} is the newest row's time in nanoseconds, as a string. OHLC:
 * candles of {@code interval} minutes opening after {@code since} (the newest candle always comes),
 * at most 720, {@code last} the newest candle's time.
 */
final class KrakenHistoryMarket {
  private static final Set<Integer> INTERVALS = Set.of(1, 5, 15, 30, 60, 240, 1440, 10080, 21600);

  private final KrakenHistory history;
  private final KrakenPairs pairs;

  KrakenHistoryMarket(KrakenHistory history, KrakenPairs pairs) {
    this.history = history;
    this.pairs = pairs;
  }

  /** Puts this class's methods into the fake's public table, by method name. */
  void register(Map<String, KrakenMethod> publicMethods) {
    publicMethods.put("Trades", this::trades);
    publicMethods.put("OHLC", this::ohlc);
  }

  private Object trades(Map<String, String> p) throws KrakenError {
    KrakenPairs.Pair pair = pair(p);
    long since = since(p.get("since"));
    int count = KrakenTradeParams.integer(p, "count", 1, 1000, 1000);
    List<KrakenHistory.Trade> after = new ArrayList<>();
    for (KrakenHistory.Trade t : history.trades()) {
      if (t.pair().equals(pair) && t.timeNanos() > since) {
        after.add(t);
      }
    }
    List<KrakenHistory.Trade> rows = p.containsKey("since") ? after.subList(0, Math.min(count, after.size()))
        : after.subList(Math.max(0, after.size() - count), after.size());
    List<Object> out = new ArrayList<>();
    for (KrakenHistory.Trade t : rows) {
      boolean takerBuys = t.maker() != t.buy();
      out.add(List.of(Ledger.plain(t.price(), decimals(pair)), Ledger.plain(t.vol(), 8), BigDecimal.valueOf(t.timeNanos(), 9),
          takerBuys ? "b" : "s", !t.maker() && t.ordertype().equals("market") ? "m" : "l", "", t.tradeId()));
    }
    Map<String, Object> result = Json.object();
    result.put(pair.id(), out);
    result.put("last", Long.toString(rows.isEmpty() ? Math.max(since, 0) : rows.get(rows.size() - 1).timeNanos()));
    return result;
  }

  private Object ohlc(Map<String, String> p) throws KrakenError {
    KrakenPairs.Pair pair = pair(p);
    int interval = KrakenTradeParams.integer(p, "interval", 1, 21600, 1);
    if (!INTERVALS.contains(interval)) {
      throw KrakenTradeParams.invalid("interval");
    }
    long since = p.containsKey("since") ? KrakenTradeParams.integer(p, "since", 0, Integer.MAX_VALUE, 0) : Long.MIN_VALUE;
    long width = interval * 60L;
    List<List<KrakenHistory.Trade>> candles = new ArrayList<>();
    List<Long> opens = new ArrayList<>();
    for (KrakenHistory.Trade t : history.trades()) {
      if (!t.pair().equals(pair)) {
        continue;
      }
      long open = Math.floorDiv(t.timeNanos() / 1_000_000_000L, width) * width;
      if (opens.isEmpty() || opens.get(opens.size() - 1) != open) {
        opens.add(open);
        candles.add(new ArrayList<>());
      }
      candles.get(candles.size() - 1).add(t);
    }
    List<Object> rows = new ArrayList<>();
    for (int i = Math.max(0, candles.size() - 720); i < candles.size(); i++) {
      if (opens.get(i) > since || i == candles.size() - 1) {
        rows.add(candle(opens.get(i), candles.get(i), decimals(pair)));
      }
    }
    Map<String, Object> result = Json.object();
    result.put(pair.id(), rows);
    result.put("last", opens.isEmpty() ? Math.max(since, 0) : opens.get(opens.size() - 1));
    return result;
  }

  /** {@code [time, open, high, low, close, vwap, volume, count]}. */
  private static List<Object> candle(long open, List<KrakenHistory.Trade> fills, int scale) {
    BigDecimal high = fills.get(0).price();
    BigDecimal low = high;
    BigDecimal volume = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    for (KrakenHistory.Trade t : fills) {
      high = high.max(t.price());
      low = low.min(t.price());
      volume = volume.add(t.vol());
      cost = cost.add(t.cost());
    }
    return List.of(open, Ledger.plain(fills.get(0).price(), scale), Ledger.plain(high, scale), Ledger.plain(low, scale),
        Ledger.plain(fills.get(fills.size() - 1).price(), scale), Ledger.plain(cost.divide(volume, scale, RoundingMode.HALF_EVEN), scale),
        Ledger.plain(volume, 8), fills.size());
  }

  private KrakenPairs.Pair pair(Map<String, String> p) throws KrakenError {
    return pairs.find(KrakenTradeParams.required(p, "pair")).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
  }

  /** Price decimals: the pair's {@code pair_decimals}, or 5 without rules. */
  private static int decimals(KrakenPairs.Pair pair) {
    return pair.rules() == null ? 5 : pair.rules().pairDecimals();
  }

  /** The Trades cursor as nanoseconds: a nanosecond id, or whole seconds when 10 digits or fewer; absent = everything. */
  private static long since(String since) throws KrakenError {
    if (since == null) {
      return Long.MIN_VALUE;
    }
    if (!since.matches("[0-9]{1,19}")) {
      throw KrakenTradeParams.invalid("since");
    }
    long n = Long.parseLong(since);
    return since.length() <= 10 ? n * 1_000_000_000L : n;
  }
}
