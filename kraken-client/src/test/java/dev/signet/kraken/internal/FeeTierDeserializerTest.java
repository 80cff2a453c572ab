package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import dev.signet.kraken.market.FeeTier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

/** {@link FeeTierDeserializer}: AssetPairs' {@code [volume, percent]} tiers decoded exactly, bad tiers refused naming the element. */
class FeeTierDeserializerTest {
  private static List<FeeTier> read(String json) {
    return SignetJson.mapper().readValue(json, new TypeReference<List<FeeTier>>() {});
  }

  @Test
  void tiersAreTheExactDecimalsAsSentAndLaterElementsAreSkipped() {
    assertThat(read("[[0,0.26],[50000,0.24],[\"250000\",\"0.20\"],[1e7,0.1,\"extra\",[1]]]")).containsExactly(
        new FeeTier(BigDecimal.ZERO, new BigDecimal("0.26")), new FeeTier(new BigDecimal("50000"), new BigDecimal("0.24")),
        new FeeTier(new BigDecimal("250000"), new BigDecimal("0.20")), new FeeTier(new BigDecimal("1e7"), new BigDecimal("0.1")));
    assertThat(read("[[0,0.26]]").get(0).percent().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[[0]]", "[[]]", "[[0,null]]"})
  void aMissingOrNullPercentIsNamed(String json) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("required field '" + (json.equals("[[]]") ? "volume" : "percent") + "' is missing or null");
  }

  @Test
  void somethingElseThanATierIsRefused() {
    assertThatThrownBy(() -> read("[{\"volume\":0,\"percent\":0.26}]")).isInstanceOf(DatabindException.class)
        .hasMessageContaining("a fee tier is [volume, percent]");
    assertThatThrownBy(() -> read("[[0,\"abc\"]]")).isInstanceOf(DatabindException.class)
        .hasMessageContaining("'percent' of FeeTier is not a decimal");
    assertThatThrownBy(() -> read("[[true,0.26]]")).isInstanceOf(DatabindException.class)
        .hasMessageContaining("'volume' must be a decimal");
  }
}
