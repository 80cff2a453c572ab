package dev.signet.binance.spot.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.ContingencyType;
import dev.signet.binance.spot.ExpiryReason;
import dev.signet.binance.spot.ListOrderStatus;
import dev.signet.binance.spot.ListStatusType;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.PegOffsetType;
import dev.signet.binance.spot.PegPriceType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.WorkingFloor;
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

/** Each Spot user data event of the docs (fixtures/SOURCES.md) decoded to its record with exact values. */
class SpotUserEventTest {
  static String fixture(String name) {
    try (InputStream in = SpotUserEventTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SpotUserEvent decode(String json) {
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      return Decoder.of(SpotUserEvent.class).decode(p);
    }
  }

  private static Instant ms(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theExecutionReportDecodesEveryField() {
    BigDecimal zero = d("0.00000000");
    assertThat(decode(fixture("spot_user_execution_report.json"))).isEqualTo(new ExecutionReport(ms(1499405658658L),
        "ETHBTC", "mUvoqJxFIILMdfAW5iGSOW", OrderSide.BUY, OrderType.LIMIT, TimeInForce.GTC, d("1.00000000"),
        d("0.10264410"), zero, zero, -1L, "", ExecutionType.NEW, OrderStatus.NEW, "NONE", 4293153L, zero, zero, zero,
        d("0"), null, ms(1499405658657L), -1L, 8641984L, true, false, ms(1499405658657L), zero, zero, zero,
        ms(1499405658657L), SelfTradePreventionMode.NONE, null, null, null, null, 3L, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null));
  }

  @Test
  void theConditionalFieldsDecodeWhenPresent() {
    String report = fixture("spot_user_execution_report.json").replace(",\"V\":\"NONE\"}", ",\"V\":\"NONE\","
        + "\"d\":4,\"D\":1668680518494,\"j\":1,\"J\":1000000,\"A\":\"3.000000\",\"B\":\"3.000000\",\"u\":1,\"U\":37,"
        + "\"Cs\":\"BTCUSDT\",\"pl\":\"2.123456\",\"pL\":\"0.10000001\",\"pY\":\"0.21234562\","
        + "\"b\":\"ONE_PARTY_TRADE_REPORT\",\"a\":1234,\"k\":\"SOR\",\"uS\":true,\"gP\":\"PRIMARY_PEG\","
        + "\"gOT\":\"PRICE_LEVEL\",\"gOV\":5,\"gp\":\"1.00000000\",\"eR\":\"INSUFFICIENT_LIQUIDITY\"}");
    ExecutionReport r = (ExecutionReport) decode(report);
    assertThat(List.of(r.trailingDelta(), r.trailingTime(), r.strategyId(), r.strategyType(), r.preventedMatchId(),
        r.preventedQuantity(), r.lastPreventedQuantity(), r.tradeGroupId(), r.counterOrderId(), r.counterSymbol(),
        r.preventedExecutionQuantity(), r.preventedExecutionPrice(), r.preventedExecutionQuoteQuantity(),
        r.matchType(), r.allocationId(), r.workingFloor(), r.usedSor(), r.pegPriceType(), r.pegOffsetType(),
        r.pegOffsetValue(), r.peggedPrice(), r.expiryReason())).containsExactly(4L, ms(1668680518494L), 1L, 1000000,
        3L, d("3.000000"), d("3.000000"), 1L, 37L, "BTCUSDT", d("2.123456"), d("0.10000001"), d("0.21234562"),
        "ONE_PARTY_TRADE_REPORT", 1234L, WorkingFloor.SOR, true, PegPriceType.PRIMARY_PEG, PegOffsetType.PRICE_LEVEL, 5,
        d("1.00000000"), ExpiryReason.INSUFFICIENT_LIQUIDITY);
  }

  @Test
  void theBalanceListAndStreamEventsDecodeEveryField() {
    List<SpotUserEvent> events = Decoder.listOf(SpotUserEvent.class).decode(
        SignetJson.mapper().createParser(fixture("spot_user_events_small.json")));
    assertThat(events).containsExactly(
        new AccountPosition(ms(1564034571105L), ms(1564034571073L),
            List.of(new AccountPosition.Balance("ETH", d("10000.000000"), d("0.000000")))),
        new BalanceUpdate(ms(1573200697110L), "BTC", d("100.00000000"), ms(1573200697068L)),
        new ListStatus(ms(1564035303637L), "ETHBTC", 2L, ContingencyType.OCO, ListStatusType.EXEC_STARTED,
            ListOrderStatus.EXECUTING, "NONE", "F4QN4G8DlFATFlIUQ0cjdD", ms(1564035303625L), List.of(
                new ListStatus.ListedOrder("ETHBTC", 17L, "AJYsMjErWJesZvqlJCTUgL"),
                new ListStatus.ListedOrder("ETHBTC", 18L, "bfYPSQdLoqAJeNrOr9adzq"))),
        new EventStreamTerminated(ms(1728973001334L)),
        new ExternalLockUpdate(ms(1581557507324L), "NEO", d("10.00000000"), ms(1581557507268L)));
  }

  @Test
  void anEventSignetDoesNotTypeKeepsEveryField() {
    SpotUserEvent event = decode("{\"e\":\"newEvent\",\"E\":1,\"x\":[1,2]}");
    assertThat(event).isEqualTo(new OtherSpotUserEvent("newEvent", ms(1),
        Map.of("x", SignetJson.mapper().readTree("[1,2]"))));
  }

  @Test
  void anEventWithoutADocumentedFieldIsRefusedNamingIt() {
    String report = fixture("spot_user_execution_report.json");
    assertThatThrownBy(() -> decode(report.replace("\"X\":\"NEW\",", ""))).hasMessageContaining("'X'");
    assertThatThrownBy(() -> decode(report.replace("\"i\":4293153,", ""))).hasMessageContaining("'i'");
    assertThatThrownBy(() -> decode("{\"e\":\"balanceUpdate\",\"E\":1,\"a\":\"BTC\",\"T\":2}"))
        .hasMessageContaining("'d'");
    assertThatThrownBy(() -> decode("{\"e\":\"outboundAccountPosition\",\"E\":1,\"u\":2}"))
        .hasMessageContaining("'B'");
  }
}
