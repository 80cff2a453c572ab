package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.internal.stream.FrameParsers;
import dev.signet.core.internal.stream.StreamProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

class KrakenOnePassTest {
  private static final String TRADES = "{\"channel\":\"trade\",\"type\":\"update\",\"data\":["
      + "{\"symbol\":\"BTC/USD\",\"trade_id\":1},{\"symbol\":\"ETH/USD\",\"trade_id\":2},"
      + "{\"symbol\":\"BTC/USD\",\"trade_id\":3}]}";
  private static final String BOOK = "{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"ETH/USD\","
      + "\"bids\":[{\"price\":2000.10,\"qty\":0.50000000}],\"checksum\":1}]}";

  /** Records each payload as text, read straight off the parser it is handed, and where that parser was. */
  private static final class Recorder implements StreamProtocol.Sink {
    private final FrameParsers parsers = new FrameParsers();
    final Set<String> wanted;
    final List<String> seen = new ArrayList<>();
    boolean stopInside;

    Recorder(String... wanted) {
      this.wanted = Set.of(wanted);
    }

    @Override
    public boolean wants(String stream) {
      return wanted.contains(stream);
    }

    @Override
    public JsonParser parse(String frame) {
      return parsers.parse(frame);
    }

    @Override
    public void deliver(String stream, JsonParser payload) {
      if (payload.currentToken() == null) {
        payload.nextToken();
      }
      assertThat(payload.currentToken()).isEqualTo(JsonToken.START_OBJECT);
      if (stopInside) { // a decoder that fails after the element's first member
        payload.nextToken();
        seen.add(stream + " stopped at " + payload.currentName());
        return;
      }
      seen.add(stream + " " + payload.readValueAsTree());
    }

    @Override
    public void accepted(long id) {
      seen.add("accepted " + id);
    }

    @Override
    public void refused(long id, String error) {
      seen.add("refused " + id + " " + error);
    }
  }

  @Test
  void theUsualTradeFrameIsReadInOnePassEachWantedElementHandedOnInOrder() {
    Recorder sink = new Recorder("trade:BTC/USD");
    assertThat(KrakenOnePass.route(TRADES, sink)).isTrue();
    assertThat(sink.seen).containsExactly("trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":1}",
        "trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":3}");
  }

  @Test
  void aFrameLongerThanTheParsersBufferIsStillReadFromEachElementsStart() {
    StringBuilder frame = new StringBuilder("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 600; i++) { // about 60,000 characters: Jackson reads a String this long through a Reader
      String element = "{\"symbol\":\"" + (i % 2 == 0 ? "BTC/USD" : "ETH/USD") + "\",\"trade_id\":" + i
          + ",\"note\":\"" + "x".repeat(64) + "\"}";
      frame.append(i == 0 ? "" : ",").append(element);
      if (i % 2 == 0) {
        expected.add("trade:BTC/USD " + element);
      }
    }
    Recorder sink = new Recorder("trade:BTC/USD");
    assertThat(KrakenOnePass.route(frame.append("]}").toString(), sink)).isTrue();
    assertThat(sink.seen).hasSize(300).isEqualTo(expected);
  }

  @Test
  void aDecoderStoppingInsideAnElementDoesNotLoseTheNextOne() {
    Recorder sink = new Recorder("trade:BTC/USD");
    sink.stopInside = true;
    assertThat(KrakenOnePass.route(TRADES, sink)).isTrue();
    assertThat(sink.seen).containsExactly("trade:BTC/USD stopped at symbol", "trade:BTC/USD stopped at symbol");
  }

  @Test
  void anElementOutOfTheUsualFormAfterADeliveredOneIsReadOffTheParserAndStillHandedOn() {
    Recorder sink = new Recorder("trade:BTC/USD", "trade:ETH/USD");
    String frame = "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"trade_id\":1},"
        + "{\"trade_id\":2,\"symbol\":\"ETH/USD\"},{\"trade_id\":3},{\"symbol\":\"BTC/USD\",\"trade_id\":4}]}";
    assertThat(KrakenOnePass.route(frame, sink)).isTrue();
    assertThat(sink.seen).containsExactly("trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":1}",
        "trade:ETH/USD {\"trade_id\":2,\"symbol\":\"ETH/USD\"}", "trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":4}");
  }

  @Test
  void aBookFrameOfOneElementIsHandedOnWholeFromItsStart() {
    Recorder sink = new Recorder("book:ETH/USD");
    assertThat(KrakenOnePass.route(BOOK, sink)).isTrue();
    assertThat(sink.seen).containsExactly("book:ETH/USD " + BOOK);
  }

  @Test
  void framesOutOfTheUsualFormAreLeftToTheTwoPassPathWithNothingDelivered() {
    Recorder sink = new Recorder("trade:BTC/USD", "book:ETH/USD", "book:BTC/USD", "ohlc:BTC/USD:5");
    for (String frame : List.of(
        " " + TRADES, // not the channel first, byte for byte
        TRADES.replace("\"type\"", "\"method\""), // not channel, type and data first
        TRADES.replace("\"type\"", "\"error\""),
        TRADES.replace("\"update\"", "\"up\\u0064ate\""),
        TRADES.replace("{\"symbol\":\"BTC/USD\",\"trade_id\":1}", "{\"trade_id\":1,\"symbol\":\"BTC/USD\"}"),
        TRADES.replace("\"BTC/USD\",\"trade_id\":1", "\"BTC\\/USD\",\"trade_id\":1"), // an escaped symbol
        "{\"channel\":\"trade\",\"type\":\"update\",\"data\":{}}",
        "{\"channel\":\"ohlc\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"interval\":5}]}",
        BOOK.replace("]}", ",{\"symbol\":\"BTC/USD\",\"checksum\":2}]}"))) { // two books: a frame each
      assertThat(KrakenOnePass.route(frame, sink)).as(frame).isFalse();
    }
    assertThat(sink.seen).isEmpty();
  }

  @Test
  void aFrameBrokenAfterADeliveredElementFailsRouteAsBefore() {
    Recorder sink = new Recorder("trade:BTC/USD");
    String broken = TRADES.replace(",{\"symbol\":\"ETH/USD\",\"trade_id\":2}", ",{\"symbol\":\"ETH/USD\",\"trade_id\":}");
    assertThatThrownBy(() -> KrakenOnePass.route(broken, sink)).isInstanceOf(StreamReadException.class)
        .hasMessageContaining("Unexpected character ('}'");
    assertThatThrownBy(() -> KrakenOnePass.route(TRADES + "{}", sink)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Kraken trade frame with content after its end: " + TRADES + "{}");
    String answer = TRADES.replace("]}", "],\"method\":\"subscribe\"}");
    assertThatThrownBy(() -> KrakenOnePass.route(answer, sink)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Kraken trade frame with 'method' after its data: " + answer);
    assertThatThrownBy(() -> KrakenOnePass.route(BOOK + "[]", new Recorder("book:ETH/USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Kraken book frame with content after its end: " + BOOK + "[]");
    String one = "trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":1}";
    String three = "trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":3}";
    assertThat(sink.seen).containsExactly(one, one, three, one, three);
  }
}
