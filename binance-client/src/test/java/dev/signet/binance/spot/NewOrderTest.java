package dev.signet.binance.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.core.Params;
import dev.signet.testkit.BinanceSignatureCheck;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every order type built with what it needs, every combination check's refusal, and the exact wire form. */
class NewOrderTest {
  private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  private static final BigDecimal QTY = new BigDecimal("0.01");
  private static final BigDecimal PRICE = new BigDecimal("35000");
  private static final BigDecimal STOP = new BigDecimal("34000");

  private static NewOrder.Builder of(OrderType type) {
    return NewOrder.builder("BTCUSDT", OrderSide.SELL, type).clientOrderId("id-1");
  }

  private static String params(NewOrder order) {
    return order.toParams().toString();
  }

  // --- the factories and what each type needs ---

  @Test
  void limitIsGoodTillCancelledWithQuantityAndPrice() {
    NewOrder order = NewOrder.limit("BTCUSDT", OrderSide.BUY, QTY, PRICE).clientOrderId("bot-42").build();
    assertThat(order.symbol()).isEqualTo("BTCUSDT");
    assertThat(order.clientOrderId()).isEqualTo("bot-42");
    assertThat(params(order)).isEqualTo("Params[symbol=BTCUSDT, side=BUY, type=LIMIT, timeInForce=GTC, quantity=0.01,"
        + " price=35000, newClientOrderId=bot-42]");
    assertThat(order.toString()).isEqualTo("NewOrderParams[symbol=BTCUSDT, side=BUY, type=LIMIT, timeInForce=GTC,"
        + " quantity=0.01, price=35000, newClientOrderId=bot-42]");
  }

  @Test
  void marketByBaseQuantity() {
    NewOrder order = NewOrder.market("ETHUSDT", OrderSide.SELL, QTY).clientOrderId("m-1").build();
    assertThat(order.symbol()).isEqualTo("ETHUSDT");
    assertThat(params(order)).isEqualTo("Params[symbol=ETHUSDT, side=SELL, type=MARKET, quantity=0.01, newClientOrderId=m-1]");
  }

  @Test
  void marketByQuoteQuantity() {
    NewOrder order = NewOrder.marketQuote("BTCUSDT", OrderSide.BUY, new BigDecimal("100")).clientOrderId("q-1").build();
    assertThat(params(order)).isEqualTo("Params[symbol=BTCUSDT, side=BUY, type=MARKET, quoteOrderQty=100, newClientOrderId=q-1]");
  }

