package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.Balance;
import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written {@link AccountDeserializer} and {@link BalanceDeserializer} decode the docs'
 * account example exactly as plain Jackson record decoding does (same mapper settings, the
 * custom deserializers switched off by a mix-in), and refuse hostile inputs with Jackson
 * exceptions, never an NPE or a ClassCastException.
 */
class StreamingDecodersMatchJacksonTest {
  @JsonDeserialize(using = ValueDeserializer.None.class)
  interface PlainRecord {}

  private static final JsonMapper PLAIN = SignetJson.mapper().<JsonMapper, JsonMapper.Builder>rebuild()
      .addMixIn(Account.class, PlainRecord.class)
      .addMixIn(Balance.class, PlainRecord.class)
      .build();

  private static final String DOCS = fixture("fixtures/spot_account.json");

  @Test
  void theDocsExampleDecodesToTheSameRecordBothWays() {
    Account streamed = SignetJson.mapper().readValue(DOCS, Account.class);
    Account plain = PLAIN.readValue(DOCS, Account.class);
    assertThat(streamed).isEqualTo(plain);
    assertThat(streamed.balances()).hasSize(2);
    assertThat(streamed.uid()).isEqualTo(354937868L);
    List<Balance> balances = SignetJson.mapper().readValue(
        "[{\"asset\":\"BTC\",\"free\":\"4723846.89208129\",\"locked\":\"0.00000000\"},{\"asset\":\"LTC\",\"free\":1,\"locked\":0}]",
        new TypeReference<List<Balance>>() {});
    assertThat(balances).isEqualTo(PLAIN.readValue(
        "[{\"asset\":\"BTC\",\"free\":\"4723846.89208129\",\"locked\":\"0.00000000\"},{\"asset\":\"LTC\",\"free\":1,\"locked\":0}]",
        new TypeReference<List<Balance>>() {}));
  }

  @Test
  void aMissingOrNullReferenceFieldFailsWithTheSameMessageBothWays() {
    for (String hostile : List.of(
        DOCS.replace("\"accountType\": \"SPOT\",", ""),
        DOCS.replace("\"accountType\": \"SPOT\"", "\"accountType\": null"),
        DOCS.replace("\"asset\": \"LTC\",", ""),
        DOCS.replace("\"free\": \"4723846.89208129\"", "\"free\": null"))) {
      String streamed = messageOf(() -> SignetJson.mapper().readValue(hostile, Account.class));
      String plain = messageOf(() -> PLAIN.readValue(hostile, Account.class));
      assertThat(streamed.lines().findFirst()).isEqualTo(plain.lines().findFirst());
      assertThat(streamed).containsPattern("problem: required field '(accountType|asset|free)' is missing or null");
    }
  }

  @Test
  void aMissingPrimitiveFailsNamingItBothWays() {
    String hostile = DOCS.replace("\"uid\": 354937868", "\"other\": 1");
    assertThat(messageOf(() -> SignetJson.mapper().readValue(hostile, Account.class)))
        .startsWith("required field 'uid' is missing or null (in Account)");
    assertThat(messageOf(() -> PLAIN.readValue(hostile, Account.class)))
        .startsWith("Missing required creator property 'uid'");
  }

  @Test
  void hostileValuesAreJacksonExceptionsBothWays() {
    String longDecimal = "1." + "0".repeat(4998);
    List<String> hostile = List.of(
        DOCS.replace("\"uid\": 354937868", "\"uid\": null"),
        DOCS.replace("\"canTrade\": true", "\"canTrade\": null"),
        DOCS.replace("\"accountType\": \"SPOT\"", "\"accountType\": 5"),
        DOCS.replace("\"asset\": \"BTC\"", "\"asset\": 5"),
        DOCS.replace("\"uid\": 354937868", "\"uid\": 99999999999999999999"),
        DOCS.replace("\"uid\": 354937868", "\"uid\": \"99999999999999999999\""),
        DOCS.replace("\"makerCommission\": 15", "\"makerCommission\": 99999999999"),
        DOCS.replace("\"free\": \"4723846.89208129\"", "\"free\": \"" + longDecimal + "\""),
        DOCS.replace("\"free\": \"4723846.89208129\"", "\"free\": " + longDecimal),
        DOCS.replace("\"balances\": [", "\"balances\": {\"x\": [").replace("],\n    \"permissions\"", "]},\n    \"permissions\""),
        DOCS.replace("\"permissions\": [\"SPOT\"]", "\"permissions\": [[\"SPOT\"]]"),
        DOCS.substring(0, DOCS.indexOf("\"balances\"") + 20),
        DOCS.substring(0, DOCS.length() - 3),
        "[]",
        "\"account\"");
    for (String json : hostile) {
      assertThatThrownBy(() -> SignetJson.mapper().readValue(json, Account.class))
          .as(json).isInstanceOf(JacksonException.class);
      assertThatThrownBy(() -> PLAIN.readValue(json, Account.class))
          .as(json).isInstanceOf(JacksonException.class);
    }
  }

  @Test
  void hostileValuesNameTheFieldInTheStreamingDecoder() {
    assertThat(messageOf(() -> SignetJson.mapper().readValue(DOCS.replace("\"accountType\": \"SPOT\"", "\"accountType\": 5"),
        Account.class))).contains("'accountType' must be a string");
    assertThat(messageOf(() -> SignetJson.mapper().readValue(
        DOCS.replace("\"uid\": 354937868", "\"uid\": \"99999999999999999999\""), Account.class)))
        .contains("'uid' of Account is not an integer");
    assertThat(messageOf(() -> SignetJson.mapper().readValue(
        DOCS.replace("\"uid\": 354937868", "\"uid\": 99999999999999999999"), Account.class)))
        .contains("out of range of `long`");
    assertThat(messageOf(() -> SignetJson.mapper().readValue(
        DOCS.replace("\"free\": \"4723846.89208129\"", "\"free\": \"1." + "0".repeat(4998) + "\""), Account.class)))
        .startsWith("Number value length (5000) exceeds the maximum allowed (1000");
    assertThat(messageOf(() -> SignetJson.mapper().readValue(DOCS.replace("\"canTrade\": true", "\"canTrade\": null"),
        Account.class))).contains("'canTrade' must be a boolean");
  }

  private static String messageOf(Runnable decode) {
    try {
      decode.run();
    } catch (JacksonException e) {
      return e.getMessage();
    }
    throw new AssertionError("decoded without error");
  }

  static String fixture(String name) {
    try (InputStream in = StreamingDecodersMatchJacksonTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
