package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bytes FakeFutures answers, read with hand-signed requests (no Signet decoding): the documented
 * shapes, Binance's refusals and the listenKey lifecycle. Times tick with the clock, so each
 * {@code time}, {@code updateTime}, {@code createTime} is shown as {@code T}.
 */
class FakeFuturesTest {
  private static final String KEY = "hand-key";
  private static final String SECRET = TestKeys.binanceSecret();

  private final FakeFutures futures = FakeFutures.withBalance(new BigDecimal("10000"))
      .market("BTCUSDT", new BigDecimal("40000"), new BigDecimal("0.10"), new BigDecimal("0.001"));
  private final FakeClock clock = FakeClock.startingNow();
  private final FakeBinance fake = FakeBinance.builder().hmacKey(KEY, SECRET).clock(clock).futures(futures).build();
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void stop() {
    fake.close();
  }

  private String call(String method, String path, String params) throws Exception {
    String q = (params.isEmpty() ? "" : params + "&") + "timestamp=" + fake.clock().millis();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signed = q + "&signature=" + HexFormat.of().formatHex(mac.doFinal(q.getBytes(StandardCharsets.UTF_8)));
    return send(new Request.Builder().url(fake.baseUrl() + path + "?" + signed).header("X-MBX-APIKEY", KEY), method);
  }

  private String send(Request.Builder request, String method) throws IOException {
    try (Response r = http.newCall(request.method(method, method.equals("GET") ? null : RequestBody.create(new byte[0]))
        .build()).execute()) {
      return (r.code() + " " + r.body().string()).replaceAll("\"(time|updateTime|createTime)\":\\d+", "\"$1\":T");
    }
  }

  private String keyed(String method, String apiKey) throws IOException {
    Request.Builder r = new Request.Builder().url(fake.baseUrl() + "/fapi/v1/listenKey");
    return send(apiKey == null ? r : r.header("X-MBX-APIKEY", apiKey), method);
  }

