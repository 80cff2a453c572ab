package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.CancelReplace;
import dev.signet.binance.spot.CancelReplaceMode;
import dev.signet.binance.spot.CancelReplaceResult;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.SpotTrading;
import java.io.IOException;
import java.math.BigDecimal;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pre-flight's newer checks (a MARKET order's {@code quoteOrderQty}, a keep-priority amendment's
 * {@code newQty}) and what happens when Binance refuses an order the cached rules passed: the rules
 * are forgotten and the next order fetches them again. Rules from {@link PreflightTest#INFO}
 * (BNBUSDT: quote precision 2, step 0.001, MIN_NOTIONAL 5 applied to MARKET orders).
 */
class PreflightRefreshTest {
  private static final String FILTER_FAILURE = "{\"code\":-1013,\"msg\":\"Filter failure: PRICE_FILTER\"}";

  private PreflightServer api;
  private BinanceClient client;
  private MockWebServer server;
  private SpotTrading trading;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() throws IOException {
    api = new PreflightServer();
    client = api.client;
    server = api.server;
    trading = client.spot().trading();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private void serve(int status, String body) {
    api.serve(status, body);
  }

  private String nextPath() throws InterruptedException {
    return api.nextPath();
  }

  @Test
  void aQuoteOrderQtyBelowTheMarketMinNotionalIsRefusedUnsent() throws Exception {
    serve(200, PreflightTest.INFO);
    assertThatThrownBy(() -> trading.newOrder(NewOrder.marketQuote("BNBUSDT", OrderSide.BUY, d("4.99")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MIN_NOTIONAL: quoteOrderQty 4.99 of BNBUSDT is below minNotional 5; the nearest valid"
            + " quoteOrderQty is 5.");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
  }

  @Test
  void aQuoteOrderQtyWithMoreDecimalsThanTheQuotePrecisionIsRefusedAsMinus1111() throws Exception {
    serve(200, PreflightTest.INFO);
    assertThatThrownBy(() -> trading.newOrderAck(NewOrder.marketQuote("BNBUSDT", OrderSide.BUY, d("10.005")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quoteOrderQty 10.005 has 3 decimals; BNBUSDT allows at most 2 (quoteAssetPrecision) and Binance"
            + " answers -1111 BAD_PRECISION; the nearest valid quoteOrderQtys are 10.00 and 10.01.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aValidQuoteOrderQtyIsSentAsGiven() throws Exception {
    serve(200, PreflightTest.INFO);
    serve(200, "{\"symbol\":\"BNBUSDT\",\"orderId\":28,\"orderListId\":-1,\"clientOrderId\":\"q-1\","
        + "\"transactTime\":1507725176595}");
    trading.newOrderAck(NewOrder.marketQuote("BNBUSDT", OrderSide.BUY, d("5.00")).clientOrderId("q-1").build());
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
    assertThat(server.takeRequest().getBody().utf8()).startsWith(
        "symbol=BNBUSDT&side=BUY&type=MARKET&quoteOrderQty=5.00&newClientOrderId=q-1&newOrderRespType=ACK&timestamp=");
  }

  @Test
  void anAmendmentsNewQuantityOffTheStepIsRefusedUnsent() throws Exception {
    serve(200, PreflightTest.INFO);
    assertThatThrownBy(() -> trading.amendKeepPriority(OrderRef.byId("BNBUSDT", 33), d("0.0015")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LOT_SIZE: quantity 0.0015 of BNBUSDT is not a multiple of stepSize 0.001; the nearest valid"
            + " quantities are 0.001 and 0.002.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aFilterFailureTheCachedRulesPassedForgetsThemAndTheNextOrderFetchesThemAgain() throws Exception {
    serve(200, PreflightTest.INFO);
    serve(400, FILTER_FAILURE);
    NewOrder order = NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.00")).clientOrderId("o-1").build();
    assertThatThrownBy(() -> trading.newOrderAck(order))
        .isInstanceOf(BinanceApiException.class)
        .satisfies(e -> assertThat(((BinanceApiException) e).code()).isEqualTo(-1013));
    assertThat(client.spot().rules().preflight()).isTrue();
    serve(200, PreflightTest.INFO);
    serve(400, FILTER_FAILURE);
    assertThatThrownBy(() -> trading.newOrderAck(order)).isInstanceOf(BinanceApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
    assertThat(nextPath()).isEqualTo("/api/v3/order");
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
    assertThat(nextPath()).isEqualTo("/api/v3/order");
  }

  @Test
  void anotherRefusalKeepsTheCachedRules() throws Exception {
    serve(200, PreflightTest.INFO);
    serve(400, "{\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}");
    NewOrder order = NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.00")).clientOrderId("o-1").build();
    assertThatThrownBy(() -> trading.newOrderAck(order)).isInstanceOf(BinanceApiException.class);
    serve(400, "{\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}");
    assertThatThrownBy(() -> trading.newOrderAck(order)).isInstanceOf(BinanceApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
    assertThat(nextPath()).isEqualTo("/api/v3/order");
    assertThat(nextPath()).isEqualTo("/api/v3/order");
  }

  @Test
  void aCancelReplaceWhoseNewOrderFailedAFilterForgetsTheRules() throws Exception {
    serve(200, PreflightTest.INFO);
    serve(400, "{\"code\":-2021,\"msg\":\"Order cancel-replace partially failed.\",\"data\":{\"cancelResult\":\"SUCCESS\","
        + "\"newOrderResult\":\"FAILURE\",\"cancelResponse\":{\"symbol\":\"BNBUSDT\",\"origClientOrderId\":\"a\","
        + "\"orderId\":3,\"orderListId\":-1,\"clientOrderId\":\"b\",\"transactTime\":1684804350068,\"price\":\"100.00\","
        + "\"origQty\":\"1.000\",\"executedQty\":\"0.000\",\"origQuoteOrderQty\":\"0.00\",\"cummulativeQuoteQty\":\"0.00\","
        + "\"status\":\"CANCELED\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"BUY\","
        + "\"selfTradePreventionMode\":\"NONE\"},\"newOrderResponse\":" + FILTER_FAILURE + "}}");
    CancelReplace replace = CancelReplace.of(CancelReplaceMode.STOP_ON_FAILURE, OrderRef.byId("BNBUSDT", 3),
        NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.05")).build());
    assertThat(trading.cancelReplace(replace)).isInstanceOfSatisfying(CancelReplaceResult.NewOrderFailed.class,
        f -> assertThat(f.newOrderError().code()).isEqualTo(-1013));
    serve(200, PreflightTest.INFO);
    assertThat(client.spot().rules().of("BNBUSDT").symbol()).isEqualTo("BNBUSDT");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
    assertThat(nextPath()).isEqualTo("/api/v3/order/cancelReplace");
    assertThat(nextPath()).isEqualTo("/api/v3/exchangeInfo");
  }
}
