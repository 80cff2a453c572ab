package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.OrderTradeUpdate;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;

/**
 * {@link FuturesOrderUpdate} from the docs' {@code ORDER_TRADE_UPDATE}, and the one progress rule
 * it shares with {@link SpotOrderUpdate} ({@link OrderLedger#advances}).
 */
class FuturesOrderUpdateTest {
  private static FuturesOrderUpdate update(OrderStatus status, String executed, String orig, boolean reconciled) {
    return new FuturesOrderUpdate("BTCUSDT", 7, "bot-7", OrderSide.BUY, status, new BigDecimal(orig),
        new BigDecimal(executed), BigDecimal.ZERO, reconciled);
  }

  @Test
  void theDocumentedOrderTradeUpdateBecomesAnUnreconciledUpdate() throws IOException {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/futures_user_order_trade_update.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    FuturesUserEvent event;
    try (JsonParser p = SignetJson.mapper().createParser(json)) {
      event = Decoder.of(FuturesUserEvent.class).decode(p);
    }

    assertThat(FuturesOrderUpdate.of((OrderTradeUpdate) event)).isEqualTo(new FuturesOrderUpdate("BTCUSDT", 8886774L,
        "TEST", OrderSide.SELL, OrderStatus.NEW, new BigDecimal("0.001"), new BigDecimal("0"), new BigDecimal("0"),
        false));
  }

  @Test
  void anUpdateAdvancesWhenItChangesSomethingAndTakesNothingBack() {
    FuturesOrderUpdate known = update(OrderStatus.PARTIALLY_FILLED, "0.004", "0.010", false);

    assertThat(update(OrderStatus.NEW, "0", "0.010", false).advances(null)).isTrue();
    assertThat(update(OrderStatus.PARTIALLY_FILLED, "0.006", "0.010", false).advances(known)).isTrue();
    assertThat(update(OrderStatus.PARTIALLY_FILLED, "0.004", "0.008", false).advances(known)).isTrue(); // amended down
    assertThat(update(OrderStatus.CANCELED, "0.004", "0.010", false).advances(known)).isTrue();
    assertThat(update(OrderStatus.PARTIALLY_FILLED, "0.0040", "0.010", true).advances(known)).isFalse(); // the same
    assertThat(update(OrderStatus.NEW, "0", "0.010", false).advances(known)).isFalse(); // stale
    assertThat(update(OrderStatus.PARTIALLY_FILLED, "0.004", "0.012", false).advances(known)).isFalse(); // grew
    assertThat(update(OrderStatus.FILLED, "0.010", "0.010", false)
        .advances(update(OrderStatus.CANCELED, "0.004", "0.010", false))).isFalse(); // after a final state
  }

  @Test
  void finalStatusesAreTheFiveThatCannotChange() {
    assertThat(java.util.List.of(OrderStatus.NEW, OrderStatus.PENDING_NEW, OrderStatus.PARTIALLY_FILLED,
        OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.PENDING_CANCEL, OrderStatus.REJECTED, OrderStatus.EXPIRED,
        OrderStatus.EXPIRED_IN_MATCH, new OrderStatus("SOMETHING_NEW"))).filteredOn(OrderLedger::isFinal).containsExactlyInAnyOrder(OrderStatus.FILLED,
        OrderStatus.CANCELED, OrderStatus.REJECTED, OrderStatus.EXPIRED, OrderStatus.EXPIRED_IN_MATCH);
    assertThat(update(OrderStatus.EXPIRED, "0", "0.010", false).isFinal()).isTrue();
    assertThat(update(OrderStatus.PARTIALLY_FILLED, "0.001", "0.010", false).isFinal()).isFalse();
  }
}
