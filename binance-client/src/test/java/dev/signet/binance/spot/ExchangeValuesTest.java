package dev.signet.binance.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.IncomeType;
import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The Binance value records keep unknown text, send it back unchanged, and the response records refuse missing fields. */
class ExchangeValuesTest {
  @Test
  void theConstantListsAreTheDocumentedOnes() {
    assertThat(OrderStatus.constants()).extracting(OrderStatus::value).containsExactly("NEW", "PENDING_NEW",
        "PARTIALLY_FILLED", "FILLED", "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "EXPIRED_IN_MATCH");
    assertThat(OrderType.constants()).extracting(OrderType::value).containsExactly("LIMIT", "MARKET", "STOP_LOSS",
        "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER");
    assertThat(OrderSide.constants()).extracting(OrderSide::value).containsExactly("BUY", "SELL");
    assertThat(TimeInForce.constants()).extracting(TimeInForce::value).containsExactly("GTC", "IOC", "FOK");
    assertThat(ResponseType.constants()).extracting(ResponseType::value).containsExactly("ACK", "RESULT", "FULL");
    assertThat(SelfTradePreventionMode.constants()).extracting(SelfTradePreventionMode::value)
        .containsExactly("NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER");
    assertThat(IncomeType.constants()).hasSize(22).contains(IncomeType.DELIVERED_SETTLEMENT);
    assertThat(IncomeType.of("DELIVERED_SETTELMENT")).isSameAs(IncomeType.DELIVERED_SETTLEMENT);
  }

  @Test
  void knownTextGivesTheConstantAndUnknownTextIsKept() {
    assertThat(OrderStatus.of("FILLED")).isSameAs(OrderStatus.FILLED);
    assertThat(SignetJson.mapper().readValue("\"FILLED\"", OrderStatus.class)).isSameAs(OrderStatus.FILLED);
    OrderStatus later = SignetJson.mapper().readValue("\"PENDING_AMEND\"", OrderStatus.class);
    assertThat(later.value()).isEqualTo("PENDING_AMEND");
    assertThat(later.isKnown()).isFalse();
    assertThat(later.isOpen()).isFalse();
    assertThat(later).isEqualTo(OrderStatus.of("PENDING_AMEND")).hasToString("PENDING_AMEND");
    assertThat(OrderStatus.PENDING_NEW.isOpen()).isTrue();
    assertThat(OrderStatus.of("filled").isKnown()).isFalse();
    assertThatThrownBy(() -> OrderSide.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderSide is blank; use one of the OrderSide constants, or OrderSide.of(text) with the exchange's"
            + " exact spelling.");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("\" \"", TimeInForce.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("TimeInForce is blank");
  }

  @Test
  void anUnknownValueReceivedIsSentBackUnchanged() {
    Order order = SignetJson.mapper().readValue(fixture("fixtures/spot_query_order.json")
        .replaceAll("//[^\\n]*", "")
        .replace("\"type\": \"LIMIT\"", "\"type\": \"PEGGED_LIMIT\"")
        .replace("\"timeInForce\": \"GTC\"", "\"timeInForce\": \"GTX\"")
        .replace("\"selfTradePreventionMode\": \"NONE\"", "\"selfTradePreventionMode\": \"EXPIRE_ALL\""), Order.class);
    assertThat(order.type().isKnown()).isFalse();
    NewOrder again = NewOrder.builder(order.symbol(), order.side(), order.type())
        .quantity(order.origQty()).price(order.price()).timeInForce(order.timeInForce())
        .selfTradePreventionMode(order.selfTradePreventionMode()).clientOrderId("again-1").build();
    assertThat(again.toParams().toString()).isEqualTo(
        "Params[symbol=LTCBTC, side=BUY, type=PEGGED_LIMIT, timeInForce=GTX, quantity=1.0, price=0.1,"
            + " newClientOrderId=again-1, selfTradePreventionMode=EXPIRE_ALL]");
    assertThat(SignetJson.mapper().writeValueAsString(List.of(order.type(), order.timeInForce(), order.side())))
        .isEqualTo("[\"PEGGED_LIMIT\",\"GTX\",\"BUY\"]");
  }

  @Test
  void theDocsExamplesDecodeExactly() {
    Order o = SignetJson.mapper().readValue(jsonc("fixtures/spot_query_order.json"), Order.class);
    assertThat(o).isEqualTo(new Order("LTCBTC", 1, -1, "myOrder1", new BigDecimal("0.1"), new BigDecimal("1.0"),
        new BigDecimal("0.0"), new BigDecimal("0.0"), OrderStatus.NEW, TimeInForce.GTC, OrderType.LIMIT, OrderSide.BUY,
        new BigDecimal("0.0"), new BigDecimal("0.0"), Instant.ofEpochMilli(1499827319559L),
        Instant.ofEpochMilli(1499827319559L), true, new BigDecimal("0.000000"), Instant.ofEpochMilli(1499827319559L),
        SelfTradePreventionMode.NONE));
    assertThat(o.status()).isSameAs(OrderStatus.NEW);
    OrderResult ack = SignetJson.mapper().readValue(jsonc("fixtures/spot_new_order_ack.json"), OrderResult.class);
    assertThat(ack).isEqualTo(new OrderResult("BTCUSDT", 28, -1, "6gCrw2kRUAF9CvJDGP16IP",
        Instant.ofEpochMilli(1507725176595L), null, null, null, null, null, null, null, null, null, null, null, List.of()));
    OrderResult full = SignetJson.mapper().readValue(jsonc("fixtures/spot_new_order_full.json"), OrderResult.class);
    assertThat(full.fills()).hasSize(5).first()
        .isEqualTo(new Fill(new BigDecimal("4000.00000000"), new BigDecimal("1.00000000"), new BigDecimal("4.00000000"),
            "USDT", 56));
    CanceledOrder c = SignetJson.mapper().readValue(jsonc("fixtures/spot_cancel_order.json"), CanceledOrder.class);
    assertThat(c.status()).isSameAs(OrderStatus.CANCELED);
    assertThat(c.origClientOrderId()).isEqualTo("myOrder1");
  }

  @Test
  void aMissingRequiredFieldFailsNamingIt() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        jsonc("fixtures/spot_query_order.json").replace("\"status\": \"NEW\",", ""), Order.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("Cannot construct instance of `dev.signet.binance.spot.Order`, problem: required field"
            + " 'status' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        jsonc("fixtures/spot_query_order.json").replace("\"orderId\": 1,", ""), Order.class))
        .isInstanceOf(JacksonException.class).hasMessageStartingWith("Missing required creator property 'orderId'");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        jsonc("fixtures/spot_query_order.json").replace("\"isWorking\": true", "\"isWorking\": null"), Order.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("[\"isWorking\"]");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        jsonc("fixtures/spot_new_order_full.json").replace("\"tradeId\": 56", "\"tradeId\": null"), OrderResult.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("Cannot map `null` into type `long`");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        jsonc("fixtures/spot_new_order_ack.json").replace("\"transactTime\": 1507725176595", "\"transactTime\": null"),
        OrderResult.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("problem: required field 'transactTime' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        jsonc("fixtures/spot_cancel_order.json").replace("\"origClientOrderId\": \"myOrder1\",", ""), CanceledOrder.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("problem: required field 'origClientOrderId' is missing or null");
  }

  static String jsonc(String name) {
    return fixture(name).replaceAll("//[^\\n]*", "");
  }

  static String fixture(String name) {
    try (InputStream in = ExchangeValuesTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
