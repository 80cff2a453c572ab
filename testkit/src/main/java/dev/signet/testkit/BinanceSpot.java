package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@link FakeBinance}'s Spot account and order endpoints, on the shared ledger; orders trade through {@link SpotMatcher}. */
final class BinanceSpot {
  private static final Set<String> TYPES = Set.of("LIMIT", "MARKET", "LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT",
      "TAKE_PROFIT", "TAKE_PROFIT_LIMIT");
  private final Ledger ledger;
  private final Clock clock;
  private final SpotMatcher matcher;

  BinanceSpot(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
    this.matcher = new SpotMatcher(ledger, clock);
  }

  /** {@code GET /api/v3/account}. */
  Reply account(Map<String, String> p) {
    return ok(Json.write(accountJson()));
  }

  /** {@code GET /api/v3/order}. */
  Reply order(Map<String, String> p) throws BinanceError {
    return ok(Json.write(orderJson(find(p))));
  }

  private Map<String, Object> accountJson() {
    Map<String, Object> a = Json.object();
    a.put("makerCommission", 10);
    a.put("takerCommission", 10);
    a.put("buyerCommission", 0);
    a.put("sellerCommission", 0);
    Map<String, Object> rates = Json.object();
    rates.put("maker", "0.00100000");
    rates.put("taker", "0.00100000");
    rates.put("buyer", "0.00000000");
    rates.put("seller", "0.00000000");
    a.put("commissionRates", rates);
    a.put("canTrade", true);
    a.put("canWithdraw", true);
    a.put("canDeposit", true);
    a.put("brokered", false);
    a.put("requireSelfTradePrevention", false);
    a.put("preventSor", false);
    a.put("updateTime", clock.millis());
    a.put("accountType", "SPOT");
    List<Map<String, Object>> balances = new ArrayList<>();
    ledger.balances().forEach((asset, fl) -> {
      Map<String, Object> b = Json.object();
      b.put("asset", asset);
      b.put("free", Ledger.plain(fl[0], 8));
      b.put("locked", Ledger.plain(fl[1], 8));
      balances.add(b);
    });
    a.put("balances", balances);
    a.put("permissions", List.of("SPOT"));
    a.put("uid", 354937868L);
    return a;
  }

  /** {@code POST /api/v3/order}: placed through the matcher, so a MARKET or marketable order fills at once. */
  Reply newOrder(Map<String, String> p) throws BinanceError {
    Ledger.Order o = draft(p);
    try {
      matcher.place(o);
    } catch (Ledger.Rejection r) {
      throw rejected(r);
    }
    String respType = p.getOrDefault("newOrderRespType", "FULL");
    Map<String, Object> r = respType.equals("ACK") ? ack(o) : result(o);
    if (respType.equals("FULL")) {
      r.put("fills", matcher.trades().stream().filter(t -> t.orderId() == o.id).map(SpotTrade::fill).toList());
    }
    return ok(Json.write(r));
  }

  /**
   * The order {@code p} describes (Binance's parameter names: {@code symbol}, {@code side}, {@code type},
   * {@code quantity} or a MARKET's {@code quoteOrderQty}, {@code price}, {@code stopPrice},
   * {@code timeInForce}, {@code newClientOrderId}), checked against the market's filters; not yet placed.
   */
  Ledger.Order draft(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    String side = required(p, "side");
    String type = required(p, "type");
    Ledger.Market market = ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
    if (!side.equals("BUY") && !side.equals("SELL")) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter 'side'; legal range is 'BUY, SELL'.");
    }
    if (!TYPES.contains(type)) {
      throw new BinanceError(400, -1116, "Invalid orderType.");
    }
    boolean isMarket = type.equals("MARKET");
    boolean byQuote = isMarket && p.containsKey("quoteOrderQty");
    Ledger.Order o = new Ledger.Order();
    o.symbol = symbol;
    o.buy = side.equals("BUY");
    o.type = type;
    o.market = isMarket;
    o.quantity = byQuote ? decimal(p, "quoteOrderQty").divide(market.price(), 8, RoundingMode.DOWN) : decimal(p, "quantity");
    boolean limit = type.equals("LIMIT") || type.endsWith("_LIMIT");
    o.price = limit || type.equals("LIMIT_MAKER") ? decimal(p, "price") : null;
    o.stopPrice = SpotMatcher.isStop(type) ? decimal(p, "stopPrice") : null;
    o.timeInForce = limit ? required(p, "timeInForce") : "GTC";
    BinanceFilters.check(market, isMarket, byQuote ? null : o.quantity, o.price);
    if (o.stopPrice != null) {
      BinanceFilters.check(market, false, null, o.stopPrice);
    }
    o.clientOrderId = p.getOrDefault("newClientOrderId", "x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    return o;
  }

