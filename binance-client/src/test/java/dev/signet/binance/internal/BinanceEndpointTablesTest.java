package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Endpoint;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.EndpointTable;
import dev.signet.core.Params;
import dev.signet.core.Security;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Spot, SAPI and USD-M tables: row counts, weights at their boundaries, kinds and security. */
class BinanceEndpointTablesTest {
  private static final List<EndpointTable> TABLES =
      List.of(SpotEndpoints.TABLE, SapiEndpoints.TABLE, FuturesEndpoints.TABLE);

  private static Endpoint spot(String method, String path) {
    return row(SpotEndpoints.TABLE, method, path);
  }

  private static Endpoint futures(String method, String path) {
    return row(FuturesEndpoints.TABLE, method, path);
  }

  private static Endpoint sapi(String method, String path) {
    return row(SapiEndpoints.TABLE, method, path);
  }

  private static Endpoint row(EndpointTable table, String method, String path) {
    Endpoint e = table.find(method, path);
    assertThat(e).as(method + " " + path + " in " + table.product()).isNotNull();
    return e;
  }

  private static Params limit(int n) {
    return Params.of("limit", Integer.toString(n));
  }

  /** {@code symbols=["S0","S1",...]} with {@code n} items. */
  private static Params symbols(int n) {
    return Params.of("symbols", IntStream.range(0, n).mapToObj(i -> "\"S" + i + "\"")
        .collect(Collectors.joining(",", "[", "]")));
  }

  @Test
  void rowCounts() {
    assertThat(SpotEndpoints.TABLE.rows()).hasSize(47);
    assertThat(SapiEndpoints.TABLE.rows()).hasSize(39);
    assertThat(FuturesEndpoints.TABLE.rows()).hasSize(94);
  }

