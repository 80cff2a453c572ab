package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Params;
import org.junit.jupiter.api.Test;

/** The id an unknown-outcome report names, in its order of preference, and the generated ids. */
class BinanceOrderIdsTest {

  @Test
  void theCallsOwnIdParameterComesFirst() {
    Params p = Params.of("symbol", "BTCUSDT").add("newClientOrderId", "new-1").add("cancelOrigClientOrderId", "old-1");
    assertThat(BinanceOrderIds.reference(p, "cancelOrigClientOrderId")).isEqualTo("old-1");
  }

  @Test
  void anIdParameterThatIsNotSentFallsBackToTheClientOrderIds() {
    Params p = Params.of("symbol", "BTCUSDT").add("newClientOrderId", "new-1");
    assertThat(BinanceOrderIds.reference(p, "cancelOrigClientOrderId")).isEqualTo("new-1");
    assertThat(BinanceOrderIds.reference(p, null)).isEqualTo("new-1");
  }

  @Test
  void newThenListThenOrigClientOrderId() {
    assertThat(BinanceOrderIds.reference(Params.of("origClientOrderId", "orig").add("listClientOrderId", "list")
        .add("newClientOrderId", "new"), null)).isEqualTo("new");
    assertThat(BinanceOrderIds.reference(Params.of("origClientOrderId", "orig").add("listClientOrderId", "list"), null))
        .isEqualTo("list");
    assertThat(BinanceOrderIds.reference(Params.of("orderId", "28").add("origClientOrderId", "orig"), null))
        .isEqualTo("orig");
  }

  @Test
  void orderIdIsNamedWithItsKeyAndNothingSentIsSaidSo() {
    assertThat(BinanceOrderIds.reference(Params.of("symbol", "BTCUSDT").add("orderId", "28"), null))
        .isEqualTo("orderId=28");
    assertThat(BinanceOrderIds.reference(Params.of("symbol", "BTCUSDT"), null))
        .isEqualTo("(no client order id was sent)");
    assertThat(BinanceOrderIds.reference(Params.empty(), "origClientOrderId"))
        .isEqualTo("(no client order id was sent)");
  }

  @Test
  void generatedIdsAreSgAnd32HexDigitsAndDiffer() {
    String a = BinanceOrderIds.generate();
    String b = BinanceOrderIds.generate();
    assertThat(a).matches("sg[0-9a-f]{32}");
    assertThat(b).matches("sg[0-9a-f]{32}").isNotEqualTo(a);
  }
}
