package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.core.SignetJson;
import dev.signet.testkit.FuturesBook.Order;
import dev.signet.testkit.FuturesPositions.Contract;
import dev.signet.testkit.internal.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link FakeFutures}'s plain-order routes: {@code POST/PUT/DELETE/GET /fapi/v1/order}, {@code order/test},
 * {@code POST/PUT/DELETE batchOrders} (each element an order or {@code {code,msg}}), {@code allOpenOrders},
 * {@code countdownCancelAll}, {@code openOrders} and {@code openOrder}. Refuses conditional types with
 * {@code -4120} (they go to the algo endpoint since 2025-12-09), checks the position mode's
 * {@code positionSide} ({@code -4061}) and {@code reduceOnly} ({@code -1106} in hedge mode), the tick
 * and step sizes ({@code -4014}, {@code -4023}), GTX orders that would take ({@code -5022}) and a client
 * order id already open ({@code -4116}). {@code order/test} answers the order as it would be placed
 * ({@code orderId} 0) and keeps nothing; GTD orders expire at their {@code goodTillDate} on the fake's clock.
 */
final class FuturesOrderRoutes {
  private static final Set<String> CONDITIONAL =
      Set.of("STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET");
  private static final Set<String> TIME_IN_FORCE = Set.of("GTC", "IOC", "FOK", "GTX", "GTD");

  private final FuturesBook book;

  FuturesOrderRoutes(FuturesBook book) {
    this.book = book;
  }

