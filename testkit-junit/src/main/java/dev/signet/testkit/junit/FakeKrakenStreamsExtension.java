package dev.signet.testkit.junit;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.stream.KrakenStreams;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKrakenStreams;
import java.util.Objects;

/**
 * JUnit 5 extension: a started {@link FakeKrakenStreams} and Kraken's public
 * {@link KrakenStreams} connected to it, new for every test and closed after it, with
 * {@link #quickOptions()}. Private streams take their tokens
 * from a client of a {@code FakeKraken} ({@link #privateStreams(KrakenClient)}); the clock times
 * the tokens' expiry.
 *
 * <pre>{@code
 * @RegisterExtension
 * FakeKrakenStreamsExtension kraken = new FakeKrakenStreamsExtension();
 *
 * @Test
 * void keepsTheBook() throws Exception {
 *   kraken.fake().setBook("BTC/USD", bids, asks);
 *   KrakenBookStream book = kraken.publicStreams().localBook("BTC/USD", 10, BookChecksum.withPrecision(1, 8));
 *   book.take();
 * }
 * }</pre>
 */
public final class FakeKrakenStreamsExtension extends FakeStreamsExtension<FakeKrakenStreams> {
  private KrakenStreams publicStreams;

  /** A fake whose clock starts at the current time of each test. */
  public FakeKrakenStreamsExtension() {}

  @Override
  FakeKrakenStreams startFake(FakeClock clock) {
    return new FakeKrakenStreams();
  }

  @Override
  void forgetStreams() {
    publicStreams = null;
  }

  /**
   * Public market data streams on the fake, built on first use.
   *
   * @return the same streams for the whole test; closed after it
   */
  public KrakenStreams publicStreams() {
    if (publicStreams == null) {
      publicStreams = track(KrakenStreams.publicStreams().baseUrl(fake().baseUrl()).clock(clock())
          .options(quickOptions()).build());
    }
    return publicStreams;
  }

  /**
   * Private streams on the fake, their tokens from {@code client}'s {@code GetWebSocketsToken}
   * (e.g. the client of a {@link FakeKrakenExtension}).
   *
   * @param client a client whose fake issues tokens
   * @return new streams; closed after the test
   */
  public KrakenStreams privateStreams(KrakenClient client) {
    return track(KrakenStreams.privateStreams(Objects.requireNonNull(client, "client")).baseUrl(fake().baseUrl())
        .clock(clock()).options(quickOptions()).build());
  }
}
