package dev.signet.binance.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The WebSocket payload's name checks at each edge of printable ASCII, and its length bookkeeping. */
class WebSocketPayloadNamesTest {

  @Test
  void theEdgesOfPrintableAsciiAreNamesAndTheCharactersJustOutsideAreNot() {
    assertThat(WebSocketPayload.of(Map.of("!a~", "1"))).isEqualTo("!a~=1");
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("a b", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter name 'a b' has a character (index 1) that is not printable ASCII or is '=' or '&';"
            + " Binance parameter names are plain ASCII words.");
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("ab\u007f", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter name 'ab\u007f' has a character (index 2) that is not printable ASCII or is '=' or '&';"
            + " Binance parameter names are plain ASCII words.");
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("\u001fa", "1")))
        .hasMessageStartingWith("Parameter name '\u001fa' has a character (index 0)");
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("a=b", "1")))
        .hasMessageStartingWith("Parameter name 'a=b' has a character (index 1)");
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("é", "1")))
        .hasMessageStartingWith("Parameter name 'é' has a character (index 0)");
  }

  @Test
  void anEmptyNameIsRefused() {
    assertThatThrownBy(() -> WebSocketPayload.of(Map.of("", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A parameter name is empty; every WebSocket API parameter needs a name.");
  }

  @Test
  void shortNamesWithEmptyOrLongValuesAreJoinedInFull() {
    assertThat(WebSocketPayload.of(Map.of("a", ""))).isEqualTo("a=");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("x", "a-value-much-longer-than-its-name");
    params.put("b", "");
    assertThat(WebSocketPayload.of(params)).isEqualTo("b=&x=a-value-much-longer-than-its-name");
  }
}
