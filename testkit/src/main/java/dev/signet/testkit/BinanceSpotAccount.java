package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@link FakeBinance}'s Spot account-data routes (USER_DATA), answered from {@link BinanceSpot}'s
 * orders and {@link SpotMatcher}'s fills and lists: {@code allOrders}, {@code myTrades} (the stored
 * fills), {@code orderList}, {@code allOrderList}, {@code openOrderList}, the unfilled order count,
 * commission rates and filters. The fake keeps no SOR allocations or amendment history and has no
 * self-trade prevention, so those queries answer empty lists.
 */
final class BinanceSpotAccount {
  private static final int DEFAULT_LIMIT = 500;
  private final BinanceSpot spot;

  BinanceSpotAccount(BinanceSpot spot) {
    this.spot = spot;
  }

  /** The routes, by {@code "METHOD /path"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("GET /api/v3/allOrders", this::allOrders);
    r.put("GET /api/v3/myTrades", this::myTrades);
    r.put("GET /api/v3/orderList", this::orderList);
    r.put("GET /api/v3/allOrderList", this::allOrderLists);
    r.put("GET /api/v3/openOrderList", p -> ok(spot.matcher().lists().stream().filter(SpotOrderList::isOpen)
        .map(SpotOrderList::json).toList()));
    r.put("GET /api/v3/rateLimit/order", p -> ok(unfilledOrderCount()));
    r.put("GET /api/v3/myPreventedMatches", p -> empty(market(p)));
    r.put("GET /api/v3/myAllocations", p -> empty(market(p)));
    r.put("GET /api/v3/account/commission", p -> ok(commission(market(p).symbol())));
    r.put("GET /api/v3/order/amendments", p -> empty(spot.findOrder(p)));
    r.put("GET /api/v3/myFilters", p -> {
      market(p);
      return ok(filters());
    });
    return r;
  }

  private Reply allOrders(Map<String, String> p) throws BinanceError {
    String symbol = market(p).symbol();
    Predicate<Ledger.Order> from = idAtLeast(p, "orderId");
    Predicate<Ledger.Order> window = within(p);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ledger.Order o : page(spot.ledger().all().stream()
        .filter(o -> o.symbol.equals(symbol) && from.test(o) && window.test(o)).toList(), p)) {
      out.add(BinanceSpot.orderView(o));
    }
    return ok(out);
  }

  /** {@code GET /api/v3/myTrades}: the stored fills, by {@code orderId}, {@code fromId}, time window and {@code limit}. */
  private Reply myTrades(Map<String, String> p) throws BinanceError {
    String symbol = market(p).symbol();
    Long orderId = p.containsKey("orderId") ? parseLong(p.get("orderId"), "orderId") : null;
    long fromId = p.containsKey("fromId") ? parseLong(p.get("fromId"), "fromId") : Long.MIN_VALUE;
    long[] window = window(p);
    List<SpotTrade> matching = spot.matcher().trades().stream().filter(t -> t.symbol().equals(symbol)
        && (orderId == null || t.orderId() == orderId) && t.id() >= fromId && t.time() >= window[0] && t.time() <= window[1])
        .toList();
    return ok(page(matching, p).stream().map(SpotTrade::json).toList());
  }

  private Reply orderList(Map<String, String> p) throws BinanceError {
    SpotOrderList list;
    if (p.containsKey("orderListId")) {
      list = spot.matcher().list(parseLong(p.get("orderListId"), "orderListId")).orElse(null);
    } else {
      String id = required(p, "origClientOrderId");
      list = spot.matcher().lists().stream().filter(l -> l.listClientOrderId.equals(id)).reduce((a, b) -> b).orElse(null);
    }
    if (list == null) {
      throw new BinanceError(400, -2011, "Order list does not exist.");
    }
    return ok(list.json());
  }

  private Reply allOrderLists(Map<String, String> p) throws BinanceError {
    long fromId = p.containsKey("fromId") ? parseLong(p.get("fromId"), "fromId") : Long.MIN_VALUE;
    long[] window = window(p);
    List<SpotOrderList> matching = spot.matcher().lists().stream()
        .filter(l -> l.id >= fromId && l.transactionTime >= window[0] && l.transactionTime <= window[1]).toList();
    return ok(page(matching, p).stream().map(SpotOrderList::json).toList());
  }

