package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import dev.signet.kraken.KrakenBalance;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The streaming Balance result decoder: strings and numbers per asset; a null or bad value is an error naming the asset. */
class KrakenBalanceDeserializerTest {
  @Test
  void everyAssetWithItsExactDecimalSortedByAsset() {
    KrakenBalance b = SignetJson.mapper().readValue(
        "{\"ZUSD\":\"171288.6158\",\"XXBT\":1011.19088779,\"DOT\":\"2.5000000000\",\"ETH2.S\":\"1E+2\"}",
        KrakenBalance.class);
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    expected.put("DOT", new BigDecimal("2.5000000000"));
    expected.put("ETH2.S", new BigDecimal("1E+2"));
    expected.put("XXBT", new BigDecimal("1011.19088779"));
    expected.put("ZUSD", new BigDecimal("171288.6158"));
    assertThat(b.balances()).containsExactlyEntriesOf(expected);
    assertThat(SignetJson.mapper().readValue("{}", KrakenBalance.class).balances()).isEmpty();
  }

  @Test
  void aValueThatIsNullOrNotADecimalIsAnErrorNamingTheAsset() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"XXBT\":\"1\",\"NEW\":null}", KrakenBalance.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("Cannot construct instance of `dev.signet.kraken.KrakenBalance`, problem: "
            + "field 'balances' has a null value for 'NEW'");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"XXBT\":\"lots\"}", KrakenBalance.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'XXBT' of KrakenBalance is not a decimal");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"XXBT\":{\"free\":1}}", KrakenBalance.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'XXBT' must be a decimal");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("[\"1\"]", KrakenBalance.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("expected a JSON object for KrakenBalance");
  }
}
