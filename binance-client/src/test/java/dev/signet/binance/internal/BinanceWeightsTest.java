package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Params;
import dev.signet.core.Weight;
import org.junit.jupiter.api.Test;

/**
 * The shared weight rules, called directly: the endpoint tables build them in static initializers,
 * which run once per JVM, so only a direct call shows what each function returns.
 */
class BinanceWeightsTest {

  private static Params symbols(int n) {
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      list.append(i == 0 ? "" : ",").append("\"S").append(i).append("USDT\"");
    }
    return Params.of("symbols", list.append(']').toString());
  }

  @Test
  void bySymbolIsWithWhenSymbolIsSentAndWithoutOtherwise() {
    Weight w = BinanceWeights.bySymbol(6, 80);
    assertThat(w.toString()).isEqualTo("symbol: 6; none: 80");
    assertThat(w.of(Params.of("symbol", "BTCUSDT"))).isEqualTo(6);
    assertThat(w.of(Params.empty())).isEqualTo(80);
    assertThat(w.of(symbols(3))).as("symbols is not symbol").isEqualTo(80);
  }

  @Test
  void perSymbolCountsEachSymbolUpToTheCapAndNoneWhenNeitherIsSent() {
    Weight w = BinanceWeights.perSymbol(4, 200, 7);
    assertThat(w.toString()).isEqualTo("4 per symbol, at most 200; none: 7");
    assertThat(w.of(Params.empty())).isEqualTo(7);
    assertThat(w.of(Params.of("symbol", "BTCUSDT"))).isEqualTo(4);
    assertThat(w.of(symbols(1))).isEqualTo(4);
    assertThat(w.of(symbols(20))).isEqualTo(80);
    assertThat(w.of(symbols(49))).isEqualTo(196);
    assertThat(w.of(symbols(50))).isEqualTo(200);
    assertThat(w.of(symbols(51))).isEqualTo(200);
    assertThat(w.of(Params.of("symbols", "[]"))).as("an empty list asks for none").isEqualTo(7);
  }

  @Test
  void byFlagIsWithOnlyForTrueInAnyCase() {
    Weight w = BinanceWeights.byFlag("computeCommissionRates", 20, 1);
    assertThat(w.toString()).isEqualTo("computeCommissionRates=true: 20; else 1");
    assertThat(w.of(Params.of("computeCommissionRates", "true"))).isEqualTo(20);
    assertThat(w.of(Params.of("computeCommissionRates", "TRUE"))).isEqualTo(20);
    assertThat(w.of(Params.of("computeCommissionRates", "false"))).isEqualTo(1);
    assertThat(w.of(Params.empty())).isEqualTo(1);
  }

  @Test
  void byParamIsWithWhenTheKeyIsSentWhateverItsValue() {
    Weight w = BinanceWeights.byParam("orderId", 5, 20);
    assertThat(w.toString()).isEqualTo("orderId: 5; else 20");
    assertThat(w.of(Params.of("orderId", "1"))).isEqualTo(5);
    assertThat(w.of(Params.of("symbol", "BTCUSDT"))).isEqualTo(20);
  }

  @Test
  void symbolCountIsOneForSymbolTheListSizeForSymbolsAndZeroForNeither() {
    assertThat(BinanceWeights.symbolCount(Params.of("symbol", "BTCUSDT"))).isEqualTo(1);
    assertThat(BinanceWeights.symbolCount(symbols(21))).isEqualTo(21);
    assertThat(BinanceWeights.symbolCount(Params.empty())).isZero();
  }

  @Test
  void ticker24hrBySymbolCountAtEachBoundary() {
    Weight w = SpotEndpoints.TICKER_24HR_WEIGHT;
    assertThat(w.of(Params.of("symbol", "BTCUSDT"))).isEqualTo(2);
    assertThat(w.of(symbols(1))).isEqualTo(2);
    assertThat(w.of(symbols(20))).isEqualTo(2);
    assertThat(w.of(symbols(21))).isEqualTo(40);
    assertThat(w.of(symbols(100))).isEqualTo(40);
    assertThat(w.of(symbols(101))).isEqualTo(80);
    assertThat(w.of(Params.empty())).isEqualTo(80);
  }
}
