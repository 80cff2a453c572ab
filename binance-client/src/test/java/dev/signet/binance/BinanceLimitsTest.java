package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import org.junit.jupiter.api.Test;

/** Limits read from the documented exchangeInfo answers. */
class BinanceLimitsTest {
  @Test
  void spotLimitsFromTheDocumentedExchangeInfo() {
    var info = SignetJson.mapper().readTree(TestData.jsonc("fixtures/spot_exchange_info_excerpt_ws_api.json")).get("result");
    assertThat(BinanceLimits.fromExchangeInfo(info, new BinanceLimits(1, 1, 0, 0)))
        .isEqualTo(new BinanceLimits(6000, 50, 0, 160_000));
  }

  @Test
  void futuresLimitsFromTheDocumentedExchangeInfoKeepDefaultsForWhatIsNotListed() {
    var info = SignetJson.mapper().readTree(TestData.jsonc("fixtures/futures_exchange_info_excerpt.json"));
    assertThat(BinanceLimits.fromExchangeInfo(info, BinanceLimits.FUTURES)).isEqualTo(new BinanceLimits(2400, 300, 1200, 0));
  }

  @Test
  void missingRateLimitsIsNamed() {
    assertThatThrownBy(() -> BinanceLimits.fromExchangeInfo(SignetJson.mapper().readTree("{}"), BinanceLimits.SPOT))
        .hasMessage("exchangeInfo has no rateLimits array; pass the answer of /api/v3/exchangeInfo or /fapi/v1/exchangeInfo.");
  }
}
