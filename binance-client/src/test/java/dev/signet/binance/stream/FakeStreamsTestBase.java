package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeBinanceStreams;
import org.junit.jupiter.api.AfterEach;

/** A fake stream server per test, and the streams under test connected to it, closed after each test. */
abstract class FakeStreamsTestBase {
  final FakeBinanceStreams fake = new FakeBinanceStreams();
  BinanceStreams streams;

  @AfterEach
  final void closeStreamsAndFake() {
    if (streams != null) {
      streams.close();
    }
    fake.close();
  }

  /** Spot streams on the fake, paced fast enough for tests. */
  final BinanceStreams spot() {
    return connect(BinanceStreams.spot());
  }

  /** USD-M streams on the fake, paced fast enough for tests. */
  final BinanceStreams futures() {
    return connect(BinanceStreams.futures());
  }

  /** Asserts {@code item} is the MALFORMED gap of {@code stream} naming the missing {@code field}. */
  static void assertMalformedGap(StreamItem<?> item, String stream, String field) {
    assertThat(item).isInstanceOf(StreamItem.Gap.class);
    StreamItem.Gap<?> gap = (StreamItem.Gap<?>) item;
    assertThat(gap.reason()).isEqualTo(StreamItem.Reason.MALFORMED);
    assertThat(gap.detail()).startsWith("stream " + stream + ": the frame could not be decoded: ")
        .contains("'" + field + "'");
  }

  private BinanceStreams connect(BinanceStreams.Builder builder) {
    streams = builder.baseUrl(fake.baseUrl())
        .options(StreamOptions.builder().controlMessagesPerSecond(100).build()).build();
    return streams;
  }
}
