package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.Balance;
import dev.signet.binance.spot.CommissionRates;
import dev.signet.core.SignetJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * The streaming Account decoder: any field order, unknown fields skipped, the spellings Jackson's
 * record decoding accepts, every field required, and errors that name the field. (The docs'
 * example is decoded whole, through the client, in {@code BinanceClientTest}, and compared with
 * plain Jackson in {@code StreamingDecodersMatchJacksonTest}.)
 */
class AccountDeserializerTest {
  static final String FULL = "{"
      + "\"uid\":\"354937868\",\"permissions\":[\"SPOT\",\"MARGIN\"],\"newThing\":{\"x\":[1,{\"y\":2}]},"
      + "\"balances\":[{\"asset\":\"BTC\",\"free\":\"1.5\",\"locked\":\"0.5\"}],\"accountType\":\"SPOT\","
      + "\"updateTime\":1499827319559,\"preventSor\":\"true\",\"requireSelfTradePrevention\":false,\"brokered\":false,"
      + "\"canDeposit\":true,\"canWithdraw\":false,\"canTrade\":true,"
      + "\"commissionRates\":{\"seller\":\"0.4\",\"buyer\":0.3,\"extra\":[],\"taker\":\"0.2\",\"maker\":\"0.1\"},"
      + "\"sellerCommission\":\"4\",\"buyerCommission\":3,\"takerCommission\":2,\"makerCommission\":1,\"tail\":[[]]}";

  @Test
  void fieldsInAnyOrderWithUnknownFieldsAndNumericStrings() {
    Account a = SignetJson.mapper().readValue(FULL, Account.class);
    assertThat(a).isEqualTo(new Account(1, 2, 3, 4,
        new CommissionRates(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.3"), new BigDecimal("0.4")),
        true, false, true, false, false, true, Instant.ofEpochMilli(1499827319559L), "SPOT",
        List.of(new Balance("BTC", new BigDecimal("1.5"), new BigDecimal("0.5"))), List.of("SPOT", "MARGIN"), 354937868L));
    assertThatThrownBy(() -> a.balances().add(a.balances().get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMissingPrimitiveIsAnErrorNamingIt() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue(FULL.replace("\"uid\":\"354937868\",", ""), Account.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("required field 'uid' is missing or null (in Account)");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{}", Account.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("required field 'makerCommission' is missing or null (in Account)");
  }

  @Test
  void aMissingOrNullReferenceIsAnErrorNamingIt() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue(FULL.replace("\"accountType\":\"SPOT\"", "\"accountType\":null"),
        Account.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("Cannot construct instance of `dev.signet.binance.spot.Account`, problem: "
            + "required field 'accountType' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(FULL.replace("\"balances\"", "\"oldBalances\""), Account.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("problem: required field 'balances' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(FULL.replace("[\"SPOT\",\"MARGIN\"]", "[\"SPOT\",null]"),
        Account.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("problem: field 'permissions' has a null element at index 1");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(FULL.replace("\"maker\":\"0.1\"", "\"maker\":null"), Account.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageStartingWith("Cannot construct instance of `dev.signet.binance.spot.CommissionRates`, problem: "
            + "required field 'maker' is missing or null");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(FULL.replace("\"uid\":\"354937868\"", "\"uid\":null"),
        Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'uid' must be an integer");
  }

  @Test
  void wrongValuesAreJacksonErrorsNamingTheField() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"makerCommission\":\"fifteen\"}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'makerCommission' of Account is not an integer");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"takerCommission\":3000000000}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'takerCommission' of Account is out of int range");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"canTrade\":\"yes\"}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'canTrade' of Account is not a boolean");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"canTrade\":[true]}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'canTrade' must be a boolean");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"permissions\":\"SPOT\"}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'permissions' must be an array of strings");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"permissions\":[1]}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'permissions' must be a string");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"balances\":{}}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'balances' must be an array");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"commissionRates\":{\"maker\":\"x\"}}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'maker' of CommissionRates is not a decimal");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"uid\":1.5}", Account.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("'uid' must be an integer");
  }
}
