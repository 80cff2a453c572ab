package dev.signet.binance.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import org.junit.jupiter.api.Test;

/** PositionSide and MarginType: the documented constants, unknown text kept and sent back, both spellings of isolated. */
class FuturesValuesTest {
  @Test
  void theConstantListsAreTheDocumentedOnes() {
    assertThat(PositionSide.constants()).extracting(PositionSide::value).containsExactly("BOTH", "LONG", "SHORT");
    assertThat(MarginType.constants()).extracting(MarginType::value)
        .containsExactly("ISOLATED", "CROSSED", "isolated", "cross");
  }

  @Test
  void knownTextGivesTheConstantAndUnknownTextIsKept() {
    assertThat(SignetJson.mapper().readValue("\"SHORT\"", PositionSide.class)).isSameAs(PositionSide.SHORT);
    PositionSide later = PositionSide.of("NET");
    assertThat(later.isKnown()).isFalse();
    assertThat(SignetJson.mapper().writeValueAsString(later)).isEqualTo("\"NET\"");
    assertThat(PositionSide.of("both").isKnown()).isFalse();
    assertThatThrownBy(() -> MarginType.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MarginType is blank; use one of the MarginType constants, or MarginType.of(text) with the"
            + " exchange's exact spelling.");
  }

  @Test
  void isolatedHoldsForBothSpellingsOnly() {
    assertThat(MarginType.of("ISOLATED").isIsolated()).isTrue();
    assertThat(SignetJson.mapper().readValue("\"isolated\"", MarginType.class)).isSameAs(MarginType.ISOLATED_REPORTED)
        .matches(MarginType::isIsolated);
    assertThat(MarginType.CROSSED.isIsolated()).isFalse();
    assertThat(MarginType.CROSS_REPORTED.isIsolated()).isFalse();
    assertThat(MarginType.of("Isolated").isIsolated()).isFalse();
  }
}