  /** The ledger's refusal as Binance's {@code -2010}. */
  static BinanceError rejected(Ledger.Rejection r) {
    return r.getMessage().equals("duplicate client order id") ? new BinanceError(400, -2010, "Duplicate order sent.")
        : new BinanceError(400, -2010, "Account has insufficient balance for requested action.");
  }

  private static Map<String, Object> ack(Ledger.Order o) {
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("orderId", o.id);
    r.put("orderListId", o.orderListId);
    r.put("clientOrderId", o.clientOrderId);
    r.put("transactTime", o.createdMillis);
    return r;
  }

  /** {@code o} as the RESULT answer of a new order, which is also an order list's order report. */
  static Map<String, Object> result(Ledger.Order o) {
    Map<String, Object> r = ack(o);
    r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", o.timeInForce);
    r.put("type", o.type);
    r.put("side", o.buy ? "BUY" : "SELL");
    if (o.stopPrice != null) {
      r.put("stopPrice", Ledger.plain(o.stopPrice, 8));
    }
    r.put("workingTime", o.workingMillis);
    r.put("selfTradePreventionMode", "NONE");
    return r;
  }

  private Ledger.Order find(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    Ledger.Order o;
    if (p.containsKey("orderId")) {
      o = ledger.byId(parseLong(p.get("orderId"), "orderId")).orElse(null);
    } else if (p.containsKey("origClientOrderId")) {
      o = ledger.byClientId(p.get("origClientOrderId")).orElse(null);
    } else {
      throw new BinanceError(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
    }
    if (o == null || !o.symbol.equals(symbol)) {
      throw new BinanceError(400, -2013, "Order does not exist.");
    }
    return o;
  }

  /** {@code DELETE /api/v3/order}. */
  Reply cancel(Map<String, String> p) throws BinanceError {
    Ledger.Order o = find(p);
    String cancelId = p.getOrDefault("newClientOrderId", "cancel-" + o.id);
    try {
      matcher.cancel(o, cancelId);
    } catch (Ledger.Rejection r) {
      throw new BinanceError(400, -2011, "Unknown order sent.");
    }
    return ok(Json.write(canceled(o, cancelId)));
  }

  /** {@code o}'s cancel report, as {@code DELETE /api/v3/order} and an order list's cancel answer it. */
  static Map<String, Object> canceled(Ledger.Order o, String newClientOrderId) {
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("origClientOrderId", o.clientOrderId);
    r.put("orderId", o.id);
    r.put("orderListId", o.orderListId);
    r.put("clientOrderId", newClientOrderId);
    r.put("transactTime", o.updatedMillis);
    r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", o.timeInForce);
    r.put("type", o.type);
    r.put("side", o.buy ? "BUY" : "SELL");
    if (o.stopPrice != null) {
      r.put("stopPrice", Ledger.plain(o.stopPrice, 8));
    }
    r.put("selfTradePreventionMode", "NONE");
    return r;
  }

  /** {@code GET /api/v3/openOrders}. */
  Reply openOrders(Map<String, String> p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ledger.Order o : ledger.open(p.get("symbol"))) {
      out.add(orderJson(o));
    }
    return ok(Json.write(out));
  }

  private static Map<String, Object> orderJson(Ledger.Order o) {
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("orderId", o.id);
    r.put("orderListId", o.orderListId);
    r.put("clientOrderId", o.clientOrderId);
    r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", o.timeInForce);
    r.put("type", o.type);
    r.put("side", o.buy ? "BUY" : "SELL");
    r.put("stopPrice", Ledger.plain(o.stopPrice == null ? BigDecimal.ZERO : o.stopPrice, 8));
    r.put("icebergQty", "0.00000000");
    r.put("time", o.createdMillis);
    r.put("updateTime", o.updatedMillis);
    r.put("isWorking", o.workingMillis >= 0);
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("workingTime", o.workingMillis);
    r.put("selfTradePreventionMode", "NONE");
    return r;
  }

  private static Reply ok(String body) {
    return Reply.json(200, body);
  }

  // Accessors for BinanceSpotAccount (the account-data routes), kept at the end of the file.

  /** The shared ledger the orders are kept in. */
  Ledger ledger() {
    return ledger;
  }

  /** The fake's clock. */
  Clock clock() {
    return clock;
  }

  /** The matcher orders trade through. */
  SpotMatcher matcher() {
    return matcher;
  }

  /** The order {@code p} names by {@code symbol} and {@code orderId} or {@code origClientOrderId}, as {@code GET /api/v3/order} finds it. */
  Ledger.Order findOrder(Map<String, String> p) throws BinanceError {
    return find(p);
  }

  /** {@code o} in the documented order JSON of {@code GET /api/v3/order}. */
  static Map<String, Object> orderView(Ledger.Order o) {
    return orderJson(o);
  }
}
