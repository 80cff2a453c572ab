package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bytes FakeBinance answers about fills, stops and order lists, read with hand-signed requests
 * (so no Signet decoding hides a wrong field). Times tick with the clock, so each {@code "time"},
 * {@code "transactTime"}, {@code "updateTime"} and positive {@code "workingTime"} is shown as {@code T}.
 */
class FakeBinanceFillsTest {
  private static final String KEY = "hand-key";
  private static final String SECRET = TestKeys.binanceSecret();

  private final FakeBinance fake = FakeBinance.builder().hmacKey(KEY, SECRET)
      .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).balance("USDT", new BigDecimal("10000"))
      .balance("BTC", new BigDecimal("1")).build();
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
    Request request = new Request.Builder().url(fake.baseUrl() + path + "?" + signed).header("X-MBX-APIKEY", KEY)
        .method(method, method.equals("GET") ? null : RequestBody.create(new byte[0])).build();
    try (Response r = http.newCall(request).execute()) {
      return (r.code() + " " + r.body().string())
          .replaceAll("\"(time|transactTime|updateTime|transactionTime)\":\\d+", "\"$1\":T")
          .replaceAll("\"workingTime\":[1-9]\\d*", "\"workingTime\":T");
    }
  }

  @Test
  void aRestingBuyFilledByAPriceMoveIsOneMakerTradeInMyTrades() throws Exception {
    call("POST", "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.1&price=39000"
        + "&newClientOrderId=bot-1&newOrderRespType=ACK");
    fake.setPrice("BTCUSDT", new BigDecimal("38000"));
    assertThat(call("GET", "/api/v3/myTrades", "symbol=BTCUSDT")).isEqualTo("200 [{\"symbol\":\"BTCUSDT\",\"id\":1,"
        + "\"orderId\":1,\"orderListId\":-1,\"price\":\"39000.00000000\",\"qty\":\"0.10000000\",\"quoteQty\":\"3900.00000000\","
        + "\"commission\":\"0.00000000\",\"commissionAsset\":\"USDT\",\"time\":T,\"isBuyer\":true,\"isMaker\":true,"
        + "\"isBestMatch\":true}]");
    assertThat(call("GET", "/api/v3/myTrades", "symbol=BTCUSDT&fromId=2")).isEqualTo("200 []");
  }

  @Test
  void anUntriggeredStopIsNotWorkingAndAMarketableOrderAnswersItsFills() throws Exception {
    call("POST", "/api/v3/order", "symbol=BTCUSDT&side=SELL&type=STOP_LOSS&quantity=0.2&stopPrice=36000");
    assertThat(call("GET", "/api/v3/order", "symbol=BTCUSDT&orderId=1")).contains("\"status\":\"NEW\",\"timeInForce\":\"GTC\","
        + "\"type\":\"STOP_LOSS\",\"side\":\"SELL\",\"stopPrice\":\"36000.00000000\",\"icebergQty\":\"0.00000000\",\"time\":T,"
        + "\"updateTime\":T,\"isWorking\":false,\"origQuoteOrderQty\":\"0.00000000\",\"workingTime\":-1,");
    assertThat(call("POST", "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01"
        + "&price=41000&newClientOrderId=bot-2")).isEqualTo("200 {\"symbol\":\"BTCUSDT\",\"orderId\":2,\"orderListId\":-1,"
        + "\"clientOrderId\":\"bot-2\",\"transactTime\":T,\"price\":\"41000.00000000\",\"origQty\":\"0.01000000\","
        + "\"executedQty\":\"0.01000000\",\"origQuoteOrderQty\":\"0.00000000\",\"cummulativeQuoteQty\":\"400.00000000\","
        + "\"status\":\"FILLED\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"BUY\",\"workingTime\":T,"
        + "\"selfTradePreventionMode\":\"NONE\",\"fills\":[{\"price\":\"40000.00000000\",\"qty\":\"0.01000000\","
        + "\"commission\":\"0.00000000\",\"commissionAsset\":\"USDT\",\"tradeId\":1}]}");
  }

  @Test
  void anOtoAnswersItsPendingLegUnplacedAndTheListQueryFollowsItsFills() throws Exception {
    String placed = call("POST", "/api/v3/orderList/oto", "symbol=BTCUSDT&listClientOrderId=list-1"
        + "&workingType=LIMIT&workingSide=BUY&workingClientOrderId=w-1&workingPrice=39000&workingQuantity=0.1"
        + "&workingTimeInForce=GTC&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingClientOrderId=p-1"
        + "&pendingPrice=41000&pendingQuantity=0.1&newOrderRespType=RESULT");
    assertThat(placed).startsWith("200 {\"orderListId\":1,\"contingencyType\":\"OTO\",\"listStatusType\":\"EXEC_STARTED\","
        + "\"listOrderStatus\":\"EXECUTING\",\"listClientOrderId\":\"list-1\",\"transactionTime\":T,\"symbol\":\"BTCUSDT\","
        + "\"orders\":[{\"symbol\":\"BTCUSDT\",\"orderId\":1,\"clientOrderId\":\"w-1\"},"
        + "{\"symbol\":\"BTCUSDT\",\"orderId\":2,\"clientOrderId\":\"p-1\"}],\"orderReports\":[");
    assertThat(placed).contains("\"clientOrderId\":\"p-1\",\"transactTime\":T,\"price\":\"41000.00000000\","
        + "\"origQty\":\"0.10000000\",\"executedQty\":\"0.00000000\",\"origQuoteOrderQty\":\"0.00000000\","
        + "\"cummulativeQuoteQty\":\"0.00000000\",\"status\":\"PENDING_NEW\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT_MAKER\","
        + "\"side\":\"SELL\",\"workingTime\":-1,");
    fake.setPrice("BTCUSDT", new BigDecimal("39000"));
    fake.setPrice("BTCUSDT", new BigDecimal("41000"));
    assertThat(call("GET", "/api/v3/orderList", "orderListId=1")).isEqualTo("200 {\"orderListId\":1,"
        + "\"contingencyType\":\"OTO\",\"listStatusType\":\"ALL_DONE\",\"listOrderStatus\":\"ALL_DONE\","
        + "\"listClientOrderId\":\"list-1\",\"transactionTime\":T,\"symbol\":\"BTCUSDT\",\"orders\":["
        + "{\"symbol\":\"BTCUSDT\",\"orderId\":1,\"clientOrderId\":\"w-1\"},{\"symbol\":\"BTCUSDT\",\"orderId\":2,"
        + "\"clientOrderId\":\"p-1\"}]}");
    assertThat(call("GET", "/api/v3/openOrderList", "")).isEqualTo("200 []");
    assertThat(fake.free("USDT")).isEqualByComparingTo("10200");
    assertThat(fake.free("BTC")).isEqualByComparingTo("1");
  }
}
