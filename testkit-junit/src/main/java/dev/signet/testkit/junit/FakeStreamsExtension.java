package dev.signet.testkit.junit;

import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lifecycle {@link FakeBinanceStreamsExtension} and {@link FakeKrakenStreamsExtension} share:
 * a {@link FakeClock} and a fake stream server new before each test, and after it every stream
 * built for the test closed, then the fake. Streams built here reconnect within 10–50 ms and pace
 * 100 control messages a second, so a test's faults resolve quickly.
 *
 * <p>Example: see {@link FakeBinanceStreamsExtension}.
 *
 * @param <F> the fake stream server
 */
public abstract class FakeStreamsExtension<F extends AutoCloseable> implements BeforeEachCallback, AfterEachCallback {
  private final List<AutoCloseable> opened = new ArrayList<>();
  private FakeClock clock;
  private F fake;

  FakeStreamsExtension() {}

  /** Starts the fake on {@code clock}. */
  abstract F startFake(FakeClock clock);

  /** Forgets the streams built on first use (they are closed with the others). */
  abstract void forgetStreams();

  @Override
  public final void beforeEach(ExtensionContext context) {
    clock = FakeClock.startingNow();
    fake = startFake(clock);
  }

  @Override
  public final void afterEach(ExtensionContext context) throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
    opened.clear();
    forgetStreams();
    if (fake != null) {
      fake.close();
    }
  }

  /**
   * The running fake of the current test.
   *
   * @return the fake started before this test; it is closed after the test
   */
  public final F fake() {
    return fake;
  }

  /**
   * The current test's clock: the streams time connection ages and token expiries on it.
   *
   * @return the clock, starting at the time the test started
   */
  public final FakeClock clock() {
    return clock;
  }

  /**
   * Closes {@code resource} after the current test (before the fake).
   *
   * @param <T> its type
   * @param resource e.g. streams built from a pre-set builder
   * @return {@code resource}
   */
  public final <T extends AutoCloseable> T track(T resource) {
    opened.add(resource);
    return resource;
  }

  /**
   * The options the extension's streams use.
   *
   * @return reconnect within 10–50 ms, 100 control messages a second, the rest the defaults
   */
  public static StreamOptions quickOptions() {
    return StreamOptions.builder()
        .reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build())
        .controlMessagesPerSecond(100)
        .build();
  }
}
