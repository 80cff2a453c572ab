package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.core.SignetJson;
import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The spot trading routes beyond placing, querying and cancelling one order: test orders (with
 * commission rates), cancelling all open orders of a symbol, cancel-replace (every outcome, the
 * failures as Binance's {@code -2021}/{@code -2022} bodies with {@code data}), amend keep priority
 * (releasing the lock of the quantity removed), order lists (their legs real orders, trading through
 * {@link SpotMatcher}; cancelling a list releases its locks) and SOR. Orders go through
 * {@link BinanceSpot}, so balances and ids stay consistent.
 */
final class BinanceSpotOrders {
  private final BinanceSpot spot;
  private final Ledger ledger;
  private final Clock clock;
  private final SpotMatcher matcher;

  BinanceSpotOrders(BinanceSpot spot, Ledger ledger, Clock clock) {
    this.spot = spot;
    this.ledger = ledger;
    this.clock = clock;
    this.matcher = spot.matcher();
  }

  /** The routes, keyed {@code "METHOD /path"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("POST /api/v3/order/test", this::testOrder);
    r.put("POST /api/v3/sor/order/test", this::testOrder);
    r.put("POST /api/v3/sor/order", p -> spot.newOrder(with(p, "newOrderRespType", "FULL")));
    r.put("DELETE /api/v3/openOrders", this::cancelOpen);
    r.put("POST /api/v3/order/cancelReplace", this::cancelReplace);
    r.put("PUT /api/v3/order/amend/keepPriority", this::amend);
    for (String kind : List.of("oco", "oto", "otoco", "opo", "opoco")) {
      r.put("POST /api/v3/orderList/" + kind, p -> newList(kind, p));
    }
    r.put("DELETE /api/v3/orderList", this::cancelList);
    return r;
  }

  private Reply testOrder(Map<String, String> p) throws BinanceError {
    market(p);
    if (!"true".equals(p.get("computeCommissionRates"))) {
      return Reply.json(200, "{}");
    }
    Map<String, Object> rates = Json.object();
    rates.put("maker", "0.00100000");
    rates.put("taker", "0.00100000");
    Map<String, Object> zero = Json.object();
    zero.put("maker", "0.00000000");
    zero.put("taker", "0.00000000");
    Map<String, Object> discount = Json.object();
    discount.put("enabledForAccount", false);
    discount.put("enabledForSymbol", false);
    discount.put("discountAsset", "BNB");
    discount.put("discount", "0.25000000");
    Map<String, Object> r = Json.object();
    r.put("standardCommissionForOrder", rates);
    r.put("taxCommissionForOrder", zero);
    r.put("discount", discount);
    return Reply.json(200, Json.write(r));
  }

  private Reply cancelOpen(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    List<Object> out = new ArrayList<>();
    for (Ledger.Order o : ledger.open(symbol)) {
      if (o.orderListId < 0) {
        out.add(parse(spot.cancel(Map.of("symbol", symbol, "orderId", Long.toString(o.id)))));
      }
    }
    for (SpotOrderList list : matcher.lists()) {
      if (list.symbol.equals(symbol) && list.isOpen()) {
        out.add(cancelled(list));
      }
    }
    if (out.isEmpty()) {
      throw new BinanceError(400, -2011, "Unknown order sent.");
    }
    return Reply.json(200, Json.write(out));
  }

  private Reply cancelReplace(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    String mode = required(p, "cancelReplaceMode");
    Map<String, String> cancel = new HashMap<>(Map.of("symbol", symbol));
    if (p.containsKey("cancelOrderId")) {
      cancel.put("orderId", p.get("cancelOrderId"));
    } else {
      cancel.put("origClientOrderId", required(p, "cancelOrigClientOrderId"));
    }
    Map<String, String> place = new HashMap<>(p);
    List.of("cancelReplaceMode", "cancelOrderId", "cancelOrigClientOrderId", "cancelNewClientOrderId",
        "cancelRestrictions", "orderRateLimitExceededMode").forEach(place::remove);
    Object cancelled = attempt(spot::cancel, cancel);
    boolean cancelOk = !(cancelled instanceof BinanceError);
    Object placed = cancelOk || mode.equals("ALLOW_FAILURE") ? attempt(spot::newOrder, place) : null;
    boolean placedOk = placed != null && !(placed instanceof BinanceError);
    Map<String, Object> data = Json.object();
    data.put("cancelResult", cancelOk ? "SUCCESS" : "FAILURE");
    data.put("newOrderResult", placed == null ? "NOT_ATTEMPTED" : placedOk ? "SUCCESS" : "FAILURE");
    data.put("cancelResponse", body(cancelled));
    data.put("newOrderResponse", placed == null ? null : body(placed));
    if (cancelOk && placedOk) {
      return Reply.json(200, Json.write(data));
    }
    boolean partial = cancelOk || placedOk;
    Map<String, Object> error = Json.object();
    error.put("code", partial ? -2021 : -2022);
    error.put("msg", partial ? "Order cancel-replace partially failed." : "Order cancel-replace failed.");
    error.put("data", data);
    return Reply.json(partial ? 409 : 400, Json.write(error));
  }

  private Reply amend(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    Ledger.Order o = p.containsKey("orderId")
        ? ledger.byId(parseLong(p.get("orderId"), "orderId")).orElse(null)
        : ledger.byClientId(required(p, "origClientOrderId")).orElse(null);
    if (o == null || !o.symbol.equals(symbol) || !Ledger.isOpen(o)) {
      throw new BinanceError(400, -2013, "Order does not exist.");
    }
    java.math.BigDecimal newQty = decimal(p, "newQty");
    if (newQty.compareTo(o.quantity) >= 0) {
      throw new BinanceError(400, -2038, "Order amend (quantity increase) rejected.");
    }
    String orig = o.clientOrderId;
    matcher.amend(o, newQty);
    o.clientOrderId = p.getOrDefault("newClientOrderId", newId());
    o.updatedMillis = clock.millis();
    Map<String, Object> a = Json.object();
    a.put("symbol", o.symbol);
    a.put("orderId", o.id);
    a.put("orderListId", o.orderListId);
    a.put("origClientOrderId", orig);
    a.put("clientOrderId", o.clientOrderId);
    a.put("price", Ledger.plain(o.price == null ? java.math.BigDecimal.ZERO : o.price, 8));
    a.put("qty", Ledger.plain(o.quantity, 8));
    a.put("executedQty", Ledger.plain(o.executed, 8));
    a.put("status", o.status);
    a.put("type", o.type);
    a.put("side", o.buy ? "BUY" : "SELL");
    Map<String, Object> r = Json.object();
    r.put("transactTime", o.updatedMillis);
    r.put("executionId", o.id);
    r.put("amendedOrder", a);
    return Reply.json(200, Json.write(r));
  }

  /** Reads each leg's prefixed parameters (e.g. {@code aboveType}, {@code workingPrice}) as one order's and places the list. */
  private Reply newList(String kind, Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    List<String> prefixes = switch (kind) {
      case "oco" -> List.of("above", "below");
      case "oto", "opo" -> List.of("working", "pending");
      default -> List.of("working", "pendingAbove", "pendingBelow");
    };
    List<Ledger.Order> legs = new ArrayList<>();
    for (String prefix : prefixes) {
      Map<String, String> leg = new HashMap<>();
      leg.put("symbol", symbol);
      leg.put("type", required(p, prefix + "Type"));
      String side = p.getOrDefault(prefix + "Side", p.getOrDefault("pendingSide", p.get("side")));
      leg.put("side", required(side == null ? Map.of() : Map.of("side", side), "side"));
      String qty = p.getOrDefault(prefix + "Quantity", p.getOrDefault("pendingQuantity", p.get("quantity")));
      if (qty == null && kind.startsWith("opo") && !prefix.equals("working")) {
        qty = required(p, "workingQuantity");
      }
      copy(leg, "quantity", qty);
      copy(leg, "price", p.get(prefix + "Price"));
      copy(leg, "stopPrice", p.get(prefix + "StopPrice"));
      copy(leg, "timeInForce", p.get(prefix + "TimeInForce"));
      leg.put("newClientOrderId", p.getOrDefault(prefix + "ClientOrderId", newId()));
      legs.add(spot.draft(leg));
    }
    Map<Ledger.Order, Map<String, Object>> pendingReports = new HashMap<>();
    SpotOrderList list;
    try {
      list = matcher.placeList(kind, p.getOrDefault("listClientOrderId", newId()), legs,
          placed -> placed.pending().forEach(o -> pendingReports.put(o, BinanceSpot.result(o))));
    } catch (Ledger.Rejection r) {
      throw BinanceSpot.rejected(r);
    }
    Map<String, Object> out = list.json();
    out.put("orderReports", list.legs.stream().map(o -> pendingReports.getOrDefault(o, BinanceSpot.result(o))).toList());
    return Reply.json(200, Json.write(out));
  }

  private static void copy(Map<String, String> leg, String key, String value) {
    if (value != null) {
      leg.put(key, value);
    }
  }

  private Reply cancelList(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    SpotOrderList list = p.containsKey("orderListId")
        ? matcher.list(parseLong(p.get("orderListId"), "orderListId")).orElse(null)
        : matcher.lists().stream().filter(l -> l.listClientOrderId.equals(p.get("listClientOrderId")))
            .reduce((a, b) -> b).orElse(null);
    if (list == null || !list.symbol.equals(symbol) || !list.isOpen()) {
      throw new BinanceError(400, -2011, "Unknown order list sent.");
    }
    return Reply.json(200, Json.write(cancelled(list)));
  }

  /** Cancels {@code list} and answers it with its legs' cancel reports. */
  private Map<String, Object> cancelled(SpotOrderList list) {
    matcher.cancelList(list);
    Map<String, Object> out = list.json();
    out.put("orderReports", list.legs.stream().map(o -> BinanceSpot.canceled(o, newId())).toList());
    return out;
  }

  private String market(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
    return symbol;
  }

  private interface Call {
    Reply handle(Map<String, String> p) throws BinanceError;
  }

  /** The answer's JSON as a map, or the error thrown. */
  private static Object attempt(Call call, Map<String, String> p) {
    try {
      return parse(call.handle(p));
    } catch (BinanceError e) {
      return e;
    }
  }

  private static Object body(Object answer) {
    if (answer instanceof BinanceError e) {
      return Map.of("code", e.code, "msg", e.getMessage());
    }
    return answer;
  }

  private static Object parse(Reply reply) {
    return SignetJson.mapper().readValue(reply.body(), Object.class);
  }

  private static Map<String, String> with(Map<String, String> p, String key, String value) {
    Map<String, String> out = new HashMap<>(p);
    out.put(key, value);
    return out;
  }

  private static String newId() {
    return "x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }
}
