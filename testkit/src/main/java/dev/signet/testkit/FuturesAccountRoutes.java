package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.internal.Json;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link FakeBinance}'s USD-M Futures account routes: {@code GET /fapi/v3/account},
 * {@code GET /fapi/v3/balance}, {@code GET /fapi/v3/positionRisk}, {@code GET /fapi/v1/commissionRate},
 * {@code GET /fapi/v1/leverageBracket}, {@code GET /fapi/v2/account}, {@code GET /fapi/v2/balance},
 * {@code GET /fapi/v1/apiTradingStatus} (no indicator is ever past its threshold), all signed,. (The listen key's routes are {@link FuturesPositionRoutes}'.) The futures wallet is the fake's
 * {@code UMFUTURE} wallet, which universal transfers fill; the fake holds no futures positions or orders, so every
 * margin is zero, the wallet balance is also the available and withdrawable one, and position lists
 * are empty. The account runs in single-asset mode: its totals are the USDT asset's. Every symbol
 * gets the same commission rates (0.02% maker, 0.05% taker, 0.005% RPI) and the same two brackets.
 * The settings reads are in {@link FuturesSettingsRoutes} and the history downloads in
 * {@link FuturesDownloadRoutes}, both registered from here.
 */
final class FuturesAccountRoutes {
  /** The margin assets listed in the account and the balance, in this order. */
  static final List<String> MARGIN_ASSETS = List.of("USDT", "USDC", "BTC", "BNB", "ETH", "FDUSD");
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9_.\\-]{1,20}");
  private static final String ZERO = "0.00000000";

  private final BinanceWallet wallet;
  private final Clock clock;
  private final FuturesSettingsRoutes settings = new FuturesSettingsRoutes();

  FuturesAccountRoutes(BinanceWallet wallet, Clock clock) {
    this.wallet = wallet;
    this.clock = clock;
  }

  /** Adds the signed routes to {@code signed}. */
  void register(Map<String, FakeBinance.Endpoint> signed) {
    signed.put("GET /fapi/v3/account", p -> ok(account()));
    signed.put("GET /fapi/v3/balance", p -> ok(balances()));
    signed.put("GET /fapi/v3/positionRisk", p -> {
      optionalSymbol(p);
      return ok(List.of());
    });
    signed.put("GET /fapi/v1/commissionRate", p -> ok(commission(symbol(required(p, "symbol")))));
    signed.put("GET /fapi/v1/leverageBracket", p -> {
      String symbol = optionalSymbol(p);
      return ok(symbol == null ? List.of() : brackets(symbol));
    });
    signed.put("GET /fapi/v2/account", p -> ok(accountV2()));
    signed.put("GET /fapi/v2/balance", p -> ok(balances()));
    signed.put("GET /fapi/v1/apiTradingStatus", p -> {
      optionalSymbol(p);
      Map<String, Object> none = Json.object();
      none.put("indicators", Json.object());
      none.put("updateTime", clock.millis());
      return ok(none);
    });
    settings.register(signed, FuturesAccountRoutes::symbol);
    new FuturesDownloadRoutes(clock).register(signed);
  }

  private Map<String, Object> account() {
    String usdt = plain(wallet.balance("UMFUTURE", "USDT"));
    Map<String, Object> a = Json.object();
    for (String total : List.of("totalInitialMargin", "totalMaintMargin")) {
      a.put(total, ZERO);
    }
    a.put("totalWalletBalance", usdt);
    a.put("totalUnrealizedProfit", ZERO);
    a.put("totalMarginBalance", usdt);
    a.put("totalPositionInitialMargin", ZERO);
    a.put("totalOpenOrderInitialMargin", ZERO);
    a.put("totalCrossWalletBalance", usdt);
    a.put("totalCrossUnPnl", ZERO);
    a.put("availableBalance", usdt);
    a.put("maxWithdrawAmount", usdt);
    List<Map<String, Object>> assets = new ArrayList<>();
    for (String asset : MARGIN_ASSETS) {
      String b = plain(wallet.balance("UMFUTURE", asset));
      Map<String, Object> m = Json.object();
      m.put("asset", asset);
      m.put("walletBalance", b);
      m.put("unrealizedProfit", ZERO);
      m.put("marginBalance", b);
      for (String margin : List.of("maintMargin", "initialMargin", "positionInitialMargin", "openOrderInitialMargin")) {
        m.put(margin, ZERO);
      }
      m.put("crossWalletBalance", b);
      m.put("crossUnPnl", ZERO);
      m.put("availableBalance", b);
      m.put("maxWithdrawAmount", b);
      m.put("updateTime", clock.millis());
      assets.add(m);
    }
    a.put("assets", assets);
    a.put("positions", List.of());
    return a;
  }

  /** The v3 account with v2's header (no trading rule is ever locked, fee burn as last set) and marginAvailable. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> accountV2() {
    Map<String, Object> a = Json.object();
    a.put("feeTier", 0);
    a.put("feeBurn", settings.feeBurn());
    a.put("canTrade", true);
    a.put("canDeposit", true);
    a.put("canWithdraw", true);
    a.put("updateTime", 0);
    a.put("multiAssetsMargin", false);
    a.put("tradeGroupId", -1);
    a.putAll(account());
    for (Map<String, Object> asset : (List<Map<String, Object>>) a.get("assets")) {
      asset.put("marginAvailable", true);
    }
    return a;
  }

  private List<Map<String, Object>> balances() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String asset : MARGIN_ASSETS) {
      String b = plain(wallet.balance("UMFUTURE", asset));
      Map<String, Object> m = Json.object();
      m.put("accountAlias", "FakeBinance");
      m.put("asset", asset);
      m.put("balance", b);
      m.put("crossWalletBalance", b);
      m.put("crossUnPnl", ZERO);
      m.put("availableBalance", b);
      m.put("maxWithdrawAmount", b);
      m.put("marginAvailable", true);
      m.put("updateTime", clock.millis());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> commission(String symbol) {
    Map<String, Object> c = Json.object();
    c.put("symbol", symbol);
    c.put("makerCommissionRate", "0.0002");
    c.put("takerCommissionRate", "0.0005");
    c.put("rpiCommissionRate", "0.00005");
    return c;
  }

  /** Two brackets: up to 50,000 at 125x (0.4%), then up to 600,000 at 100x (0.5%, cum 50,000 × 0.1% = 50). */
  private static Map<String, Object> brackets(String symbol) {
    Map<String, Object> b = Json.object();
    b.put("symbol", symbol);
    b.put("brackets", List.of(bracket(1, 125, 50_000, 0, "0.004", "0.0"), bracket(2, 100, 600_000, 50_000, "0.005", "50.0")));
    return b;
  }

  private static Map<String, Object> bracket(int n, int leverage, long cap, long floor, String mmr, String cum) {
    Map<String, Object> m = Json.object();
    m.put("bracket", n);
    m.put("initialLeverage", leverage);
    m.put("notionalCap", cap);
    m.put("notionalFloor", floor);
    m.put("maintMarginRatio", new BigDecimal(mmr));
    m.put("cum", new BigDecimal(cum));
    return m;
  }

  private static String optionalSymbol(Map<String, String> p) throws BinanceError {
    return p.containsKey("symbol") ? symbol(p.get("symbol")) : null;
  }

  private static String symbol(String symbol) throws BinanceError {
    if (!SYMBOL.matcher(symbol).matches()) {
      throw new BinanceError(400, -1121, "Invalid symbol.");
    }
    return symbol;
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(Math.max(8, amount.scale())).toPlainString();
  }

  private static Reply ok(Object body) {
    return Reply.json(200, Json.write(body));
  }
}
