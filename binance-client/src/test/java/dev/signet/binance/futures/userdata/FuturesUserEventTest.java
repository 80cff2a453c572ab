package dev.signet.binance.futures.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesTimeInForce;
import dev.signet.binance.futures.trade.PriceMatch;
import dev.signet.binance.futures.trade.WorkingType;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;

/** Each USD-M user data event of the docs (fixtures/SOURCES.md) decoded to its record with exact values. */
class FuturesUserEventTest {
  static final Decoder<FuturesUserEvent> DECODER = Decoder.of(FuturesUserEvent.class);

  static String fixture(String name) {
    try (InputStream in = FuturesUserEventTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FuturesUserEvent decode(String json) {
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      return DECODER.decode(p);
    }
  }

  private static Instant ms(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theOrderTradeUpdateDecodesEveryField() {
    assertThat(decode(fixture("futures_user_order_trade_update.json"))).isEqualTo(new OrderTradeUpdate(
        ms(1568879465651L), ms(1568879465650L), new OrderTradeUpdate.Order("BTCUSDT", "TEST", OrderSide.SELL,
            FuturesOrderType.TRAILING_STOP_MARKET, FuturesTimeInForce.GTC, d("0.001"), d("0"), d("0"), d("7103.04"),
            FuturesExecutionType.NEW, OrderStatus.NEW, 8886774L, d("0"), d("0"), d("0"), "USDT", d("0"), ms(1568879465650L),
            0L, d("0"), d("9.91"), false, false, WorkingType.CONTRACT_PRICE, FuturesOrderType.TRAILING_STOP_MARKET,
            PositionSide.LONG, false, d("7476.89"), d("5.0"), false, d("0"), SelfTradePreventionMode.EXPIRE_TAKER,
            PriceMatch.OPPONENT, 0L, "0")));
  }

  @Test
  void theAccountUpdateDecodesBalancesAndPositions() {
    assertThat(decode(fixture("futures_user_account_update.json"))).isEqualTo(new AccountUpdate(
        ms(1564745798939L), ms(1564745798938L), new AccountUpdate.Update("ORDER", List.of(
            new AccountUpdate.Balance("USDT", d("122624.12345678"), d("100.12345678"), d("50.12345678")),
            new AccountUpdate.Balance("BUSD", d("1.00000000"), d("0.00000000"), d("-49.12345678"))), List.of(
            new AccountUpdate.Position("BTCUSDT", d("0"), d("0.00000"), d("0"), d("200"), d("0"),
                MarginType.ISOLATED_REPORTED, d("0.00000000"), PositionSide.BOTH),
            new AccountUpdate.Position("BTCUSDT", d("20"), d("6563.66500"), d("6563.6"), d("0"), d("2850.21200"),
                MarginType.ISOLATED_REPORTED, d("13200.70726908"), PositionSide.LONG),
            new AccountUpdate.Position("BTCUSDT", d("-10"), d("6563.86000"), d("6563.6"), d("-45.04000000"),
                d("-1423.15600"), MarginType.ISOLATED_REPORTED, d("6570.42511771"), PositionSide.SHORT)))));
  }

  @Test
  void theMarginCallAndTradeLiteDecodeEveryField() {
    assertThat(decode(fixture("futures_user_margin_call.json"))).isEqualTo(new MarginCall(ms(1587727187525L),
        d("3.16812045"), List.of(new MarginCall.Position("ETHUSDT", PositionSide.LONG, d("1.327"), MarginType.CROSSED,
            d("0"), d("187.17127"), d("-1.166074"), d("1.614445")))));
    assertThat(decode(fixture("futures_user_trade_lite.json"))).isEqualTo(new TradeLite(ms(1721895408092L),
        ms(1721895408214L), "BTCUSDT", d("0.001"), d("0"), false, "z8hcUoOsqEdKMeKPSABslD", OrderSide.BUY,
        d("64089.20"), d("0.040"), 109100866L, 8886774L));
  }

  @Test
  void theConfigStrategyGridRejectAndExpiryEventsDecodeEveryField() {
    List<FuturesUserEvent> events = Decoder.listOf(FuturesUserEvent.class).decode(
        SignetJson.mapper().createParser(fixture("futures_user_events_small.json")));
    assertThat(events).containsExactly(
        new AccountConfigUpdate(ms(1611646737479L), ms(1611646737476L), new AccountConfigUpdate.Leverage("BTCUSDT", 25),
            null),
        new AccountConfigUpdate(ms(1611646737479L), ms(1611646737476L), null, new AccountConfigUpdate.MultiAssets(true)),
        new StrategyUpdate(ms(1669261797627L), ms(1669261797628L), new StrategyUpdate.Strategy(176054594L, "GRID", "NEW",
            "BTCUSDT", ms(1669261797627L), 8007)),
        new GridUpdate(ms(1669262908216L), ms(1669262908218L), new GridUpdate.Grid(176057039L, "GRID", "WORKING",
            "BTCUSDT", d("-0.00300716"), d("16720"), d("-0.001"), d("-0.00300716"), d("0.0"), ms(1669262908197L))),
        new ConditionalOrderTriggerReject(ms(1685517224945L), ms(1685517224955L), new ConditionalOrderTriggerReject
            .Rejection("ETHUSDT", 155618472834L, "Due to the order could not be filled immediately, the FOK order has "
                + "been rejected. The order will not be recorded in the order history")),
        new ListenKeyExpired(ms(1736996475556L), "WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv"));
    assertThat(events.get(5).toString()).isEqualTo("ListenKeyExpired[eventTime=2025-01-16T03:01:15.556Z, listenKey=****]")
        .doesNotContain("WsCMN");
  }

  @Test
  void anEventSignetDoesNotTypeKeepsEveryField() {
    FuturesUserEvent event = decode("{\"e\":\"ALGO_UPDATE\",\"T\":1750515742297,\"E\":1750515742303,"
        + "\"o\":{\"caid\":\"Q5xaq5EGKgXXa0fD7fs0Ip\",\"aid\":2148719,\"X\":\"CANCELED\"}}");
    assertThat(event).isInstanceOf(OtherUserEvent.class);
    OtherUserEvent other = (OtherUserEvent) event;
    assertThat(other.type()).isEqualTo("ALGO_UPDATE");
    assertThat(other.eventTime()).isEqualTo(ms(1750515742303L));
    assertThat(other.fields()).isEqualTo(Map.of(
        "T", SignetJson.mapper().readTree("1750515742297"),
        "o", SignetJson.mapper().readTree("{\"caid\":\"Q5xaq5EGKgXXa0fD7fs0Ip\",\"aid\":2148719,\"X\":\"CANCELED\"}")));
  }

  @Test
  void anEventWithoutADocumentedFieldIsRefusedNamingIt() {
    String update = fixture("futures_user_order_trade_update.json");
    assertThatThrownBy(() -> decode(update.replace("\"x\":\"NEW\",", ""))).hasMessageContaining("'x'");
    assertThatThrownBy(() -> decode(fixture("futures_user_account_update.json").replace("\"wb\":\"1.00000000\",", "")))
        .hasMessageContaining("'wb'");
    assertThatThrownBy(() -> decode("{\"e\":\"ACCOUNT_CONFIG_UPDATE\",\"E\":1,\"T\":2}"))
        .hasMessageContaining("'ac' or 'ai'");
    assertThatThrownBy(() -> decode("{\"e\":\"MARGIN_CALL\",\"E\":1}")).hasMessageContaining("'p'");
  }
}
