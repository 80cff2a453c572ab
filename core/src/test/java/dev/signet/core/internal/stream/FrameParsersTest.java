package dev.signet.core.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Decoder;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/** A socket's parsers read as Signet's mapper reads, one after another and interleaved. */
class FrameParsersTest {
  private final FrameParsers parsers = new FrameParsers();

  private record Trade(String s, BigDecimal p) {}

  @Test
  void aFrameDecodesWithSignetsMapperAndItsContext() {
    try (JsonParser p = parsers.parse("{\"s\":\"BTCUSDT\",\"p\":\"0.10000000\",\"x\":1}")) {
      p.nextToken();
      assertThat(Decoder.of(Trade.class).decode(p)).isEqualTo(new Trade("BTCUSDT", new BigDecimal("0.10000000")));
    }
    try (JsonParser p = parsers.parse("{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":7}")) {
      p.nextToken();
      assertThat(p.nextName()).isEqualTo("error");
      p.nextToken();
      assertThat(p.readValueAsTree().toString()).isEqualTo("{\"code\":2,\"msg\":\"Invalid request\"}");
      assertThat(p.nextName()).isEqualTo("id");
    }
  }

  @Test
  void framesParsedOneAfterAnotherAndInterleavedEachReadTheirOwnText() {
    for (int i = 0; i < 3; i++) {
      try (JsonParser p = parsers.parse("[\"" + "a".repeat(5000 + i) + "\"]")) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(p.getString()).hasSize(5000 + i);
      }
    }
    JsonParser outer = parsers.parse("{\"stream\":\"a\",\"data\":{\"v\":1.5}}");
    JsonParser inner = parsers.parse("{\"stream\":\"b\",\"data\":{\"v\":2.5}}"); // while the first is open
    JsonNode first = Decoder.tree().decode(outer);
    JsonNode second = Decoder.tree().decode(inner);
    inner.close();
    outer.close();
    assertThat(first.toString()).isEqualTo("{\"stream\":\"a\",\"data\":{\"v\":1.5}}");
    assertThat(second.get("data").get("v").decimalValue()).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void theMappersReadConstraintsHoldForFrames() {
    String deep = "[".repeat(501) + "]".repeat(501);
    assertThatThrownBy(() -> Decoder.tree().decode(parsers.parse(deep)))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Document nesting depth (501) exceeds the maximum allowed (500,");
    assertThat(Decoder.mapOf(Integer.class).decode(parsers.parse("{\"a\":1}"))).isEqualTo(Map.of("a", 1));
  }

  @Test
  void aRepeatedNameIsTheSameStringAndAnyOtherNameItsOwnText() {
    String first = nameIn("{\"stream\":\"btcusdt@trade\"}");
    assertThat(first).isEqualTo("btcusdt@trade");
    assertThat(nameIn("{\"stream\":\"btcusdt@trade\"}")).isSameAs(first);
    assertThat(nameIn("{\"stream\":\"btcusdt@trada\"}")).as("same length, last char differs").isEqualTo("btcusdt@trada");
    assertThat(nameIn("{\"stream\":\"btcusdt@trades\"}")).isEqualTo("btcusdt@trades");
    assertThat(nameIn("{\"stream\":\"btcusdt@trade\"}")).as("the last name is the one kept").isNotSameAs(first)
        .isEqualTo("btcusdt@trade");
    assertThat(nameIn("{\"stream\":\"btc\\u0041usdt@trad\"}")).as("escapes read as their characters")
        .isEqualTo("btcAusdt@trad");
    assertThat(nameIn("{\"stream\":\"\"}")).isEmpty();
  }

  private String nameIn(String frame) {
    try (JsonParser p = parsers.parse(frame)) {
      p.nextToken();
      p.nextName();
      p.nextToken();
      return parsers.name(p);
    }
  }
}