  @Test
  void everyOptionalFieldGoesOutInTheDocsOrderWithTheExtrasLast() {
    NewOrder order = NewOrder.builder("BTCUSDT", OrderSide.BUY, OrderType.STOP_LOSS_LIMIT)
        .putExtraParam("strategyId", "7")
        .selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_TAKER)
        .responseType(ResponseType.FULL)
        .icebergQty(new BigDecimal("0.002"))
        .stopPrice(STOP)
        .clientOrderId("all-1")
        .price(PRICE)
        .quantity(QTY)
        .timeInForce(TimeInForce.IOC)
        .putExtraParam("strategyType", "1000000")
        .build();
    assertThat(order.toParams().asList()).containsExactly(
        Map.entry("symbol", "BTCUSDT"), Map.entry("side", "BUY"), Map.entry("type", "STOP_LOSS_LIMIT"),
        Map.entry("timeInForce", "IOC"), Map.entry("quantity", "0.01"), Map.entry("price", "35000"),
        Map.entry("newClientOrderId", "all-1"), Map.entry("stopPrice", "34000"), Map.entry("icebergQty", "0.002"),
        Map.entry("newOrderRespType", "FULL"), Map.entry("selfTradePreventionMode", "EXPIRE_TAKER"),
        Map.entry("strategyId", "7"), Map.entry("strategyType", "1000000"));
  }

  @Test
  void eachTypeIsBuiltWithExactlyWhatItNeeds() {
    assertThat(params(of(OrderType.LIMIT).quantity(QTY).price(PRICE).timeInForce(TimeInForce.FOK).build()))
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=LIMIT, timeInForce=FOK, quantity=0.01, price=35000,"
            + " newClientOrderId=id-1]");
    assertThat(params(of(OrderType.MARKET).quantity(QTY).build()))
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=MARKET, quantity=0.01, newClientOrderId=id-1]");
    assertThat(params(of(OrderType.STOP_LOSS).quantity(QTY).stopPrice(STOP).build()))
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=STOP_LOSS, quantity=0.01, newClientOrderId=id-1,"
            + " stopPrice=34000]");
    assertThat(params(of(OrderType.TAKE_PROFIT).quantity(QTY).stopPrice(STOP).build()))
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=TAKE_PROFIT, quantity=0.01, newClientOrderId=id-1,"
            + " stopPrice=34000]");
    assertThat(params(of(OrderType.STOP_LOSS_LIMIT).quantity(QTY).price(PRICE).timeInForce(TimeInForce.GTC)
        .stopPrice(STOP).build()))
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=STOP_LOSS_LIMIT, timeInForce=GTC, quantity=0.01,"
            + " price=35000, newClientOrderId=id-1, stopPrice=34000]");
    assertThat(params(of(OrderType.TAKE_PROFIT_LIMIT).quantity(QTY).price(PRICE).timeInForce(TimeInForce.GTC)
        .stopPrice(STOP).build()))
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=TAKE_PROFIT_LIMIT, timeInForce=GTC, quantity=0.01,"
            + " price=35000, newClientOrderId=id-1, stopPrice=34000]");
    assertThat(params(of(OrderType.LIMIT_MAKER).quantity(QTY).price(PRICE).build()))
        .as("LIMIT_MAKER needs no timeInForce")
        .isEqualTo("Params[symbol=BTCUSDT, side=SELL, type=LIMIT_MAKER, quantity=0.01, price=35000,"
            + " newClientOrderId=id-1]");
  }

  // --- each refusal of the combination check ---

  @Test
  void theLimitTypesAndLimitMakerNeedPrice() {
    for (OrderType type : List.of(OrderType.LIMIT, OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT,
        OrderType.LIMIT_MAKER)) {
      assertThatThrownBy(() -> of(type).quantity(QTY).timeInForce(TimeInForce.GTC).stopPrice(STOP).build())
          .as(type.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(type + " orders need price; call price(...).");
    }
  }

  @Test
  void theLimitTypesNeedTimeInForce() {
    for (OrderType type : List.of(OrderType.LIMIT, OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT)) {
      assertThatThrownBy(() -> of(type).quantity(QTY).price(PRICE).stopPrice(STOP).build())
          .as(type.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(type + " orders need timeInForce; call timeInForce(...).");
    }
  }

  @Test
  void marketNeedsExactlyOneOfQuantityAndQuoteOrderQty() {
    assertThatThrownBy(() -> of(OrderType.MARKET).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MARKET orders need exactly one of quantity and quoteOrderQty.");
    assertThatThrownBy(() -> NewOrder.market("BTCUSDT", OrderSide.BUY, QTY).quoteOrderQty(PRICE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MARKET orders need exactly one of quantity and quoteOrderQty.");
  }

  @Test
  void everyOtherTypeNeedsQuantity() {
    for (OrderType type : List.of(OrderType.LIMIT, OrderType.STOP_LOSS, OrderType.STOP_LOSS_LIMIT,
        OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_LIMIT, OrderType.LIMIT_MAKER)) {
      assertThatThrownBy(() -> of(type).price(PRICE).timeInForce(TimeInForce.GTC).stopPrice(STOP).build())
          .as(type.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(type + " orders need quantity; call quantity(...).");
    }
  }

  @Test
  void quoteOrderQtyIsOnlyForMarket() {
    for (OrderType type : List.of(OrderType.LIMIT, OrderType.STOP_LOSS, OrderType.LIMIT_MAKER)) {
      assertThatThrownBy(() -> of(type).quantity(QTY).quoteOrderQty(PRICE).price(PRICE).timeInForce(TimeInForce.GTC)
          .stopPrice(STOP).build())
          .as(type.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("quoteOrderQty is only for MARKET orders.");
    }
  }

  @Test
  void theStopAndTakeProfitTypesNeedStopPrice() {
    for (OrderType type : List.of(OrderType.STOP_LOSS, OrderType.TAKE_PROFIT, OrderType.STOP_LOSS_LIMIT,
        OrderType.TAKE_PROFIT_LIMIT)) {
      assertThatThrownBy(() -> of(type).quantity(QTY).price(PRICE).timeInForce(TimeInForce.GTC).build())
          .as(type.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(type + " orders need stopPrice; call stopPrice(...).");
    }
  }

  @Test
  void marketTakesNeitherPriceNorTimeInForce() {
    assertThatThrownBy(() -> NewOrder.market("BTCUSDT", OrderSide.BUY, QTY).price(PRICE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MARKET orders take neither price nor timeInForce.");
    assertThatThrownBy(() -> NewOrder.marketQuote("BTCUSDT", OrderSide.BUY, PRICE).timeInForce(TimeInForce.IOC).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MARKET orders take neither price nor timeInForce.");
  }

  @Test
  void anUnknownTypeIsSentAsBuiltForBinanceToCheck() {
    NewOrder order = NewOrder.builder("BTCUSDT", OrderSide.BUY, OrderType.of("PEGGED_LIMIT")).clientOrderId("p-1").build();
    assertThat(params(order)).isEqualTo("Params[symbol=BTCUSDT, side=BUY, type=PEGGED_LIMIT, newClientOrderId=p-1]");
  }

  // --- the client order id ---

  @Test
  void aClientOrderIdOfBinancesAlphabetUpTo36CharactersIsTaken() {
    String id = "AZaz09.:/_-AZaz09.:/_-AZaz09.:/_-AZa";
    assertThat(id).hasSize(36);
    assertThat(of(OrderType.MARKET).quantity(QTY).clientOrderId(id).build().clientOrderId()).isEqualTo(id);
    assertThat(of(OrderType.MARKET).quantity(QTY).clientOrderId("x").build().clientOrderId()).isEqualTo("x");
  }

  @Test
  void aClientOrderIdOutsideBinancesPatternIsRefused() {
    for (String bad : new String[] {"", "bot 42", "bot#42", "bot+42", "ordre-é", "a\nb",
        "0123456789012345678901234567890123456"}) {
      assertThatThrownBy(() -> NewOrder.market("BTCUSDT", OrderSide.BUY, QTY).clientOrderId(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("newClientOrderId '" + bad + "' must be 1 to 36 characters of A-Z a-z 0-9 . : / _ -.");
    }
    assertThatThrownBy(() -> NewOrder.market("BTCUSDT", OrderSide.BUY, QTY).clientOrderId(null))
        .hasMessage("newClientOrderId 'null' must be 1 to 36 characters of A-Z a-z 0-9 . : / _ -.");
  }

  @Test
  void withoutAClientOrderIdOneIsGeneratedAtBuildAndSent() {
    NewOrder.Builder builder = NewOrder.market("BTCUSDT", OrderSide.BUY, QTY);
    NewOrder first = builder.build();
    NewOrder second = builder.build();
    assertThat(first.clientOrderId()).matches("sg[0-9a-f]{32}");
    assertThat(first.toParams().get("newClientOrderId")).isEqualTo(first.clientOrderId());
    assertThat(second.clientOrderId()).matches("sg[0-9a-f]{32}").isNotEqualTo(first.clientOrderId());
  }

  @Test
  void toParamsIsACopy() {
    NewOrder order = NewOrder.market("BTCUSDT", OrderSide.BUY, QTY).clientOrderId("c-1").build();
    Params copy = order.toParams();
    copy.add("extra", "1");
    assertThat(params(order)).isEqualTo("Params[symbol=BTCUSDT, side=BUY, type=MARKET, quantity=0.01, newClientOrderId=c-1]");
  }

  @Test
  void setterValuesAreChecked() {
    NewOrder.Builder b = NewOrder.builder("BTCUSDT", OrderSide.BUY, OrderType.LIMIT);
    assertThatThrownBy(() -> b.stopPrice(BigDecimal.ZERO)).hasMessage("stopPrice is 0; it must be greater than zero.");
    assertThatThrownBy(() -> b.icebergQty(new BigDecimal("-1")))
        .hasMessage("icebergQty is -1; it must be greater than zero.");
    assertThatThrownBy(() -> b.quoteOrderQty(null)).hasMessage("quoteOrderQty is null; pass a positive decimal.");
    assertThatThrownBy(() -> NewOrder.builder(" ", OrderSide.BUY, OrderType.LIMIT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.putExtraParam("price", "")).isInstanceOf(IllegalArgumentException.class);
  }

  // --- on the wire ---

  @Test
  void theOrderGoesOutAsAFormBodyInOrderWithTheExtrasAndIsSigned() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(0);
      server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
          .body("{\"symbol\":\"BTCUSDT\",\"orderId\":28,\"orderListId\":-1,\"clientOrderId\":\"bot-42\","
              + "\"transactTime\":1507725176595}").build());
      try (BinanceClient client = BinanceClient.builder().preflight(false).credentials(BinanceCredentials.hmac(API_KEY, SECRET))
          .spotBaseUrl(server.url("/").toString()).clock(CLOCK).build()) {
        OrderAck result = client.spot().trading().newOrderAck(
            NewOrder.limit("BTCUSDT", OrderSide.BUY, QTY, PRICE).clientOrderId("bot-42")
                .putExtraParam("strategyId", "7")
                .putExtraParam("strategyType", "1000000").build());
        assertThat(result.orderId()).isEqualTo(28L);
        assertThat(result.clientOrderId()).isEqualTo("bot-42");
      }
      RecordedRequest req = server.takeRequest();
      assertThat(req.getMethod()).isEqualTo("POST");
      assertThat(req.getTarget()).isEqualTo("/api/v3/order");
      String body = req.getBody().utf8();
      assertThat(body).startsWith("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=35000"
          + "&newClientOrderId=bot-42&newOrderRespType=ACK&strategyId=7&strategyType=1000000&timestamp=1578963600000"
          + "&signature=");
      BinanceSignatureCheck.Verified verified = BinanceSignatureCheck.builder().hmacKey(API_KEY, SECRET).clock(CLOCK)
          .build().verify(req);
      assertThat(verified.params()).extracting(Map.Entry::getKey).containsExactly("symbol", "side", "type",
          "timeInForce", "quantity", "price", "newClientOrderId", "newOrderRespType", "strategyId", "strategyType",
          "timestamp", "signature");
    }
  }
}