  @Test
  void noRowTwiceAndTheBuilderRefusesDuplicates() {
    for (EndpointTable t : TABLES) {
      Set<String> keys = new HashSet<>();
      t.rows().forEach(e -> assertThat(keys.add(e.method() + " " + e.path())).as(e.toString()).isTrue());
    }
    EndpointTable.Builder b = EndpointTable.builder("dup", 1).add(Endpoint.get("/api/v3/ping").build());
    assertThatThrownBy(() -> b.add(Endpoint.get("/api/v3/ping").weight(2).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void spotDepthByLimit() {
    Endpoint depth = spot("GET", "/api/v3/depth");
    assertThat(depth.weightOf(Params.empty())).isEqualTo(5);
    assertThat(depth.weightOf(limit(1))).isEqualTo(5);
    assertThat(depth.weightOf(limit(100))).isEqualTo(5);
    assertThat(depth.weightOf(limit(101))).isEqualTo(25);
    assertThat(depth.weightOf(limit(500))).isEqualTo(25);
    assertThat(depth.weightOf(limit(501))).isEqualTo(50);
    assertThat(depth.weightOf(limit(1000))).isEqualTo(50);
    assertThat(depth.weightOf(limit(1001))).isEqualTo(250);
    assertThat(depth.weightOf(limit(5000))).isEqualTo(250);
    assertThat(depth.weight().toString()).isEqualTo("limit 1–100: 5; 101–500: 25; 501–1000: 50; 1001–5000: 250");
  }

  @Test
  void spotTicker24hrBySymbols() {
    Endpoint t = spot("GET", "/api/v3/ticker/24hr");
    assertThat(t.weightOf(Params.of("symbol", "BTCUSDT"))).isEqualTo(2);
    assertThat(t.weightOf(Params.empty())).isEqualTo(80);
    assertThat(t.weightOf(symbols(1))).isEqualTo(2);
    assertThat(t.weightOf(symbols(20))).isEqualTo(2);
    assertThat(t.weightOf(symbols(21))).isEqualTo(40);
    assertThat(t.weightOf(symbols(100))).isEqualTo(40);
    assertThat(t.weightOf(symbols(101))).isEqualTo(80);
    assertThat(t.weightOf(Params.of("symbols", "[]"))).isEqualTo(80);
  }

  @Test
  void spotPriceAndBookTicker() {
    for (String path : List.of("/api/v3/ticker/price", "/api/v3/ticker/bookTicker")) {
      Endpoint t = spot("GET", path);
      assertThat(t.weightOf(Params.of("symbol", "BTCUSDT"))).as(path).isEqualTo(2);
      assertThat(t.weightOf(Params.empty())).as(path).isEqualTo(4);
      assertThat(t.weightOf(symbols(1))).as(path).isEqualTo(4);
      assertThat(t.weightOf(symbols(300))).as(path).isEqualTo(4);
    }
  }

  @Test
  void spotTradingDayAndRollingTickerFourPerSymbolCappedAt200() {
    for (String path : List.of("/api/v3/ticker/tradingDay", "/api/v3/ticker")) {
      Endpoint t = spot("GET", path);
      assertThat(t.weightOf(Params.of("symbol", "BTCUSDT"))).as(path).isEqualTo(4);
      assertThat(t.weightOf(symbols(1))).as(path).isEqualTo(4);
      assertThat(t.weightOf(symbols(49))).as(path).isEqualTo(196);
      assertThat(t.weightOf(symbols(50))).as(path).isEqualTo(200);
      assertThat(t.weightOf(symbols(51))).as(path).isEqualTo(200);
      assertThat(t.weightOf(symbols(100))).as(path).isEqualTo(200);
    }
  }

  @Test
  void spotExecutionRules() {
    Endpoint t = spot("GET", "/api/v3/executionRules");
    assertThat(t.weightOf(Params.of("symbol", "BTCUSDT"))).isEqualTo(2);
    assertThat(t.weightOf(symbols(3))).isEqualTo(6);
    assertThat(t.weightOf(symbols(20))).isEqualTo(40);
    assertThat(t.weightOf(symbols(21))).isEqualTo(40);
    assertThat(t.weightOf(Params.of("symbolStatus", "TRADING"))).isEqualTo(40);
    assertThat(t.weightOf(Params.empty())).isEqualTo(40);
  }

  @Test
  void spotAccountWeightsByParameters() {
    assertThat(SpotEndpoints.OPEN_ORDERS.weightOf(Params.of("symbol", "BTCUSDT"))).isEqualTo(6);
    assertThat(SpotEndpoints.OPEN_ORDERS.weightOf(Params.empty())).isEqualTo(80);
    Endpoint myTrades = spot("GET", "/api/v3/myTrades");
    assertThat(myTrades.weightOf(Params.of("symbol", "BTCUSDT").add("orderId", "12"))).isEqualTo(5);
    assertThat(myTrades.weightOf(Params.of("symbol", "BTCUSDT"))).isEqualTo(20);
    Endpoint prevented = spot("GET", "/api/v3/myPreventedMatches");
    assertThat(prevented.weightOf(Params.of("symbol", "BTCUSDT").add("preventedMatchId", "1"))).isEqualTo(2);
    assertThat(prevented.weightOf(Params.of("symbol", "BTCUSDT").add("orderId", "5"))).isEqualTo(20);
    assertThat(prevented.weightOf(Params.of("symbol", "BTCUSDT").add("orderId", "5")
        .add("fromPreventedMatchId", "1"))).isEqualTo(20);
    for (String path : List.of("/api/v3/order/test", "/api/v3/sor/order/test")) {
      Endpoint test = spot("POST", path);
      assertThat(test.weightOf(Params.of("computeCommissionRates", "true"))).as(path).isEqualTo(20);
      assertThat(test.weightOf(Params.of("computeCommissionRates", "false"))).as(path).isEqualTo(1);
      assertThat(test.weightOf(Params.empty())).as(path).isEqualTo(1);
      assertThat(test.kind()).as(path).isEqualTo(Kind.READ);
      assertThat(test.orderCount()).as(path).isZero();
    }
  }

  @Test
  void spotKnownRows() {
    assertThat(SpotEndpoints.NEW_ORDER).extracting(Endpoint::security, Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Security.SIGNED, Kind.ORDER, 1, "newClientOrderId");
    assertThat(spot("POST", "/api/v3/orderList/otoco")).extracting(Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Kind.ORDER, 3, "listClientOrderId");
    assertThat(spot("POST", "/api/v3/orderList/oco").orderCount()).isEqualTo(2);
    assertThat(spot("POST", "/api/v3/orderList/opo").orderCount()).isEqualTo(2);
    assertThat(spot("POST", "/api/v3/orderList/opoco").orderCount()).isEqualTo(3);
    assertThat(spot("DELETE", "/api/v3/openOrders")).extracting(Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Kind.ORDER, 0, null);
    assertThat(spot("PUT", "/api/v3/order/amend/keepPriority")).extracting(Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Kind.ORDER, 0, "newClientOrderId");
    assertThat(spot("PUT", "/api/v3/order/amend/keepPriority").weightOf(Params.empty())).isEqualTo(4);
    assertThat(spot("GET", "/api/v3/exchangeInfo")).extracting(Endpoint::security, Endpoint::kind)
        .containsExactly(Security.PUBLIC, Kind.READ);
    assertThat(spot("GET", "/api/v3/rateLimit/order").weightOf(Params.empty())).isEqualTo(40);
    assertThat(spot("GET", "/api/v3/account/commission").security()).isEqualTo(Security.SIGNED);
    assertThat(SpotEndpoints.TABLE.find("POST", "/api/v3/order/oco")).isNull();
    assertThat(SpotEndpoints.TABLE.find("POST", "/api/v3/userDataStream")).isNull();
  }

  @Test
  void futuresDepthAndKlinesByLimit() {
    Endpoint depth = futures("GET", "/fapi/v1/depth");
    assertThat(depth.weightOf(limit(5))).isEqualTo(2);
    assertThat(depth.weightOf(limit(50))).isEqualTo(2);
    assertThat(depth.weightOf(limit(100))).isEqualTo(5);
    assertThat(depth.weightOf(limit(500))).isEqualTo(10);
    assertThat(depth.weightOf(limit(1000))).isEqualTo(20);
    assertThat(depth.weightOf(Params.empty())).isEqualTo(10);
    for (String path : List.of("/fapi/v1/klines", "/fapi/v1/continuousKlines", "/fapi/v1/indexPriceKlines",
        "/fapi/v1/markPriceKlines", "/fapi/v1/premiumIndexKlines")) {
      Endpoint k = futures("GET", path);
      assertThat(k.weightOf(limit(1))).as(path).isEqualTo(1);
      assertThat(k.weightOf(limit(99))).as(path).isEqualTo(1);
      assertThat(k.weightOf(limit(100))).as(path).isEqualTo(2);
      assertThat(k.weightOf(limit(499))).as(path).isEqualTo(2);
      assertThat(k.weightOf(limit(500))).as(path).isEqualTo(5);
      assertThat(k.weightOf(limit(1000))).as(path).isEqualTo(5);
      assertThat(k.weightOf(limit(1001))).as(path).isEqualTo(10);
      assertThat(k.weightOf(limit(1500))).as(path).isEqualTo(10);
      assertThat(k.weightOf(Params.empty())).as(path).isEqualTo(5);
    }
  }

  @Test
  void futuresWeightsWithAndWithoutSymbol() {
    Object[][] cases = {
        {"/fapi/v1/openOrders", 1, 40}, {"/fapi/v1/openAlgoOrders", 1, 40}, {"/fapi/v1/ticker/24hr", 1, 40},
        {"/fapi/v2/ticker/price", 1, 2}, {"/fapi/v1/ticker/bookTicker", 2, 5}, {"/fapi/v1/premiumIndex", 1, 10},
        {"/fapi/v1/assetIndex", 1, 10}, {"/fapi/v1/forceOrders", 20, 50}, {"/fapi/v1/apiTradingStatus", 1, 10}};
    for (Object[] c : cases) {
      Endpoint e = futures("GET", (String) c[0]);
      assertThat(e.weightOf(Params.of("symbol", "BTCUSDT"))).as((String) c[0]).isEqualTo(c[1]);
      assertThat(e.weightOf(Params.empty())).as((String) c[0]).isEqualTo(c[2]);
    }
  }

  @Test
  void futuresKnownRows() {
    assertThat(futures("POST", "/fapi/v1/order")).extracting(Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Kind.ORDER, 1, "newClientOrderId");
    assertThat(futures("POST", "/fapi/v1/order").weightOf(Params.empty())).isZero();
    assertThat(futures("POST", "/fapi/v1/algoOrder")).extracting(Endpoint::kind, Endpoint::orderCount,
        Endpoint::clientIdParam).containsExactly(Kind.ORDER, 1, "clientAlgoId");
    assertThat(futures("POST", "/fapi/v1/algoOrder").weightOf(Params.empty())).isZero();
    assertThat(futures("POST", "/fapi/v1/batchOrders")).extracting(Endpoint::kind, Endpoint::orderCount)
        .containsExactly(Kind.ORDER, 5);
    assertThat(futures("POST", "/fapi/v1/batchOrders").weightOf(Params.empty())).isEqualTo(5);
    assertThat(futures("DELETE", "/fapi/v1/algoOpenOrders")).extracting(Endpoint::kind, Endpoint::orderCount)
        .containsExactly(Kind.ORDER, 0);
    assertThat(futures("POST", "/fapi/v1/leverage")).extracting(Endpoint::security, Endpoint::kind)
        .containsExactly(Security.SIGNED, Kind.WRITE);
    assertThat(futures("POST", "/fapi/v1/countdownCancelAll").kind()).isEqualTo(Kind.WRITE);
    for (String method : List.of("POST", "PUT", "DELETE")) {
      assertThat(futures(method, "/fapi/v1/listenKey")).extracting(Endpoint::security, Endpoint::kind)
          .containsExactly(Security.API_KEY, Kind.WRITE);
    }
    assertThat(futures("GET", "/fapi/v1/historicalTrades")).extracting(Endpoint::security, Endpoint::kind)
        .containsExactly(Security.API_KEY, Kind.READ);
    assertThat(futures("GET", "/fapi/v1/historicalTrades").weightOf(Params.empty())).isEqualTo(200);
    assertThat(futures("GET", "/fapi/v3/positionRisk").weightOf(Params.empty())).isEqualTo(5);
    assertThat(futures("GET", "/fapi/v1/positionSide/dual").weightOf(Params.empty())).isEqualTo(30);
    assertThat(futures("GET", "/fapi/v1/income/asyn").weightOf(Params.empty())).isEqualTo(1000);
    assertThat(futures("GET", "/futures/data/openInterestHist")).extracting(Endpoint::security, Endpoint::kind)
        .containsExactly(Security.PUBLIC, Kind.READ);
    assertThat(FuturesEndpoints.TABLE.find("GET", "/fapi/v1/ticker/price")).isNull();
    assertThat(FuturesEndpoints.INCOME.weightOf(Params.empty())).isEqualTo(30);
  }

  @Test
  void sapiRowsCountAgainstTheirOwnBudgets() {
    assertThat(sapi("POST", "/sapi/v1/capital/withdraw/apply")).extracting(Endpoint::security, Endpoint::kind,
        Endpoint::limit).containsExactly(Security.SIGNED, Kind.WRITE, Limit.SAPI_UID_WEIGHT);
    assertThat(sapi("POST", "/sapi/v1/capital/withdraw/apply").weightOf(Params.empty())).isEqualTo(900);
    assertThat(sapi("GET", "/sapi/v1/capital/withdraw/history")).extracting(Endpoint::kind, Endpoint::limit)
        .containsExactly(Kind.READ, Limit.SAPI_UID_WEIGHT);
    assertThat(sapi("GET", "/sapi/v1/capital/withdraw/history").weightOf(Params.empty())).isEqualTo(18000);
    assertThat(sapi("POST", "/sapi/v1/asset/transfer").weightOf(Params.empty())).isEqualTo(300);
    assertThat(sapi("GET", "/sapi/v1/asset/transfer")).extracting(Endpoint::kind, Endpoint::limit)
        .containsExactly(Kind.READ, Limit.SAPI_IP_WEIGHT);
    assertThat(sapi("GET", "/sapi/v1/system/status")).extracting(Endpoint::security, Endpoint::limit)
        .containsExactly(Security.PUBLIC, Limit.SAPI_IP_WEIGHT);
    assertThat(sapi("POST", "/sapi/v3/asset/getUserAsset")).extracting(Endpoint::kind, Endpoint::limit)
        .containsExactly(Kind.READ, Limit.SAPI_IP_WEIGHT);
    assertThat(sapi("POST", "/sapi/v3/asset/getUserAsset").weightOf(Params.empty())).isEqualTo(5);
    assertThat(sapi("GET", "/sapi/v4/sub-account/assets").limit()).isEqualTo(Limit.SAPI_UID_WEIGHT);
    assertThat(sapi("POST", "/sapi/v1/sub-account/universalTransfer").weightOf(Params.empty())).isEqualTo(360);
    assertThat(sapi("GET", "/sapi/v1/accountSnapshot").weightOf(Params.empty())).isEqualTo(2400);
    for (Endpoint e : SapiEndpoints.TABLE.rows()) {
      assertThat(e.limit()).as(e.toString()).isIn(Limit.SAPI_IP_WEIGHT, Limit.SAPI_UID_WEIGHT);
      assertThat(e.path()).startsWith("/sapi/");
    }
  }

  @Test
  void theWalletWritesAreNonIdempotentAndTheRowsAddedIn2026_11ArePresent() {
    for (String path : List.of("/sapi/v1/capital/withdraw/apply", "/sapi/v1/asset/transfer",
        "/sapi/v1/sub-account/universalTransfer", "/sapi/v1/sub-account/transfer/subToMaster",
        "/sapi/v1/sub-account/transfer/subToSub", "/sapi/v1/capital/deposit/credit-apply")) {
      Endpoint e = sapi("POST", path);
      assertThat(e.kind()).as(path).isEqualTo(Kind.WRITE);
      assertThat(e.idempotent()).as(path).isFalse();
      assertThat(e.security()).as(path).isEqualTo(Security.SIGNED);
    }
    assertThat(sapi("POST", "/sapi/v1/sub-account/transfer/subToMaster")).extracting(Endpoint::limit, e -> e.weightOf(Params.empty()))
        .containsExactly(Limit.SAPI_IP_WEIGHT, 1);
    assertThat(sapi("GET", "/sapi/v1/capital/deposit/subAddress")).extracting(Endpoint::kind, Endpoint::limit,
        e -> e.weightOf(Params.empty())).containsExactly(Kind.READ, Limit.SAPI_IP_WEIGHT, 1);
    assertThat(sapi("GET", "/sapi/v1/capital/deposit/subHisrec")).extracting(Endpoint::kind, Endpoint::limit,
        e -> e.weightOf(Params.empty())).containsExactly(Kind.READ, Limit.SAPI_IP_WEIGHT, 1);
    assertThat(sapi("GET", "/sapi/v3/sub-account/assets")).extracting(Endpoint::limit, e -> e.weightOf(Params.empty()))
        .containsExactly(Limit.SAPI_UID_WEIGHT, 60);
    assertThat(sapi("GET", "/sapi/v1/sub-account/status").weightOf(Params.empty())).isEqualTo(10);
  }

  @Test
  void theWritesWithAClientIdAreTheWithdrawalAndTheUniversalTransfer() {
    assertThat(TABLES.stream().flatMap(t -> t.rows().stream())
        .filter(e -> e.kind() == Kind.WRITE && e.clientIdParam() != null)
        .map(e -> e.method() + " " + e.path() + " " + e.clientIdParam()))
        .containsExactly("POST /sapi/v1/capital/withdraw/apply withdrawOrderId",
            "POST /sapi/v1/sub-account/universalTransfer clientTranId");
  }

  @Test
  void everyRowIsConsistent() {
    for (EndpointTable t : TABLES) {
      for (Endpoint e : t.rows()) {
        if (e.method().equals("GET")) {
          assertThat(e.kind()).as(e.toString()).isEqualTo(Kind.READ);
        }
        if (e.kind() == Kind.ORDER) {
          assertThat(e.security()).as(e.toString()).isEqualTo(Security.SIGNED);
        } else {
          assertThat(e.orderCount()).as(e.toString()).isZero();
        }
        if (e.kind() == Kind.READ) {
          assertThat(e.clientIdParam()).as(e.toString()).isNull();
        }
        assertThat(e.weight().toString()).as(e.toString()).doesNotContain("|").doesNotContain("$$Lambda");
        assertThat(e.weightOf(Params.empty())).as(e.toString()).isNotNegative();
      }
    }
  }

  @Test
  void resolvingAnUnknownPathGivesAWrite() {
    Endpoint unknown = SpotEndpoints.TABLE.resolve("GET", "/api/v3/noSuchThing", Security.SIGNED);
    assertThat(unknown).extracting(Endpoint::kind, Endpoint::security, Endpoint::limit, Endpoint::orderCount)
        .containsExactly(Kind.WRITE, Security.SIGNED, Limit.IP_WEIGHT, 0);
    assertThat(unknown.weightOf(Params.empty())).isEqualTo(1);
    Endpoint retired = SpotEndpoints.TABLE.resolve("POST", "/api/v3/userDataStream", Security.API_KEY);
    assertThat(retired.kind()).isEqualTo(Kind.WRITE);
    Endpoint sapiUnknown = SapiEndpoints.TABLE.resolve("GET", "/sapi/v1/noSuchThing", Security.SIGNED);
    assertThat(sapiUnknown).extracting(Endpoint::kind, Endpoint::limit)
        .containsExactly(Kind.WRITE, Limit.SAPI_IP_WEIGHT);
    Endpoint known = SpotEndpoints.TABLE.resolve("GET", "/api/v3/openOrders", Security.SIGNED);
    assertThat(known.kind()).isEqualTo(Kind.READ);
    assertThat(known.weightOf(Params.empty())).isEqualTo(80);
    assertThat(FuturesEndpoints.TABLE.resolve("GET", "/fapi/v1/ticker/price", Security.PUBLIC).kind())
        .isEqualTo(Kind.WRITE);
  }
}
