package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Fixed and described weights, and the parameter helpers. */
class WeightTest {
  @Test
  void fixedPrintsItsValue() {
    assertThat(Weight.fixed(20)).hasToString("20");
    assertThat(Weight.fixed(20).of(Params.empty())).isEqualTo(20);
    assertThatThrownBy(() -> Weight.fixed(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describedPrintsItsTextAndComputesByTheFunction() {
    Weight w = Weight.described("symbol: 6; none: 80", p -> p.containsKey("symbol") ? 6 : 80);
    assertThat(w).hasToString("symbol: 6; none: 80");
    assertThat(w.of(Params.of("symbol", "BTCUSDT"))).isEqualTo(6);
    assertThat(w.of(Params.empty())).isEqualTo(80);
    assertThat(Endpoint.get("/x").weight(w).build().weight()).hasToString("symbol: 6; none: 80");
    assertThatThrownBy(() -> Weight.described(" ", p -> 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Weight.described("x", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void helpers() {
    assertThat(Weight.intParam(Params.of("limit", "501"), "limit", 100)).isEqualTo(501);
    assertThat(Weight.intParam(Params.of("limit", "x"), "limit", 100)).isEqualTo(100);
    assertThat(Weight.intParam(Params.empty(), "limit", 100)).isEqualTo(100);
    assertThat(Weight.listSize(Params.of("symbols", "[\"BTCUSDT\",\"BNBBTC\"]"), "symbols")).isEqualTo(2);
    assertThat(Weight.listSize(Params.of("symbols", "[]"), "symbols")).isZero();
    assertThat(Weight.listSize(Params.empty(), "symbols")).isZero();
  }
}
