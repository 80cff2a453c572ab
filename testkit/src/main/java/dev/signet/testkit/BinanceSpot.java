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
import java.util.UUID;

/** {@link FakeBinance}'s Spot account and order endpoints, on the shared ledger. */
final class BinanceSpot {
  private final Ledger ledger;
  private final Clock clock;

  BinanceSpot(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
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

  /** {@code POST /api/v3/order}. */
  Reply newOrder(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    String side = required(p, "side");
    String type = required(p, "type");
    Ledger.Market market = ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
    if (!side.equals("BUY") && !side.equals("SELL")) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter 'side'; legal range is 'BUY, SELL'.");
    }
    boolean isMarket = type.equals("MARKET");
    if (!isMarket && !type.equals("LIMIT")) {
      throw new BinanceError(400, -1116, "Invalid orderType.");
    }
    BigDecimal qty;
    BigDecimal price = null;
    if (isMarket) {
      if (p.containsKey("quoteOrderQty")) {
        qty = decimal(p, "quoteOrderQty").divide(market.price(), 8, RoundingMode.DOWN);
      } else {
        qty = decimal(p, "quantity");
      }
    } else {
      required(p, "timeInForce");
      qty = decimal(p, "quantity");
      price = decimal(p, "price");
    }
    BinanceFilters.check(market, isMarket, p.containsKey("quoteOrderQty") ? null : qty, price);
    String clientId = p.getOrDefault("newClientOrderId", "x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    Ledger.Order o;
    try {
      o = ledger.place(symbol, side.equals("BUY"), isMarket, qty, price, clientId, clock.millis());
    } catch (Ledger.Rejection r) {
      throw switch (r.getMessage()) {
        case "duplicate client order id" -> new BinanceError(400, -2010, "Duplicate order sent.");
        default -> new BinanceError(400, -2010, "Account has insufficient balance for requested action.");
      };
    }
    String respType = p.getOrDefault("newOrderRespType", "FULL");
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("orderId", o.id);
    r.put("orderListId", -1);
    r.put("clientOrderId", o.clientOrderId);
    r.put("transactTime", o.createdMillis);
    if (!respType.equals("ACK")) {
      r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
      r.put("origQty", Ledger.plain(o.quantity, 8));
      r.put("executedQty", Ledger.plain(o.executed, 8));
      r.put("origQuoteOrderQty", "0.00000000");
      r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
      r.put("status", o.status);
      r.put("timeInForce", p.getOrDefault("timeInForce", "GTC"));
      r.put("type", type);
      r.put("side", side);
      r.put("workingTime", o.createdMillis);
      r.put("selfTradePreventionMode", "NONE");
    }
    if (respType.equals("FULL")) {
      List<Map<String, Object>> fills = new ArrayList<>();
      if (isMarket) {
        Map<String, Object> f = Json.object();
        f.put("price", Ledger.plain(market.price(), 8));
        f.put("qty", Ledger.plain(o.quantity, 8));
        f.put("commission", "0.00000000");
        f.put("commissionAsset", market.quote());
        f.put("tradeId", o.id);
        fills.add(f);
      }
      r.put("fills", fills);
    }
    return ok(Json.write(r));
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
    try {
      ledger.cancel(o, clock.millis());
    } catch (Ledger.Rejection r) {
      throw new BinanceError(400, -2011, "Unknown order sent.");
    }
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("origClientOrderId", o.clientOrderId);
    r.put("orderId", o.id);
    r.put("orderListId", -1);
    r.put("clientOrderId", p.getOrDefault("newClientOrderId", "cancel-" + o.id));
    r.put("transactTime", o.updatedMillis);
    r.put("price", Ledger.plain(o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", "GTC");
    r.put("type", o.market ? "MARKET" : "LIMIT");
    r.put("side", o.buy ? "BUY" : "SELL");
    r.put("selfTradePreventionMode", "NONE");
    return ok(Json.write(r));
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
    r.put("orderListId", -1);
    r.put("clientOrderId", o.clientOrderId);
    r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", "GTC");
    r.put("type", o.market ? "MARKET" : "LIMIT");
    r.put("side", o.buy ? "BUY" : "SELL");
    r.put("stopPrice", "0.00000000");
    r.put("icebergQty", "0.00000000");
    r.put("time", o.createdMillis);
    r.put("updateTime", o.updatedMillis);
    r.put("isWorking", true);
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("workingTime", o.createdMillis);
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

  /** The order {@code p} names by {@code symbol} and {@code orderId} or {@code origClientOrderId}, as {@code GET /api/v3/order} finds it. */
  Ledger.Order findOrder(Map<String, String> p) throws BinanceError {
    return find(p);
  }

  /** {@code o} in the documented order JSON of {@code GET /api/v3/order}. */
  static Map<String, Object> orderView(Ledger.Order o) {
    return orderJson(o);
  }
}
