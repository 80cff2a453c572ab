package dev.signet.binance.spot.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * {@link RateLimitType} and {@link RateLimitInterval}: the documented values are the constants
 * (decoded to the very instances), any other text is kept exactly, blank text is refused, and a
 * {@link RateLimitRule} decodes and encodes them as their wire text.
 */
class RateLimitValuesTest {
  @Test
  void theDocumentedValuesAreTheConstantsInTheDocsOrder() {
    assertThat(RateLimitType.constants()).extracting(RateLimitType::wireValue)
        .containsExactly("REQUEST_WEIGHT", "ORDERS", "RAW_REQUESTS");
    assertThat(RateLimitInterval.constants()).extracting(RateLimitInterval::wireValue)
        .containsExactly("SECOND", "MINUTE", "HOUR", "DAY");
    assertThat(RateLimitType.of("ORDERS")).isSameAs(RateLimitType.ORDERS);
    assertThat(RateLimitInterval.of("HOUR")).isSameAs(RateLimitInterval.HOUR);
    assertThat(RateLimitType.RAW_REQUESTS.isKnown()).isTrue();
    assertThat(RateLimitInterval.DAY.toString()).isEqualTo("DAY");
  }

  @Test
  void otherTextIsKeptExactlyAndBlankTextIsRefused() {
    RateLimitType connections = RateLimitType.of("CONNECTIONS");
    assertThat(connections.isKnown()).isFalse();
    assertThat(connections.wireValue()).isEqualTo("CONNECTIONS");
    assertThat(connections).isEqualTo(new RateLimitType("CONNECTIONS")).isNotEqualTo(RateLimitType.ORDERS);
    assertThat(RateLimitInterval.of("minute").isKnown()).as("case-sensitive").isFalse();
    assertThat(RateLimitInterval.of("minute").wireValue()).isEqualTo("minute");
    assertThatThrownBy(() -> RateLimitInterval.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RateLimitInterval is blank; use one of the RateLimitInterval constants, or"
            + " RateLimitInterval.of(text) with the exchange's exact spelling.");
    assertThatThrownBy(() -> new RateLimitType(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RateLimitType is null; use one of the RateLimitType constants, or"
            + " RateLimitType.of(text) with the exchange's exact spelling.");
  }

  @Test
  void aRuleDecodesAndEncodesTheWireText() {
    List<RateLimitRule> rules = SignetJson.mapper().readValue("[{\"rateLimitType\":\"RAW_REQUESTS\",\"interval\":\"MINUTE\","
        + "\"intervalNum\":5,\"limit\":61000},{\"rateLimitType\":\"CONNECTIONS\",\"interval\":\"WEEK\",\"intervalNum\":1,\"limit\":3}]",
        SignetJson.mapper().getTypeFactory().constructCollectionType(List.class, RateLimitRule.class));
    assertThat(rules).containsExactly(new RateLimitRule(RateLimitType.RAW_REQUESTS, RateLimitInterval.MINUTE, 5, 61000),
        new RateLimitRule(RateLimitType.of("CONNECTIONS"), RateLimitInterval.of("WEEK"), 1, 3));
    assertThat(rules.get(0).interval()).isSameAs(RateLimitInterval.MINUTE);
    assertThat(SignetJson.mapper().writeValueAsString(rules.get(1)))
        .isEqualTo("{\"rateLimitType\":\"CONNECTIONS\",\"interval\":\"WEEK\",\"intervalNum\":1,\"limit\":3}");
  }

  @Test
  void aBlankOrNullTypeFailsTheDecodeNamingIt() {
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        "{\"rateLimitType\":\"\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":1}", RateLimitRule.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("RateLimitType is blank");
    assertThatThrownBy(() -> SignetJson.mapper().readValue(
        "{\"rateLimitType\":\"ORDERS\",\"interval\":null,\"intervalNum\":1,\"limit\":1}", RateLimitRule.class))
        .hasMessageContaining("required field 'interval' is missing or null");
  }
}
