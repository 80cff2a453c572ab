package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.internal.stream.FrameParsers;
import dev.signet.core.internal.stream.StreamProtocol;
import dev.signet.kraken.trading.WebSocketsToken;
import dev.signet.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

class KrakenStreamProtocolTest {
  /** Records what the protocol tells it, as text. */
  static final class Recorder implements StreamProtocol.Sink {
    private final FrameParsers parsers = new FrameParsers();
    final Set<String> wanted;
    final List<String> seen = new ArrayList<>();

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

  private final KrakenStreamProtocol publicProtocol = new KrakenStreamProtocol(null);

  @Test
  void acksAreMatchedByReqIdAndOtherControlFramesAreDropped() {
    Recorder sink = new Recorder();
    publicProtocol.route("{\"method\":\"subscribe\",\"result\":{\"channel\":\"ticker\",\"symbol\":\"BTC/USD\"},"
        + "\"success\":true,\"time_in\":\"2023-09-25T09:04:31.742599Z\",\"req_id\":7}", sink);
    publicProtocol.route("{\"method\":\"subscribe\",\"error\":\"Currency pair not supported ABC/USD\",\"success\":false,"
        + "\"req_id\":8}", sink);
    publicProtocol.route("{\"method\":\"subscribe\",\"success\":false}", sink);
    publicProtocol.route("{\"error\":\"Malformed request\",\"success\":false,\"req_id\":9}", sink);
    publicProtocol.route("{\"method\":\"unsubscribe\",\"success\":true,\"req_id\":10}", sink);
    publicProtocol.route("{\"method\":\"pong\",\"req_id\":101}", sink);
    publicProtocol.route("{\"channel\":\"heartbeat\"}", sink);
    publicProtocol.route("{\"channel\":\"status\",\"data\":[{\"api_version\":\"v2\",\"connection_id\":13834774380200032777,"
        + "\"system\":\"online\",\"version\":\"2.0.0\"}],\"type\":\"update\"}", sink);
    assertThat(sink.seen).containsExactly("accepted 7", "refused 8 Currency pair not supported ABC/USD",
        "refused -1 {\"method\":\"subscribe\",\"success\":false}", "refused 9 Malformed request");
  }

  @Test
  void dataIsRoutedElementByElementABookElementAsAFrameOfItsOwnAndPrivateFramesWhole() {
    Recorder sink = new Recorder("trade:BTC/USD", "ohlc:BTC/USD:5", "book:ETH/USD", "balances");
    publicProtocol.route("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"trade_id\":1},"
        + "{\"symbol\":\"ETH/USD\",\"trade_id\":2},{\"symbol\":\"BTC/USD\",\"trade_id\":3},{\"trade_id\":4}]}", sink);
    publicProtocol.route("{\"channel\":\"ohlc\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"interval\":5},"
        + "{\"symbol\":\"BTC/USD\",\"interval\":15},{\"symbol\":\"BTC/USD\"}]}", sink);
    publicProtocol.route("{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"ETH/USD\",\"bids\":"
        + "[{\"price\":2000.10,\"qty\":0.50000000}],\"checksum\":1}]}", sink);
    publicProtocol.route("{\"channel\":\"balances\",\"data\":[],\"type\":\"snapshot\",\"sequence\":1}", sink);
    assertThat(sink.seen).containsExactly("trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":1}",
        "trade:BTC/USD {\"symbol\":\"BTC/USD\",\"trade_id\":3}", "ohlc:BTC/USD:5 {\"symbol\":\"BTC/USD\",\"interval\":5}",
        "book:ETH/USD {\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"ETH/USD\",\"bids\":"
            + "[{\"price\":2000.10,\"qty\":0.50000000}],\"checksum\":1}]}",
        "balances {\"channel\":\"balances\",\"data\":[],\"type\":\"snapshot\",\"sequence\":1}");
  }

  @Test
  void framesOfNoKnownShapeAreRefusedWithTheReason() {
    Recorder sink = new Recorder();
    assertThatThrownBy(() -> publicProtocol.route("[1,2]", sink)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Kraken stream frame is a JSON object, this one is [1,2]");
    assertThatThrownBy(() -> publicProtocol.route("{\"type\":\"update\"}", sink))
        .hasMessage("a Kraken stream frame without channel or method: {\"type\":\"update\"}");
    assertThatThrownBy(() -> publicProtocol.route("{\"channel\":\"trade\",\"data\":{}}", sink))
        .hasMessage("a Kraken trade frame without a data array: {\"channel\":\"trade\",\"data\":{}}");
  }

  @Test
  void requestsCarryTheBookDepthTheIntervalAndAFreshTokenPerConnection() {
    publicProtocol.bookDepth("BTC/USD", 100);
    assertThat(publicProtocol.subscribe(List.of("book:BTC/USD"), 3))
        .isEqualTo("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],\"depth\":100},"
            + "\"req_id\":3}");
    assertThat(publicProtocol.unsubscribe(List.of("ohlc:BTC/USD:60"), 4))
        .isEqualTo("{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"ohlc\",\"symbol\":[\"BTC/USD\"],\"interval\":60},"
            + "\"req_id\":4}");
    assertThatThrownBy(() -> publicProtocol.subscribe(List.of("executions"), 5)).isInstanceOf(IllegalStateException.class)
        .hasMessage("executions is a private channel: build KrakenStreams.privateStreams()");

    AtomicInteger n = new AtomicInteger();
    KrakenStreamToken token = new KrakenStreamToken(() -> new WebSocketsToken("t" + n.incrementAndGet(),
        Duration.ofSeconds(900)), FakeClock.at(Instant.parse("2026-12-03T12:00:00Z")));
    KrakenStreamProtocol privateProtocol = new KrakenStreamProtocol(token);
    privateProtocol.opened();
    assertThat(privateProtocol.subscribe(List.of("executions"), 1))
        .isEqualTo("{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\",\"token\":\"t1\"},\"req_id\":1}");
    assertThat(privateProtocol.subscribe(List.of("balances"), 2)).contains("\"token\":\"t1\"");
    privateProtocol.opened();
    assertThat(privateProtocol.subscribe(List.of("balances"), 3)).contains("\"token\":\"t2\"");
    assertThat(token.fetched()).isEqualTo(2);
    assertThat(token.toString()).doesNotContain("t2").startsWith("KrakenStreamToken{held, refreshed at 2026-12-03T12:14:");
  }
}
