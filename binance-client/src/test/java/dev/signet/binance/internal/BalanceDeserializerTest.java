package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.Balance;
import dev.signet.core.SignetJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/** The streaming Balance decoder accepts what Binance sends and refuses what it does not. */
class BalanceDeserializerTest {
  @Test
  void stringsNumbersAndUnknownFields() {
    List<Balance> balances = SignetJson.mapper().readValue(
        "[{\"asset\":\"BTC\",\"free\":\"0.00000001\",\"locked\":\"1E+3\"},"
            + "{\"new\":{\"a\":[1,2]},\"locked\":2.50,\"asset\":\"ETH\",\"free\":3}]",
        new TypeReference<List<Balance>>() {});
    assertThat(balances).containsExactly(
        new Balance("BTC", new BigDecimal("0.00000001"), new BigDecimal("1E+3")),
        new Balance("ETH", new BigDecimal("3"), new BigDecimal("2.50")));
  }

  @Test
  void aValueThatIsNotADecimalIsAJacksonErrorNamingTheField() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"asset\":\"BTC\",\"free\":\"lots\",\"locked\":\"0\"}", Balance.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("'free' of Balance is not a decimal");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"asset\":\"BTC\",\"free\":[1],\"locked\":\"0\"}", Balance.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("'free' must be a decimal");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("[1]", Balance.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("expected a JSON object for Balance");
  }

  @Test
  void accountsStillDecodeWholeWithTheStreamingBalances() {
    Account a = SignetJson.mapper().readValue(AccountDeserializerTest.FULL.replace("354937868", "7"), Account.class);
    assertThat(a.balances()).containsExactly(new Balance("BTC", new BigDecimal("1.5"), new BigDecimal("0.5")));
    assertThat(a.uid()).isEqualTo(7);
  }
}
