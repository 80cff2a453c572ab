package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;

/**
 * {@link MarketRows#seconds}: the plain form read straight from the characters gives exactly the
 * instant the general path ({@code BigDecimal} then {@link MarketRows#instant}) gives, as a JSON
 * number and as a string; what the plain form cannot take falls back to that path and its refusals.
 */
class MarketRowsSecondsTest {
  private static Instant read(String element) {
    try (JsonParser p = SignetJson.mapper().createParser("[" + element + "]")) {
      p.nextToken();
      return MarketRows.seconds(p, "XXBTZUSD[0]", "time");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1688671200", "1688671200.5", "1688671200.123456789", "1688671200.1234567890000",
      "1688671200.000000001", "1688671200.", "31556889864403199", "0.25"})
  void thePlainFormIsTheExactInstantAsANumberAndAsAString(String text) {
    Instant expected = MarketRows.instant(new BigDecimal(text.endsWith(".") ? text + "0" : text), "time");
    if (!text.endsWith(".")) {
      assertThat(read(text)).isEqualTo(expected);
    }
    assertThat(read("\"" + text + "\"")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1.5", "1.6886712e9", "\"+1688671200\""})
  void otherFormsGoTheGeneralWay(String element) {
    String text = element.replace("\"", "");
    assertThat(read(element)).isEqualTo(MarketRows.instant(new BigDecimal(text), "time"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1688671200.1234567891", "\"1688671200.1234567891\"", "31556889864403200", "\"99999999999999999999\""})
  void moreThanANanosecondOrOutOfRangeIsRefusedNamingTheRowAndField(String element) {
    assertThatThrownBy(() -> read(element)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("XXBTZUSD[0].time: ").hasMessageEndingWith(" is not a time in unix seconds to the nanosecond");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"12:00\"", "\"\"", "\"1.2.3\""})
  void textThatIsNoNumberIsRefusedAsNoDecimal(String element) {
    assertThatThrownBy(() -> read(element)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("XXBTZUSD[0].time: '" + element.replace("\"", "") + "' is not a decimal");
  }
}
