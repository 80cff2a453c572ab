package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderListLeg;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SpotTrading;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.TriggeredOrderList;
import dev.signet.binance.spot.market.SymbolRules;
import dev.signet.testkit.FakeBinance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order pre-flight against FakeBinance, which enforces the same filters the way Binance does. */
class PreflightAgainstFakeTest {
  private static final String INFO = "GET /api/v3/exchangeInfo?symbol=BTCUSDT";

  private FakeBinance fake;
  private BinanceClient client;
  private SpotTrading trading;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() {
    fake = FakeBinance.builder().hmacKey(TestData.DOCS_API_KEY, TestData.FAQ_SECRET)
        .market("BTCUSDT", "BTC", "USDT", d("40000.00"))
        .marketRules("BTCUSDT", d("0.01"), d("0.0001"), d("10"))
        .market("ETHUSDT", "ETH", "USDT", d("2000.00"))
        .balance("USDT", d("100000")).balance("BTC", d("1"))
        .build();
    client = client(true);
    trading = client.spot().trading();
  }

  private BinanceClient client(boolean preflight) {
    return BinanceClient.builder().credentials(BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET))
        .spotBaseUrl(fake.baseUrl()).preflight(preflight).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  /** What reached the fake, signed requests without their query, leaving out the clock sync's {@code GET /api/v3/time}. */
  private List<String> sent() {
    return fake.requests().stream().map(PreflightAgainstFakeTest::line).filter(l -> !l.equals("GET /api/v3/time")).toList();
  }

  private static String line(RecordedRequest r) {
    String target = r.getTarget();
    return r.getMethod() + " " + (target.contains("timestamp=") ? target.substring(0, target.indexOf('?')) : target);
  }

  private static NewOrder limit(String qty, String price) {
    return NewOrder.limit("BTCUSDT", OrderSide.BUY, d(qty), d(price)).build();
  }