  /** The routes, keyed {@code "METHOD /path"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("POST /fapi/v1/order", this::newOrder);
    r.put("POST /fapi/v1/order/test", this::testOrder);
    r.put("PUT /fapi/v1/order", p -> Reply.json(200, Json.write(modify(p))));
    r.put("DELETE /fapi/v1/order", p -> Reply.json(200, Json.write(cancel(p))));
    r.put("GET /fapi/v1/order", p -> Reply.json(200, Json.write(json(query(p), true))));
    r.put("GET /fapi/v1/openOrder", this::openOrder);
    r.put("GET /fapi/v1/openOrders", this::openOrders);
    r.put("POST /fapi/v1/batchOrders", p -> batch(p, this::placed));
    r.put("PUT /fapi/v1/batchOrders", p -> batch(p, this::modify));
    r.put("DELETE /fapi/v1/batchOrders", this::cancelBatch);
    r.put("DELETE /fapi/v1/allOpenOrders", this::cancelAll);
    r.put("POST /fapi/v1/countdownCancelAll", this::countdown);
    return r;
  }

  private Reply newOrder(Map<String, String> p) throws BinanceError {
    return Reply.json(200, Json.write(placed(p)));
  }

  private Map<String, Object> placed(Map<String, String> p) throws BinanceError {
    Order draft = draft(p);
    boolean result = "RESULT".equals(p.get("newOrderRespType"));
    synchronized (book) {
      Order o = book.place(draft);
      return FuturesJson.order(o, book.positions.contractOrNull(o.symbol), !result, false);
    }
  }

  private Reply testOrder(Map<String, String> p) throws BinanceError {
    if (CONDITIONAL.contains(p.get("type"))) {
      book.positions.contract(p.get("symbol"));
      return Reply.json(200, "{}");
    }
    Order o = draft(p);
    synchronized (book) {
      o.time = book.now();
      o.updateTime = o.time;
    }
    return Reply.json(200, Json.write(FuturesJson.order(o, book.positions.contractOrNull(o.symbol), true, false)));
  }

  /** The order {@code p} describes, checked as Binance checks it before matching. */
  Order draft(Map<String, String> p) throws BinanceError {
    Contract c = book.positions.contract(required(p, "symbol"));
    Order o = new Order();
    o.symbol = c.symbol;
    o.buy = side(required(p, "side"));
    String type = required(p, "type");
    if (CONDITIONAL.contains(type)) {
      throw new BinanceError(400, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.");
    }
    if (!type.equals("LIMIT") && !type.equals("MARKET")) {
      throw new BinanceError(400, -1116, "Invalid orderType.");
    }
    o.type = type;
    o.origType = type;
    synchronized (book) {
      o.positionSide = positionSide(p, book.positions.hedge);
    }
    o.quantity = steps(decimal(p, "quantity"), c.stepSize, -4023, "Quantity not increased by step size.");
    o.reduceOnly = "true".equals(p.get("reduceOnly"));
    o.clientOrderId = p.getOrDefault("newClientOrderId", newId());
    o.priceMatch = p.getOrDefault("priceMatch", "NONE");
    o.selfTradePreventionMode = p.getOrDefault("selfTradePreventionMode", "EXPIRE_MAKER");
    if (type.equals("MARKET")) {
      for (String notForMarket : List.of("price", "timeInForce")) {
        if (p.containsKey(notForMarket)) {
          throw new BinanceError(400, -1106, "Parameter '" + notForMarket + "' sent when not required.");
        }
      }
      o.timeInForce = "GTC";
      return o;
    }
    o.timeInForce = required(p, "timeInForce");
    if (!TIME_IN_FORCE.contains(o.timeInForce)) {
      throw new BinanceError(400, -1115, "Invalid timeInForce.");
    }
    o.price = p.containsKey("priceMatch") && !p.containsKey("price") ? mark(c)
        : steps(decimal(p, "price"), c.tickSize, -4014, "Price not increased by tick size.");
    if (o.timeInForce.equals("GTD")) {
      o.goodTillDate = parseLong(required(p, "goodTillDate"), "goodTillDate");
    }
    if (o.timeInForce.equals("GTX") && book.wouldTake(o.symbol, o.buy, o.price)) {
      throw new BinanceError(400, -5022, "Due to the order could not be executed as maker, the Post Only order will be"
          + " rejected. The order will not be recorded in the order history");
    }
    return o;
  }

  private BigDecimal mark(Contract c) {
    synchronized (book) {
      return c.mark;
    }
  }

  private static boolean side(String side) throws BinanceError {
    if (!side.equals("BUY") && !side.equals("SELL")) {
      throw new BinanceError(400, -1117, "Invalid side.");
    }
    return side.equals("BUY");
  }

  /** {@code positionSide} (default BOTH) against the mode, and {@code reduceOnly}, which hedge mode refuses. */
  private static String positionSide(Map<String, String> p, boolean hedge) throws BinanceError {
    String side = p.getOrDefault("positionSide", "BOTH");
    if (hedge ? !side.equals("LONG") && !side.equals("SHORT") : !side.equals("BOTH")) {
      throw new BinanceError(400, -4061, "Order's position side does not match user's setting.");
    }
    if (hedge && p.containsKey("reduceOnly")) {
      throw new BinanceError(400, -1106, "Parameter 'reduceOnly' sent when not required.");
    }
    return side;
  }

  private static BigDecimal steps(BigDecimal v, BigDecimal step, int code, String msg) throws BinanceError {
    if (v.remainder(step).signum() != 0) {
      throw new BinanceError(400, code, msg);
    }
    return v;
  }

  private Map<String, Object> json(Order o, boolean withTime) {
    synchronized (book) {
      return FuturesJson.order(o, book.positions.contractOrNull(o.symbol), false, withTime);
    }
  }

  private Order query(Map<String, String> p) throws BinanceError {
    Contract c = book.positions.contract(required(p, "symbol"));
    if (!p.containsKey("orderId") && !p.containsKey("origClientOrderId")) {
      throw new BinanceError(400, -1102, "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!");
    }
    Long id = p.containsKey("orderId") ? parseLong(p.get("orderId"), "orderId") : null;
    return book.find(c.symbol, id, p.get("origClientOrderId"))
        .orElseThrow(() -> new BinanceError(400, -2013, "Order does not exist."));
  }

  private Reply openOrder(Map<String, String> p) throws BinanceError {
    Order o = query(p);
    synchronized (book) {
      if (!o.isOpen()) {
        throw new BinanceError(400, -2013, "Order does not exist.");
      }
      return Reply.json(200, Json.write(json(o, true)));
    }
  }

  private Reply openOrders(Map<String, String> p) throws BinanceError {
    String symbol = p.get("symbol");
    if (symbol != null) {
      book.positions.contract(symbol);
    }
    List<Object> out = new ArrayList<>();
    for (Order o : book.open(symbol)) {
      out.add(json(o, true));
    }
    return Reply.json(200, Json.write(out));
  }

  private Map<String, Object> modify(Map<String, String> p) throws BinanceError {
    Order o = query(p);
    Contract c = book.positions.contract(o.symbol);
    boolean buy = side(required(p, "side"));
    BigDecimal qty = steps(decimal(p, "quantity"), c.stepSize, -4023, "Quantity not increased by step size.");
    BigDecimal price = steps(decimal(p, "price"), c.tickSize, -4014, "Price not increased by tick size.");
    synchronized (book) {
      if (!o.isOpen() || !o.type.equals("LIMIT") || o.buy != buy) {
        throw new BinanceError(400, -2013, "Order does not exist.");
      }
      if (qty.compareTo(o.quantity) == 0 && price.compareTo(o.price) == 0) {
        throw new BinanceError(400, -5027, "No need to modify the order.");
      }
      book.modify(o, qty, price);
      return json(o, false);
    }
  }

  private Map<String, Object> cancel(Map<String, String> p) throws BinanceError {
    Order o;
    try {
      o = query(p);
    } catch (BinanceError e) {
      throw e.code == -2013 ? new BinanceError(400, -2011, "Unknown order sent.") : e;
    }
    synchronized (book) {
      if (!o.isOpen()) {
        throw new BinanceError(400, -2011, "Unknown order sent.");
      }
      book.cancel(o);
      return json(o, false);
    }
  }

  private interface Item {
    Map<String, Object> handle(Map<String, String> p) throws BinanceError;
  }

  /** Each element of the JSON array {@code batchOrders} handled in turn, answered as an order or {@code {code,msg}}. */
  private Reply batch(Map<String, String> p, Item item) throws BinanceError {
    List<Object> out = new ArrayList<>();
    for (Object element : array(p, "batchOrders")) {
      Map<String, String> params = new LinkedHashMap<>();
      if (element instanceof Map<?, ?> m) {
        m.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
      }
      out.add(outcome(item, params));
    }
    return Reply.json(200, Json.write(out));
  }

  private Reply cancelBatch(Map<String, String> p) throws BinanceError {
    String symbol = book.positions.contract(required(p, "symbol")).symbol;
    String key = p.containsKey("orderIdList") ? "orderIdList" : "origClientOrderIdList";
    List<Object> out = new ArrayList<>();
    for (Object id : array(p, key)) {
      String param = key.equals("orderIdList") ? "orderId" : "origClientOrderId";
      out.add(outcome(this::cancel, Map.of("symbol", symbol, param, String.valueOf(id))));
    }
    return Reply.json(200, Json.write(out));
  }

  private static Object outcome(Item item, Map<String, String> params) {
    try {
      return item.handle(params);
    } catch (BinanceError e) {
      Map<String, Object> error = Json.object();
      error.put("code", e.code);
      error.put("msg", e.getMessage());
      return error;
    }
  }

  private static List<?> array(Map<String, String> p, String name) throws BinanceError {
    String text = required(p, name);
    try {
      Object parsed = SignetJson.mapper().readValue(text, Object.class);
      if (parsed instanceof List<?> list && !list.isEmpty()) {
        return list;
      }
    } catch (RuntimeException e) {
      // answered below, as Binance answers malformed JSON
    }
    throw new BinanceError(400, -1130, "Data sent for parameter '" + name + "' is not valid.");
  }

  private Reply cancelAll(Map<String, String> p) throws BinanceError {
    String symbol = book.positions.contract(required(p, "symbol")).symbol;
    synchronized (book) {
      book.open(symbol).forEach(book::cancel);
    }
    return Reply.json(200, "{\"code\":200,\"msg\":\"The operation of cancel all open order is done.\"}");
  }

  private Reply countdown(Map<String, String> p) throws BinanceError {
    String symbol = book.positions.contract(required(p, "symbol")).symbol;
    long millis = parseLong(required(p, "countdownTime"), "countdownTime");
    book.countdown(symbol, millis);
    Map<String, Object> r = Json.object();
    r.put("symbol", symbol);
    r.put("countdownTime", Long.toString(millis));
    return Reply.json(200, Json.write(r));
  }

  static String newId() {
    return "web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 18);
  }
}
