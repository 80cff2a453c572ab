package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.FuturesBook.Algo;
import dev.signet.testkit.FuturesPositions.Contract;
import dev.signet.testkit.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link FakeFutures}'s algo-order routes: {@code POST/DELETE/GET /fapi/v1/algoOrder},
 * {@code DELETE /fapi/v1/algoOpenOrders} and {@code GET /fapi/v1/openAlgoOrders}. A trigger price the
 * mark has already reached is refused with {@code -2021 Order would immediately trigger.}
 */
final class FuturesAlgoRoutes {
  private static final Set<String> TYPES = Set.of("STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET",
      "TRAILING_STOP_MARKET");

  private final FuturesBook book;

  FuturesAlgoRoutes(FuturesBook book) {
    this.book = book;
  }

  /** The routes, keyed {@code "METHOD /path"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("POST /fapi/v1/algoOrder", this::newAlgo);
    r.put("DELETE /fapi/v1/algoOrder", this::cancel);
    r.put("GET /fapi/v1/algoOrder", p -> Reply.json(200, Json.write(json(find(p)))));
    r.put("DELETE /fapi/v1/algoOpenOrders", this::cancelAll);
    r.put("GET /fapi/v1/openAlgoOrders", this::open);
    return r;
  }

  private Reply newAlgo(Map<String, String> p) throws BinanceError {
    if (!"CONDITIONAL".equals(required(p, "algoType"))) {
      throw new BinanceError(400, -1116, "Invalid algoType.");
    }
    Contract c = book.positions.contract(required(p, "symbol"));
    Algo a = new Algo();
    a.symbol = c.symbol;
    a.buy = side(required(p, "side"));
    a.orderType = required(p, "type");
    if (!TYPES.contains(a.orderType)) {
      throw new BinanceError(400, -1116, "Invalid orderType.");
    }
    synchronized (book) {
      a.positionSide = p.getOrDefault("positionSide", "BOTH");
      boolean hedge = book.positions.hedge;
      if (hedge ? a.positionSide.equals("BOTH") : !a.positionSide.equals("BOTH")) {
        throw new BinanceError(400, -4061, "Order's position side does not match user's setting.");
      }
      if (hedge && p.containsKey("reduceOnly")) {
        throw new BinanceError(400, -1106, "Parameter 'reduceOnly' sent when not required.");
      }
    }
    a.closePosition = "true".equals(p.get("closePosition"));
    if (a.closePosition && p.containsKey("quantity")) {
      throw new BinanceError(400, -1106, "Parameter 'quantity' sent when not required.");
    }
    a.quantity = a.closePosition ? null : decimal(p, "quantity");
    boolean trailing = a.orderType.equals("TRAILING_STOP_MARKET");
    a.triggerPrice = trailing ? null : decimal(p, "triggerPrice");
    boolean limit = a.orderType.equals("STOP") || a.orderType.equals("TAKE_PROFIT");
    a.price = limit && !(p.containsKey("priceMatch") && !p.containsKey("price")) ? decimal(p, "price") : null;
    a.callbackRate = trailing ? decimal(p, "callbackRate") : null;
    a.activatePrice = trailing && p.containsKey("activatePrice") ? decimal(p, "activatePrice") : null;
    a.timeInForce = p.getOrDefault("timeInForce", "GTC");
    a.workingType = p.getOrDefault("workingType", "CONTRACT_PRICE");
    a.priceMatch = p.getOrDefault("priceMatch", "NONE");
    a.selfTradePreventionMode = p.getOrDefault("selfTradePreventionMode", "EXPIRE_MAKER");
    a.priceProtect = "true".equals(p.get("priceProtect"));
    a.reduceOnly = "true".equals(p.get("reduceOnly"));
    a.goodTillDate = p.containsKey("goodTillDate") ? parseLong(p.get("goodTillDate"), "goodTillDate") : 0;
    a.clientAlgoId = p.getOrDefault("clientAlgoId", FuturesOrderRoutes.newId());
    synchronized (book) {
      if (book.openAlgos(null).stream().anyMatch(x -> x.clientAlgoId.equals(a.clientAlgoId))) {
        throw new BinanceError(400, -4116, "ClientOrderId is duplicated.");
      }
      return Reply.json(200, Json.write(json(book.placeAlgo(a))));
    }
  }

  private static boolean side(String side) throws BinanceError {
    if (!side.equals("BUY") && !side.equals("SELL")) {
      throw new BinanceError(400, -1117, "Invalid side.");
    }
    return side.equals("BUY");
  }

  private Map<String, Object> json(Algo a) {
    synchronized (book) {
      return FuturesJson.algo(a, book.positions.contractOrNull(a.symbol));
    }
  }

  private Algo find(Map<String, String> p) throws BinanceError {
    if (!p.containsKey("algoId") && !p.containsKey("clientAlgoId")) {
      throw new BinanceError(400, -1102, "Param 'algoId' or 'clientAlgoId' must be sent, but both were empty/null!");
    }
    Long id = p.containsKey("algoId") ? parseLong(p.get("algoId"), "algoId") : null;
    return book.findAlgo(id, p.get("clientAlgoId")).orElseThrow(() -> new BinanceError(400, -2013, "Order does not exist."));
  }

  private Reply cancel(Map<String, String> p) throws BinanceError {
    Algo a;
    try {
      a = find(p);
    } catch (BinanceError e) {
      throw e.code == -2013 ? new BinanceError(400, -2011, "Unknown order sent.") : e;
    }
    synchronized (book) {
      if (!a.status.equals("NEW")) {
        throw new BinanceError(400, -2011, "Unknown order sent.");
      }
      book.cancelAlgo(a);
    }
    Map<String, Object> r = Json.object();
    r.put("algoId", a.algoId);
    r.put("clientAlgoId", a.clientAlgoId);
    r.put("code", "200");
    r.put("msg", "success");
    return Reply.json(200, Json.write(r));
  }

  private Reply cancelAll(Map<String, String> p) throws BinanceError {
    String symbol = book.positions.contract(required(p, "symbol")).symbol;
    synchronized (book) {
      book.openAlgos(symbol).forEach(book::cancelAlgo);
    }
    return Reply.json(200, "{\"code\":200,\"msg\":\"The operation of cancel all open order is done.\"}");
  }

  private Reply open(Map<String, String> p) throws BinanceError {
    String symbol = p.get("symbol");
    if (symbol != null) {
      book.positions.contract(symbol);
    }
    Long id = p.containsKey("algoId") ? parseLong(p.get("algoId"), "algoId") : null;
    List<Object> out = new ArrayList<>();
    for (Algo a : book.openAlgos(symbol)) {
      if (id == null || a.algoId == id) {
        out.add(json(a));
      }
    }
    return Reply.json(200, Json.write(out));
  }
}
