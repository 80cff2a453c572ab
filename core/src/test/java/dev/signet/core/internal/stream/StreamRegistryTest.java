package dev.signet.core.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Decoder;
import dev.signet.core.stream.StreamItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A connection's bookkeeping: the stream limit, chunked subscriptions and which request a refusal ends. */
class StreamRegistryTest {
  /** Two streams a message, three a connection; messages name their streams and id. */
  private static final StreamProtocol PROTOCOL = new StreamProtocol() {
    @Override
    public String subscribe(List<String> streams, long id) {
      return "SUB " + streams + " #" + id;
    }

    @Override
    public String unsubscribe(List<String> streams, long id) {
      return "UNSUB " + streams + " #" + id;
    }

    @Override
    public int maxStreams() {
      return 3;
    }

    @Override
    public int maxStreamsPerMessage() {
      return 2;
    }

    @Override
    public void route(String frame, Sink sink) {}
  };

  private static StreamQueue<String> queue(String stream) {
    return new StreamQueue<>(stream, Decoder.of(String.class), null, 10, q -> {});
  }

  @Test
  void subscribeAllSendsAsManyStreamsAMessageAsAllowedAndAnswersTheLastId() {
    StreamRegistry r = new StreamRegistry(PROTOCOL, "test");
    r.add("a", queue("a"));
    r.add("b", queue("b"));
    r.add("c", queue("c"));
    List<String> sent = new ArrayList<>();

    long last = r.subscribeAll((id, text) -> sent.add(id + ": " + text));

    assertThat(sent).containsExactly("1: SUB [a, b] #1", "2: SUB [c] #2");
    assertThat(last).isEqualTo(2);
    assertThat(r.unsubscribe("a")).isEqualTo("UNSUB [a] #3");
    assertThat(r.resubscribe("b")).containsExactly("UNSUB [b] #4", "SUB [b] #5");
  }

  @Test
  void aStreamHeldTwiceOrOneTooManyIsRefusedNamingTheFix() {
    StreamRegistry r = new StreamRegistry(PROTOCOL, "test");
    r.add("a", queue("a"));
    assertThatThrownBy(() -> r.add("a", queue("a"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("a is already subscribed on this connection; close the other subscription first or share it");
    r.add("b", queue("b"));
    r.add("c", queue("c"));
    assertThatThrownBy(() -> r.add("d", queue("d"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("a test connection carries at most 3 streams; open another connection for d");
    assertThat(r.size()).isEqualTo(3);
  }

  @Test
  void aRefusalEndsExactlyTheStreamsItsRequestNamed() throws InterruptedException {
    StreamRegistry r = new StreamRegistry(PROTOCOL, "test");
    StreamQueue<String> a = queue("a");
    StreamQueue<String> b = queue("b");
    StreamQueue<String> c = queue("c");
    r.add("a", a);
    r.add("b", b);
    r.subscribeAll((id, text) -> {});
    r.add("c", c);
    assertThat(r.subscribeOne("c")).isEqualTo("SUB [c] #2");

    assertThat(r.removeNamedBy(1)).containsExactly(a, b);
    assertThat(r.contains("a")).isFalse();
    assertThat(r.contains("c")).isTrue();
    assertThat(r.removeNamedBy(99)).isEmpty();
    r.gap(StreamItem.Reason.DISCONNECTED, "lost", false);
    assertThat(c.poll(java.time.Duration.ZERO)).contains(new StreamItem.Gap<>(StreamItem.Reason.DISCONNECTED, "lost"));
    assertThat(r.drain()).containsExactly(c);
    assertThat(r.size()).isZero();
  }
}
