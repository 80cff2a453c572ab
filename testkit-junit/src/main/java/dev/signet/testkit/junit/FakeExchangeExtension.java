package dev.signet.testkit.junit;

import dev.signet.testkit.FakeExchange;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lifecycle {@link FakeBinanceExtension} and {@link FakeKrakenExtension} share: a new fake and
 * client before each test, both closed after it.
 *
 * <p>Example: see {@link FakeBinanceExtension}.
 *
 * @param <F> the fake
 * @param <C> the client
 */
public abstract class FakeExchangeExtension<F extends FakeExchange, C extends AutoCloseable>
    implements BeforeEachCallback, AfterEachCallback {
  private F fake;

  FakeExchangeExtension() {}
  private C client;

  /** Starts the fake, with its key added and the user's configuration applied. */
  abstract F startFake();

  /** A client for {@code fake}. */
  abstract C newClientFor(F fake);

  @Override
  public void beforeEach(ExtensionContext context) {
    fake = startFake();
    client = newClientFor(fake);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (client != null) {
      client.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  /**
   * The running fake of the current test.
   *
   * @return the fake started before this test; it is closed after the test
   */
  public F fake() {
    return fake;
  }

  /**
   * A client for the current test's fake.
   *
   * @return the client built for this test; it is closed after the test
   */
  public C client() {
    return client;
  }
}
