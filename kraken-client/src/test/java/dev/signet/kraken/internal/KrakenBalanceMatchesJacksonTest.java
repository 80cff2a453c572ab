package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import dev.signet.kraken.KrakenBalance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link KrakenBalanceDeserializer} decodes both of Kraken's Balance examples exactly as plain
 * Jackson map decoding does (the custom deserializer switched off by a mix-in), and refuses
 * hostile inputs with Jackson exceptions, never an NPE or a ClassCastException.
 */
class KrakenBalanceMatchesJacksonTest {
  @JsonDeserialize(using = ValueDeserializer.None.class)
  interface PlainRecord {}

  private static final JsonMapper PLAIN = SignetJson.mapper().<JsonMapper, JsonMapper.Builder>rebuild()
      .addMixIn(KrakenBalance.class, PlainRecord.class)
      .build();

  @Test
  void theDocsExamplesDecodeToTheSameRecordBothWays() {
    for (String name : List.of("fixtures/balance.json", "fixtures/balance_examples_dir.json")) {
      JsonNode result = SignetJson.mapper().readTree(fixture(name)).path("result");
      KrakenBalance streamed = SignetJson.mapper().treeToValue(result, KrakenBalance.class);
      // plain Jackson binds the record's one component from a wrapping object
      KrakenBalance plain = PLAIN.readValue("{\"balances\":" + result + "}", KrakenBalance.class);
      assertThat(streamed).as(name).isEqualTo(plain);
      assertThat(streamed.balances()).isEqualTo(plain.balances());
    }
    KrakenBalance docs = SignetJson.mapper().treeToValue(
        SignetJson.mapper().readTree(fixture("fixtures/balance_examples_dir.json")).path("result"), KrakenBalance.class);
    assertThat(docs.balances().keySet()).containsExactly("KFEE", "XDAO", "XETH", "XXBT", "XXRP", "ZCAD", "ZEUR", "ZUSD");
    assertThat(docs.get("XXBT")).contains(new BigDecimal("3.2223768244"));
  }

  @Test
  void hostileInputsAreJacksonExceptionsBothWaysNamingTheAsset() {
    String longDecimal = "1." + "0".repeat(4998);
    List<String> hostile = List.of("{\"XXBT\":null}", "{\"XXBT\":true}", "{\"XXBT\":[1]}", "{\"XXBT\":\"lots\"}",
        "{\"XXBT\":\"" + longDecimal + "\"}", "{\"XXBT\":" + longDecimal + "}", "{\"XXBT\":\"1.0\"", "{\"XXBT\":",
        "[]", "\"x\"");
    for (String json : hostile) {
      assertThatThrownBy(() -> SignetJson.mapper().readValue(json, KrakenBalance.class))
          .as(json).isInstanceOf(JacksonException.class);
      assertThatThrownBy(() -> PLAIN.readValue("{\"balances\":" + json + "}", KrakenBalance.class))
          .as(json).isInstanceOf(JacksonException.class);
    }
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"XXBT\":true}", KrakenBalance.class))
        .hasMessageContaining("'XXBT' must be a decimal");
    assertThatThrownBy(() -> SignetJson.mapper().readValue("{\"XXBT\":\"" + longDecimal + "\"}", KrakenBalance.class))
        .hasMessageStartingWith("Number value length (5000) exceeds the maximum allowed (1000");
    assertThatThrownBy(() -> PLAIN.readValue("{\"balances\":{\"XXBT\":null}}", KrakenBalance.class))
        .hasMessageStartingWith("Cannot construct instance of `dev.signet.kraken.KrakenBalance`, problem: "
            + "field 'balances' has a null value for 'XXBT'");
    assertThatThrownBy(() -> PLAIN.readValue("{}", KrakenBalance.class))
        .hasMessageContaining("problem: required field 'balances' is missing or null");
  }

  static String fixture(String name) {
    try (InputStream in = KrakenBalanceMatchesJacksonTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