  private List<Map<String, Object>> unfilledOrderCount() {
    long now = spot.clock().millis();
    List<Ledger.Order> all = spot.ledger().all();
    long lastTenSeconds = all.stream().filter(o -> o.createdMillis > now - 10_000).count();
    long lastDay = all.stream().filter(o -> o.createdMillis > now - 86_400_000).count();
    return List.of(count("SECOND", 10, 100, lastTenSeconds), count("DAY", 1, 200_000, lastDay));
  }

  private static Map<String, Object> count(String interval, int intervalNum, int limit, long count) {
    Map<String, Object> c = Json.object();
    c.put("rateLimitType", "ORDERS");
    c.put("interval", interval);
    c.put("intervalNum", intervalNum);
    c.put("limit", limit);
    c.put("count", count);
    return c;
  }

  /** The rates of {@code GET /api/v3/account}'s {@code commissionRates}, with no special or tax rate and no discount. */
  private static Map<String, Object> commission(String symbol) {
    Map<String, Object> c = Json.object();
    c.put("symbol", symbol);
    c.put("standardCommission", rates("0.00100000"));
    c.put("specialCommission", rates("0.00000000"));
    c.put("taxCommission", rates("0.00000000"));
    Map<String, Object> d = Json.object();
    d.put("enabledForAccount", false);
    d.put("enabledForSymbol", false);
    d.put("discountAsset", "BNB");
    d.put("discount", "0.75000000");
    c.put("discount", d);
    return c;
  }

  private static Map<String, Object> rates(String makerTaker) {
    Map<String, Object> r = Json.object();
    r.put("maker", makerTaker);
    r.put("taker", makerTaker);
    r.put("buyer", "0.00000000");
    r.put("seller", "0.00000000");
    return r;
  }

  private static Map<String, Object> filters() {
    Map<String, Object> exchange = Json.object();
    exchange.put("filterType", "EXCHANGE_MAX_NUM_ORDERS");
    exchange.put("maxNumOrders", 1000);
    Map<String, Object> f = Json.object();
    f.put("exchangeFilters", List.of(exchange));
    f.put("symbolFilters", List.of());
    f.put("assetFilters", List.of());
    return f;
  }

  private Ledger.Market market(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    return spot.ledger().findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
  }

  private static Predicate<Ledger.Order> idAtLeast(Map<String, String> p, String name) throws BinanceError {
    long from = p.containsKey(name) ? parseLong(p.get(name), name) : Long.MIN_VALUE;
    return o -> o.id >= from;
  }

  private static Predicate<Ledger.Order> within(Map<String, String> p) throws BinanceError {
    long[] window = window(p);
    return o -> o.createdMillis >= window[0] && o.createdMillis <= window[1];
  }

  /** {@code startTime} and {@code endTime} (inclusive; unbounded when absent), at most 24 hours apart. */
  private static long[] window(Map<String, String> p) throws BinanceError {
    long start = p.containsKey("startTime") ? parseLong(p.get("startTime"), "startTime") : Long.MIN_VALUE;
    long end = p.containsKey("endTime") ? parseLong(p.get("endTime"), "endTime") : Long.MAX_VALUE;
    if (end - start > 86_400_000L && start != Long.MIN_VALUE && end != Long.MAX_VALUE) {
      throw new BinanceError(400, -1127, "More than 24 hours between startTime and endTime.");
    }
    return new long[] {start, end};
  }

  /** The page of {@code matching} (oldest first): the first {@code limit} from an id or start time, else the most recent {@code limit}. */
  private static <T> List<T> page(List<T> matching, Map<String, String> p) throws BinanceError {
    int limit = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : DEFAULT_LIMIT;
    boolean fromStart = p.containsKey("orderId") || p.containsKey("fromId") || p.containsKey("startTime");
    return fromStart ? matching.subList(0, Math.min(limit, matching.size()))
        : matching.subList(Math.max(0, matching.size() - limit), matching.size());
  }

  /** An empty list, once {@code checked} (the symbol or order the request names) was found. */
  private static Reply empty(Object checked) {
    return ok(List.of());
  }

  private static Reply ok(Object body) {
    return Reply.json(200, Json.write(body));
  }
}