  private static List<String> keys(String json) {
    Object parsed = SignetJson.mapper().readValue(json.replaceAll("//[^\\n]*", "").replace(":T", ":0"), Object.class);
    Object first = parsed instanceof List<?> l ? l.get(0) : parsed;
    return new ArrayList<>(((Map<?, ?>) first).keySet().stream().map(String::valueOf).toList());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = FakeFuturesTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> documented(String name) throws IOException {
    List<String> k = keys(fixture(name));
    k.removeAll(List.of("activatePrice", "priceRate"));
    return k;
  }

  @Test
  void anOrderAnswersWithTheDocumentedFieldsAndFillsOnAMarkMove() throws Exception {
    String placed = call("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01"
        + "&price=39000&newClientOrderId=bot-1");
    assertThat(placed).isEqualTo("200 {\"orderId\":1,\"symbol\":\"BTCUSDT\",\"status\":\"NEW\",\"clientOrderId\":\"bot-1\","
        + "\"price\":\"39000.00\",\"avgPrice\":\"0.00000\",\"origQty\":\"0.010\",\"executedQty\":\"0.000\",\"cumQty\":\"0.000\","
        + "\"cumQuote\":\"0.00000\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"reduceOnly\":false,\"closePosition\":false,"
        + "\"side\":\"BUY\",\"positionSide\":\"BOTH\",\"stopPrice\":\"0\",\"workingType\":\"CONTRACT_PRICE\",\"priceProtect\":false,"
        + "\"origType\":\"LIMIT\",\"priceMatch\":\"NONE\",\"selfTradePreventionMode\":\"EXPIRE_MAKER\",\"goodTillDate\":0,"
        + "\"updateTime\":T}");
    assertThat(keys(placed.substring(4))).containsExactlyInAnyOrderElementsOf(documented("futures_new_order.json"));
    futures.setMarkPrice("BTCUSDT", new BigDecimal("38950"));
    String queried = call("GET", "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=bot-1");
    assertThat(keys(queried.substring(4))).containsExactlyInAnyOrderElementsOf(documented("futures_query_order.json"));
    assertThat(queried).contains("\"status\":\"FILLED\",\"clientOrderId\":\"bot-1\",\"price\":\"39000.00\","
        + "\"avgPrice\":\"39000.00000\",\"origQty\":\"0.010\",\"executedQty\":\"0.010\",\"cumQuote\":\"390.00000\",");
    assertThat(call("GET", "/fapi/v1/openOrder", "symbol=BTCUSDT&orderId=1"))
        .isEqualTo("400 {\"code\":-2013,\"msg\":\"Order does not exist.\"}");
    assertThat(call("GET", "/fapi/v3/positionRisk", "")).isEqualTo("200 [{\"symbol\":\"BTCUSDT\",\"positionSide\":\"BOTH\","
        + "\"positionAmt\":\"0.010\",\"entryPrice\":\"39000\",\"breakEvenPrice\":\"39000\",\"markPrice\":\"38950.00000000\","
        + "\"unRealizedProfit\":\"-0.50000000\",\"liquidationPrice\":\"0\",\"isolatedMargin\":\"0.00000000\","
        + "\"notional\":\"389.50000000\",\"marginAsset\":\"USDT\",\"isolatedWallet\":\"0.00000000\","
        + "\"initialMargin\":\"19.47500000\",\"maintMargin\":\"1.55800000\",\"positionInitialMargin\":\"19.47500000\","
        + "\"openOrderInitialMargin\":\"0.00000000\",\"adl\":0,\"bidNotional\":\"0\",\"askNotional\":\"0\",\"updateTime\":T}]");
  }

  @Test
  void positionRiskV2ShowsBothSidesInHedgeModeWithTheDocumentedFields() throws Exception {
    assertThat(call("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=true")).isEqualTo("200 {\"code\":200,\"msg\":\"success\"}");
    call("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&positionSide=LONG&type=MARKET&quantity=0.001");
    String risk = call("GET", "/fapi/v2/positionRisk", "symbol=BTCUSDT");
    assertThat(keys(risk.substring(4))).containsExactlyElementsOf(keys(fixture("futures_position_risk_hedge.json")));
    assertThat(risk).isEqualTo("200 [{\"symbol\":\"BTCUSDT\",\"positionAmt\":\"0.001\",\"entryPrice\":\"40000\","
        + "\"breakEvenPrice\":\"40000\",\"markPrice\":\"40000.00000000\",\"unRealizedProfit\":\"0.00000000\","
        + "\"liquidationPrice\":\"0\",\"leverage\":\"20\",\"maxNotionalValue\":\"1000000\",\"marginType\":\"cross\","
        + "\"isolatedMargin\":\"0.00000000\",\"isAutoAddMargin\":\"false\",\"positionSide\":\"LONG\",\"notional\":\"40.00000000\","
        + "\"isolatedWallet\":\"0.00000000\",\"updateTime\":T},{\"symbol\":\"BTCUSDT\",\"positionAmt\":\"0.000\",\"entryPrice\":\"0\","
        + "\"breakEvenPrice\":\"0\",\"markPrice\":\"40000.00000000\",\"unRealizedProfit\":\"0.00000000\",\"liquidationPrice\":\"0\","
        + "\"leverage\":\"20\",\"maxNotionalValue\":\"1000000\",\"marginType\":\"cross\",\"isolatedMargin\":\"0.00000000\","
        + "\"isAutoAddMargin\":\"false\",\"positionSide\":\"SHORT\",\"notional\":\"0.00000000\",\"isolatedWallet\":\"0.00000000\","
        + "\"updateTime\":T}]");
  }

  @Test
  void binanceRefusalsComeWithItsCodesAndMessages() throws Exception {
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("symbol=BTCUSDT&side=SELL&type=STOP_MARKET&quantity=0.01&stopPrice=39000",
        "{\"code\":-4120,\"msg\":\"Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.\"}");
    refused.put("symbol=ETHUSDT&side=BUY&type=MARKET&quantity=0.01", "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
    refused.put("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.0105",
        "{\"code\":-4023,\"msg\":\"Quantity not increased by step size.\"}");
    refused.put("symbol=BTCUSDT&side=BUY&positionSide=LONG&type=MARKET&quantity=0.01",
        "{\"code\":-4061,\"msg\":\"Order's position side does not match user's setting.\"}");
    refused.put("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTX&quantity=0.01&price=40000",
        "{\"code\":-5022,\"msg\":\"Due to the order could not be executed as maker, the Post Only order will be rejected."
            + " The order will not be recorded in the order history\"}");
    for (Map.Entry<String, String> e : refused.entrySet()) {
      assertThat(call("POST", "/fapi/v1/order", e.getKey())).as(e.getKey()).isEqualTo("400 " + e.getValue());
    }
    call("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=39000"
        + "&newClientOrderId=dup");
    assertThat(call("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01"
        + "&price=39000&newClientOrderId=dup")).isEqualTo("400 {\"code\":-4116,\"msg\":\"ClientOrderId is duplicated.\"}");
    assertThat(call("POST", "/fapi/v1/marginType", "symbol=BTCUSDT&marginType=CROSSED"))
        .isEqualTo("400 {\"code\":-4046,\"msg\":\"No need to change margin type.\"}");
    assertThat(call("POST", "/fapi/v1/marginType", "symbol=BTCUSDT&marginType=ISOLATED"))
        .isEqualTo("400 {\"code\":-4047,\"msg\":\"Margin type cannot be changed if there exists open orders.\"}");
    call("DELETE", "/fapi/v1/allOpenOrders", "symbol=BTCUSDT");
    assertThat(call("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=false"))
        .isEqualTo("400 {\"code\":-4059,\"msg\":\"No need to change position side.\"}");
    call("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=true");
    assertThat(call("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&positionSide=SHORT&type=MARKET&quantity=0.01"
        + "&reduceOnly=false")).isEqualTo("400 {\"code\":-1106,\"msg\":\"Parameter 'reduceOnly' sent when not required.\"}");
  }

  @Test
  void batchOrdersAnswerEachElementInOrder() throws Exception {
    String batch = java.net.URLEncoder.encode("[{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\","
        + "\"quantity\":\"0.01\",\"price\":\"39000\",\"newClientOrderId\":\"b-1\"},{\"symbol\":\"BTCUSDT\",\"side\":\"SELL\","
        + "\"type\":\"MARKET\",\"quantity\":\"0.01\",\"reduceOnly\":\"true\"}]", StandardCharsets.UTF_8);
    String answer = call("POST", "/fapi/v1/batchOrders", "batchOrders=" + batch);
    assertThat(answer).startsWith("200 [{\"orderId\":1,\"symbol\":\"BTCUSDT\",\"status\":\"NEW\",\"clientOrderId\":\"b-1\",")
        .endsWith("},{\"code\":-2022,\"msg\":\"ReduceOnly Order is rejected.\"}]");
    assertThat(call("DELETE", "/fapi/v1/batchOrders", "symbol=BTCUSDT&origClientOrderIdList="
        + java.net.URLEncoder.encode("[\"b-1\",\"nope\"]", StandardCharsets.UTF_8)))
        .contains("\"status\":\"CANCELED\",\"clientOrderId\":\"b-1\"")
        .endsWith(",{\"code\":-2011,\"msg\":\"Unknown order sent.\"}]");
    assertThat(call("PUT", "/fapi/v1/batchOrders", "batchOrders=" + java.net.URLEncoder.encode("not json", StandardCharsets.UTF_8)))
        .isEqualTo("400 {\"code\":-1130,\"msg\":\"Data sent for parameter 'batchOrders' is not valid.\"}");
  }

  @Test
  void openAlgoOrdersListWhatWaitsForItsTrigger() throws Exception {
    call("POST", "/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY&type=TAKE_PROFIT&quantity=0.01"
        + "&price=38000&triggerPrice=38500&clientAlgoId=tp-1");
    assertThat(call("GET", "/fapi/v1/openAlgoOrders", "symbol=BTCUSDT")).isEqualTo("200 [{\"algoId\":1,"
        + "\"clientAlgoId\":\"tp-1\",\"algoType\":\"CONDITIONAL\",\"orderType\":\"TAKE_PROFIT\",\"symbol\":\"BTCUSDT\","
        + "\"side\":\"BUY\",\"positionSide\":\"BOTH\",\"timeInForce\":\"GTC\",\"quantity\":\"0.010\",\"algoStatus\":\"NEW\","
        + "\"actualOrderId\":\"\",\"actualPrice\":\"0.00\",\"triggerPrice\":\"38500.00\",\"price\":\"38000.00\","
        + "\"icebergQuantity\":null,\"tpOrderType\":\"\",\"selfTradePreventionMode\":\"EXPIRE_MAKER\","
        + "\"workingType\":\"CONTRACT_PRICE\",\"priceMatch\":\"NONE\",\"closePosition\":false,\"priceProtect\":false,"
        + "\"reduceOnly\":false,\"createTime\":T,\"updateTime\":T,\"triggerTime\":0,\"goodTillDate\":0}]");
    futures.setMarkPrice("BTCUSDT", new BigDecimal("38500"));
    assertThat(call("GET", "/fapi/v1/openAlgoOrders", "")).isEqualTo("200 []");
    assertThat(call("GET", "/fapi/v1/openOrders", "symbol=BTCUSDT")).contains("\"clientOrderId\":\"tp-1\",\"price\":\"38000.00\"")
        .contains("\"type\":\"LIMIT\"").contains("\"origType\":\"TAKE_PROFIT\"");
  }

  @Test
  void aListenKeyLivesSixtyMinutesFromItsStartOrLastKeepalive() throws Exception {
    String started = keyed("POST", KEY);
    assertThat(keys(started.substring(4))).containsExactlyElementsOf(keys(fixture("futures_listen_key.json")));
    assertThat(started).matches("200 \\{\"listenKey\":\"[A-Za-z0-9]{64}\"}");
    assertThat(keyed("POST", KEY)).isEqualTo(started);
    clock.advance(Duration.ofMinutes(59));
    assertThat(keyed("PUT", KEY)).isEqualTo(started);
    clock.advance(Duration.ofMinutes(59));
    assertThat(keyed("PUT", KEY)).isEqualTo(started);
    clock.advance(Duration.ofMinutes(60));
    assertThat(keyed("PUT", KEY)).isEqualTo("400 {\"code\":-1125,\"msg\":\"This listenKey does not exist.\"}");
    String fresh = keyed("POST", KEY);
    assertThat(fresh).isNotEqualTo(started).matches("200 \\{\"listenKey\":\"[A-Za-z0-9]{64}\"}");
    assertThat(keyed("DELETE", KEY)).isEqualTo("200 {}");
    assertThat(keyed("PUT", KEY)).isEqualTo("400 {\"code\":-1125,\"msg\":\"This listenKey does not exist.\"}");
    assertThat(keyed("POST", null)).isEqualTo("401 {\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}");
  }

  @Test
  void concurrentOrdersAndMarkMovesLoseNoFill() throws Exception {
    List<Thread> bots = new ArrayList<>();
    List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread bot = new Thread(() -> {
        for (int i = 0; i < 10; i++) {
          try {
            answers.add(call("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001"));
          } catch (Exception e) {
            answers.add(e.toString());
          }
        }
      });
      bot.start();
      bots.add(bot);
    }
    for (int i = 0; i < 50; i++) {
      futures.setMarkPrice("BTCUSDT", new BigDecimal(40000 + i % 2 * 100));
    }
    for (Thread bot : bots) {
      bot.join();
    }
    assertThat(answers).hasSize(40).allMatch(a -> a.startsWith("200 {"));
    assertThat(futures.positionAmount("BTCUSDT", "BOTH")).isEqualByComparingTo("0.040");
    assertThat(futures.walletBalance()).isEqualByComparingTo("10000");
  }

  @Test
  void theFutureAccountIsDrivenOnlyOnceBuilt() {
    FakeFutures loose = FakeFutures.withBalance(BigDecimal.ONE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> loose.setMarkPrice("BTCUSDT", BigDecimal.TEN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("give this FakeFutures to FakeBinance.Builder.futures(...) and build the fake first.");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> futures.setMarkPrice("ETHUSDT", BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no futures market ETHUSDT; add it with market(...).");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FakeBinance.builder().futures(futures).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this FakeFutures already belongs to a FakeBinance; make one per fake.");
  }
}