  @Test
  void anOffTickPriceIsRefusedBeforeSendingNamingPriceFilterAndTheNearestPrices() {
    assertThatThrownBy(() -> trading.newOrder(limit("0.001", "40000.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PRICE_FILTER: price 40000.005 of BTCUSDT is not a multiple of tickSize 0.01; the nearest valid"
            + " prices are 40000.00 and 40000.01.");
    assertThat(sent()).containsExactly(INFO);
    assertThat(fake.ordersPlaced()).isZero();
  }

  @Test
  void aQuantityOffTheStepIsRefusedNamingLotSize() {
    assertThatThrownBy(() -> trading.newOrderAck(limit("0.00115", "40000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LOT_SIZE: quantity 0.00115 of BTCUSDT is not a multiple of stepSize 0.0001; the nearest valid"
            + " quantities are 0.0011 and 0.0012.");
    assertThat(sent()).containsExactly(INFO);
  }

  @Test
  void tooSmallANotionalIsRefusedNamingNotionalAndTheSmallestQuantity() {
    assertThatThrownBy(() -> trading.newOrderFull(limit("0.0002", "40000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NOTIONAL: price × quantity = 8.000000 of BTCUSDT is below minNotional 10; at price 40000.00 the"
            + " smallest valid quantity is 0.0003.");
    assertThat(sent()).containsExactly(INFO);
  }

  @Test
  void moreDecimalsThanTheAssetsPrecisionIsRefusedAsBinancesMinus1111() {
    assertThatThrownBy(() -> trading.testOrder(limit("0.000000001", "40000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity 0.000000001 has 9 decimals; BTCUSDT allows at most 8 (baseAssetPrecision) and Binance"
            + " answers -1111 BAD_PRECISION; the nearest valid quantities are 0.00000000 and 0.00000001.");
    assertThat(sent()).containsExactly(INFO);
  }

  @Test
  void trailingZerosPastThePrecisionCountAsDecimalsBecauseTheyAreSentAsGiven() {
    assertThatThrownBy(() -> trading.testOrder(limit("0.001000000", "40000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity 0.001000000 has 9 decimals; BTCUSDT allows at most 8 (baseAssetPrecision) and Binance"
            + " answers -1111 BAD_PRECISION; the nearest valid quantity is 0.00100000.");
    assertThat(sent()).containsExactly(INFO);
  }

  @Test
  void theRulesAreFetchedOncePerSymbolAndReused() {
    trading.newOrder(limit("0.001", "30000.00"));
    trading.newOrder(limit("0.002", "30000.01"));
    trading.testOrder(limit("0.002", "30000.01"));
    trading.newOrder(NewOrder.limit("ETHUSDT", OrderSide.BUY, d("0.1"), d("1500")).build());
    assertThat(sent()).containsExactly(INFO, "POST /api/v3/order", "POST /api/v3/order", "POST /api/v3/order/test",
        "GET /api/v3/exchangeInfo?symbol=ETHUSDT", "POST /api/v3/order");
  }

  @Test
  void refreshFetchesTheRulesAgain() {
    trading.newOrder(limit("0.001", "30000.00"));
    client.spot().rules().refresh();
    trading.newOrder(limit("0.001", "30000.00"));
    assertThat(client.spot().rules().refresh("BTCUSDT").tickSize()).contains(d("0.01"));
    assertThat(sent()).containsExactly(INFO, "POST /api/v3/order", INFO, "POST /api/v3/order", INFO);
  }

  @Test
  void withPreflightOffTheOffTickOrderIsSentAndTheFakeAnswersMinus1013() {
    try (BinanceClient unchecked = client(false)) {
      assertThatThrownBy(() -> unchecked.spot().trading().newOrder(limit("0.001", "40000.005")))
          .isInstanceOfSatisfying(BinanceApiException.class, e -> {
            assertThat(e.code()).isEqualTo(-1013);
            assertThat(e.message()).isEqualTo("Filter failure: PRICE_FILTER");
          });
      assertThat(unchecked.spot().rules().preflight()).isFalse();
    }
    assertThat(sent()).containsExactly("POST /api/v3/order");
  }

  @Test
  void anUnknownSymbolIsRefusedBeforeTheOrderIsSent() {
    NewOrder order = NewOrder.limit("DOGEUSDT", OrderSide.BUY, d("1"), d("0.1")).build();
    assertThatThrownBy(() -> trading.newOrder(order))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol DOGEUSDT is unknown to exchangeInfo (-1121 Invalid symbol.); the order was not sent.")
        .cause().isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1121));
    assertThat(sent()).containsExactly("GET /api/v3/exchangeInfo?symbol=DOGEUSDT");
  }

  @Test
  void roundingWithTheLoadedRulesThenPlacingSucceeds() {
    SymbolRules btc = client.spot().rules().of("BTCUSDT");
    BigDecimal price = btc.roundPrice(d("30000.005"), RoundingMode.DOWN);
    BigDecimal qty = btc.roundQuantity(d("0.00119"), RoundingMode.DOWN);
    assertThat(price).isEqualTo(d("30000.00"));
    assertThat(qty).isEqualTo(d("0.0011"));
    assertThat(trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).build()).status())
        .isEqualTo(OrderStatus.NEW);
    assertThat(sent()).containsExactly(INFO, "POST /api/v3/order");
  }

  @Test
  void eachLegOfAnOrderListIsChecked() {
    TriggeredOrderList oto = TriggeredOrderList.oto("BTCUSDT", OrderSide.BUY, d("0.001"),
        OrderListLeg.limit(d("30000.00"), TimeInForce.GTC), OrderSide.SELL, d("0.001"), OrderListLeg.limitMaker(d("50000.001")));
    assertThatThrownBy(() -> trading.newOrderList(oto))
        .hasMessageStartingWith("PRICE_FILTER: price 50000.001 of BTCUSDT is not a multiple of tickSize 0.01;");
    assertThat(sent()).containsExactly(INFO);
  }

  @Test
  void theFakeRefusesWhatThePreflightWouldWithBinancesCodes() {
    try (BinanceClient unchecked = client(false)) {
      SpotTrading t = unchecked.spot().trading();
      assertCode(() -> t.newOrder(limit("0.00115", "40000.00")), -1013, "Filter failure: LOT_SIZE");
      assertCode(() -> t.newOrder(limit("0.0002", "40000.00")), -1013, "Filter failure: NOTIONAL");
      assertCode(() -> t.newOrder(limit("0.000000001", "40000.00")), -1111,
          "Precision is over the maximum defined for this asset.");
      assertCode(() -> t.newOrder(limit("0.001000000", "40000.00")), -1111,
          "Precision is over the maximum defined for this asset.");
      assertCode(() -> t.newOrder(NewOrder.market("BTCUSDT", OrderSide.SELL, d("0.0002")).build()), -1013,
          "Filter failure: NOTIONAL");
      assertCode(() -> t.newOrder(NewOrder.limit("DOGEUSDT", OrderSide.BUY, d("1"), d("0.1")).build()), -1121,
          "Invalid symbol.");
    }
    assertThat(fake.ordersPlaced()).isZero();
  }

  private static void assertCode(Runnable call, int code, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BinanceApiException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.message()).isEqualTo(message);
    });
  }
}
