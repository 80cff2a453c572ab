package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceClient;
import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceStreams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;

/**
 * A fake stream server and a fake REST server serving the same scripted books, the client and the
 * streams under test connected to them; closed after each test.
 */
abstract class FakeBookTestBase {
  final FakeBinanceStreams fake = new FakeBinanceStreams();
  final FakeBinance rest = FakeBinance.builder().build();
  final BinanceClient client = BinanceClient.builder().spotBaseUrl(rest.baseUrl()).futuresBaseUrl(rest.baseUrl())
      .retryPolicy(RetryPolicy.none()).build();
  BinanceStreams streams;

  FakeBookTestBase() {
    fake.serveSnapshots(rest);
  }

  @AfterEach
  final void closeAll() {
    if (streams != null) {
      streams.close();
    }
    client.close();
    rest.close();
    fake.close();
  }

  /** Spot or USD-M streams on the fake: fast control messages, reconnects and snapshot retries after 10 to 20 ms. */
  final BinanceStreams streams(boolean futures) {
    streams = (futures ? BinanceStreams.futures() : BinanceStreams.spot()).baseUrl(fake.baseUrl())
        .options(StreamOptions.builder().controlMessagesPerSecond(100).reconnect(RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(20)).jitter(0).build()).build())
        .build();
    return streams;
  }

  /**
   * Polls {@code book} until it is synchronised at {@code updateId} (the fake's last id) and nothing
   * more is queued; returns the items handed on meanwhile.
   */
  static List<StreamItem<DepthUpdate>> until(BinanceBookStream book, long updateId) throws InterruptedException {
    List<StreamItem<DepthUpdate>> items = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      boolean done = book.book().synced() && book.book().view().updateId() == updateId;
      var item = book.poll(Duration.ofMillis(done ? 30 : 10));
      if (item.isPresent()) {
        items.add(item.get());
      } else if (done) {
        return items;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the book did not reach update id " + updateId + ": " + book + ", last items "
            + items.subList(Math.max(0, items.size() - 3), items.size()));
      }
    }
  }

  /** Asserts the local book holds exactly the fake's book, level by level, at the same update id. */
  final void assertBookIsTheFakes(BinanceBookStream book, String symbol) {
    assertThat(book.book().synced()).isTrue();
    assertThat(book.book().view().snapshot(100_000)).isEqualTo(fake.bookOf(symbol));
  }

  /** The depth requests the REST fake received, as targets (path and query as sent). */
  final List<String> depthRequests() {
    return rest.requests().stream().map(RecordedRequest::getTarget).filter(t -> t.contains("/depth")).toList();
  }

  static List<String[]> levels(String[]... levels) {
    return List.of(levels);
  }

  static String[] l(String price, String qty) {
    return new String[] {price, qty};
  }
}
