package dev.signet.kraken.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** The Kraken value records keep unknown text and send it back; the order records refuse missing fields. */
class KrakenValuesTest {
  private static final TypeReference<Map<String, KrakenOrder>> ORDERS = new TypeReference<>() {};

  @Test
  void theConstantListsAreTheDocumentedOnes() {
    assertThat(OrderType.constants()).extracting(OrderType::value).containsExactly("market", "limit", "iceberg",
        "stop-loss", "take-profit", "stop-loss-limit", "take-profit-limit", "trailing-stop", "trailing-stop-limit",
        "settle-position");
    assertThat(OrderFlag.constants()).extracting(OrderFlag::value).containsExactly("post", "fcib", "fciq", "nompp", "viqc");
    assertThat(TimeInForce.constants()).extracting(TimeInForce::value).containsExactly("GTC", "IOC", "GTD");
    assertThat(Side.constants()).extracting(Side::value).containsExactly("buy", "sell");
    assertThat(OrderStatus.constants()).extracting(OrderStatus::value)
        .containsExactly("pending", "open", "closed", "canceled", "expired");
  }

  @Test
  void theDocsOrdersDecodeWithTheirConstants() {
    Map<String, KrakenOrder> open = orders("fixtures/open_orders.json", "open");
    KrakenOrder first = open.get("OQCLML-BW3P3-BUCMWZ");
    assertThat(first.status()).isSameAs(OrderStatus.OPEN);
    assertThat(first.isOpen()).isTrue();
    assertThat(first.userref()).isEqualTo(0L);
    assertThat(first.descr()).isEqualTo(new KrakenOrder.Descr("XBTUSD", Side.BUY, OrderType.LIMIT,
        new BigDecimal("30010.0"), new BigDecimal("0"), "none", "buy 1.25000000 XBTUSD @ limit 30010.0", ""));
    assertThat(first.descr().type()).isSameAs(Side.BUY);
    assertThat(first.trades()).containsExactly("TCCCTY-WE2O6-P3NB37");
    assertThat(open.get("OB5VMB-B4U2U-DK2WRW").trades()).isEmpty();
    KrakenOrder closed = orders("fixtures/closed_orders.json", "closed").get("O37652-RJWRT-IMO74O");
    assertThat(closed.status()).isSameAs(OrderStatus.CANCELED);
    assertThat(closed.descr().ordertype()).isSameAs(OrderType.STOP_LOSS_LIMIT);
    assertThat(closed.closeTime()).isEqualTo(new BigDecimal("1688148610.0482"));
    assertThat(closed.trigger()).isEqualTo("index");
  }

  @Test
  void anUnknownValueReceivedIsSentBackUnchanged() {
    String json = fixture("fixtures/open_orders.json").replace("\"ordertype\": \"limit\"", "\"ordertype\": \"limit-all-in\"");
    KrakenOrder o = SignetJson.mapper().convertValue(
        SignetJson.mapper().readTree(json).path("result").path("open"), ORDERS).get("OQCLML-BW3P3-BUCMWZ");
    assertThat(o.descr().ordertype().isKnown()).isFalse();
    AddOrder again = AddOrder.builder(o.descr().pair(), o.descr().type(), o.descr().ordertype(), o.volume())
        .flags(OrderFlag.of("fciq"), OrderFlag.of("newflag")).timeInForce(TimeInForce.of("GTX"))
        .withoutClientOrderId().build();
    assertThat(again.toParams().toString()).isEqualTo(
        "Params[oflags=fciq,newflag, ordertype=limit-all-in, pair=XBTUSD, timeinforce=GTX, type=buy, volume=1.25000000]");
  }

  @Test
  void aMissingRequiredFieldFailsNamingIt() {
    String noStatus = fixture("fixtures/open_orders.json").replaceFirst("\"status\": \"open\",", "");
    assertThatThrownBy(() -> SignetJson.mapper().convertValue(
        SignetJson.mapper().readTree(noStatus).path("result").path("open"), ORDERS))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Cannot construct instance of `dev.signet.kraken.trading.KrakenOrder`, problem: "
            + "required field 'status' is missing or null");
    String nullSide = fixture("fixtures/open_orders.json").replaceFirst("\"type\": \"buy\"", "\"type\": null");
    assertThatThrownBy(() -> SignetJson.mapper().convertValue(
        SignetJson.mapper().readTree(nullSide).path("result").path("open"), ORDERS))
        .isInstanceOf(JacksonException.class).hasMessageContaining("problem: required field 'type' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"pending\":true}", CancelOrderResult.class))
        .isInstanceOf(JacksonException.class).hasMessageStartingWith("Missing required creator property 'count'");
    JsonNode cancel = SignetJson.mapper().readTree(fixture("fixtures/cancel_order.json")).path("result");
    assertThat(SignetJson.mapper().treeToValue(cancel, CancelOrderResult.class)).isEqualTo(new CancelOrderResult(1, false));
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"txid\":[\"O1\"]}", AddOrderResult.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("problem: required field 'descr' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"descr\":{\"order\":\"x\"},\"txid\":[null]}",
        AddOrderResult.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("problem: field 'txid' has a null element at index 0");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"descr\":{\"close\":\"x\"}}", AddOrderResult.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("problem: required field 'order' is missing or null");
    assertThat(SignetJson.mapper().readValue("{\"descr\":{\"order\":\"x\"}}", AddOrderResult.class).txid()).isEmpty();
  }

  private static Map<String, KrakenOrder> orders(String name, String key) {
    return SignetJson.mapper().convertValue(SignetJson.mapper().readTree(fixture(name)).path("result").path(key), ORDERS);
  }

  static String fixture(String name) {
    try (InputStream in = KrakenValuesTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
