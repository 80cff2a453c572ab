package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.internal.Json;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeBinance}'s USD-M Futures settings reads (signed), registered by
 * {@link FuturesAccountRoutes}: the position mode (one-way) and Multi-Assets mode (off), the account
 * configuration, each symbol's configuration (cross margin, 20x, the largest notional of the fake's
 * brackets), the default order rate limits (300 per 10 s, 1,200 per minute), the BNB fee burn (off
 * until {@code POST /fapi/v1/feeBurn} turns it on), and, as the fake holds no positions, empty
 * {@code /fapi/v2/positionRisk}, {@code adlQuantile} and {@code positionMargin/history} lists.
 */
final class FuturesSettingsRoutes {
  private boolean feeBurn;

  /** Adds the routes to {@code signed}; {@code symbol} checks a symbol as Binance would (or answers -1121). */
  void register(Map<String, FakeBinance.Endpoint> signed, SymbolCheck symbol) {
    signed.put("GET /fapi/v1/positionSide/dual", p -> ok(Map.of("dualSidePosition", false)));
    signed.put("GET /fapi/v1/multiAssetsMargin", p -> ok(Map.of("multiAssetsMargin", false)));
    signed.put("GET /fapi/v1/accountConfig", p -> ok(accountConfig()));
    signed.put("GET /fapi/v1/symbolConfig", p -> ok(p.containsKey("symbol")
        ? List.of(symbolConfig(symbol.check(p.get("symbol")))) : List.of()));
    signed.put("GET /fapi/v1/rateLimit/order", p -> ok(List.of(limit("SECOND", 10, 300), limit("MINUTE", 1, 1200))));
    signed.put("GET /fapi/v1/feeBurn", p -> ok(Map.of("feeBurn", feeBurn())));
    signed.put("POST /fapi/v1/feeBurn", this::setFeeBurn);
    signed.put("GET /fapi/v2/positionRisk", p -> {
      if (p.containsKey("symbol")) {
        symbol.check(p.get("symbol"));
      }
      return ok(List.of());
    });
    signed.put("GET /fapi/v1/adlQuantile", p -> {
      if (p.containsKey("symbol")) {
        symbol.check(p.get("symbol"));
      }
      return ok(List.of());
    });
    signed.put("GET /fapi/v1/positionMargin/history", p -> {
      symbol.check(required(p, "symbol"));
      return ok(List.of());
    });
  }

  /** Checks a symbol's syntax as {@link FuturesAccountRoutes} does. */
  interface SymbolCheck {
    String check(String symbol) throws BinanceError;
  }

  private Map<String, Object> accountConfig() {
    Map<String, Object> c = Json.object();
    c.put("feeTier", 0);
    c.put("canTrade", true);
    c.put("canDeposit", true);
    c.put("canWithdraw", true);
    c.put("dualSidePosition", false);
    c.put("updateTime", 0);
    c.put("multiAssetsMargin", false);
    c.put("tradeGroupId", -1);
    return c;
  }

  private static Map<String, Object> symbolConfig(String symbol) {
    Map<String, Object> c = Json.object();
    c.put("symbol", symbol);
    c.put("marginType", "CROSSED");
    c.put("isAutoAddMargin", "false");
    c.put("leverage", 20);
    c.put("maxNotionalValue", "600000");
    return c;
  }

  private static Map<String, Object> limit(String interval, int intervalNum, int limit) {
    Map<String, Object> l = Json.object();
    l.put("rateLimitType", "ORDERS");
    l.put("interval", interval);
    l.put("intervalNum", intervalNum);
    l.put("limit", limit);
    return l;
  }

  /** Whether fees are paid in BNB, as last set (off at first). */
  synchronized boolean feeBurn() {
    return feeBurn;
  }

  private synchronized Reply setFeeBurn(Map<String, String> p) throws BinanceError {
    String value = required(p, "feeBurn");
    if (!value.equals("true") && !value.equals("false")) {
      throw new BinanceError(400, -1102, "Mandatory parameter 'feeBurn' was not sent, was empty/null, or malformed.");
    }
    feeBurn = Boolean.parseBoolean(value);
    Map<String, Object> ok = Json.object();
    ok.put("code", 200);
    ok.put("msg", "success");
    return ok(ok);
  }

  private static Reply ok(Object body) {
    return Reply.json(200, Json.write(body));
  }
}
