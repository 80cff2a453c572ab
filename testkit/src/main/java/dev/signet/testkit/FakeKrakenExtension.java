package dev.signet.testkit;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: a started {@link FakeKraken} and a {@link KrakenClient} with a key the fake
 * accepts, new for every test, closed after it.
 *
 * <pre>{@code
 * @RegisterExtension
 * FakeKrakenExtension kraken = new FakeKrakenExtension(fake -> fake
 *     .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
 *     .balance("ZUSD", new BigDecimal("10000")));
 *
 * @Test
 * void readsBalance() {
 *   assertThat(kraken.client().balance().get("ZUSD")).contains(new BigDecimal("10000.0000000000"));
 * }
 * }</pre>
 */
public final class FakeKrakenExtension implements BeforeEachCallback, AfterEachCallback {
  private final Consumer<FakeKraken.Builder> configure;
  private final String apiKey = TestKeys.binanceSecret();
  private final String privateKey = TestKeys.krakenPrivateKey();
  private FakeKraken fake;
  private KrakenClient client;

  /** A fake with no pairs or balances. */
  public FakeKrakenExtension() {
    this(b -> { });
  }

  /** A fake configured by {@code configure} (its key is added for you). */
  public FakeKrakenExtension(Consumer<FakeKraken.Builder> configure) {
    this.configure = Objects.requireNonNull(configure, "configure");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeKraken.Builder builder = FakeKraken.builder().key(apiKey, privateKey);
    configure.accept(builder);
    fake = builder.build();
    client = newClient().build();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (client != null) {
      client.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  /** The running fake of the current test. */
  public FakeKraken fake() {
    return fake;
  }

  /** A client for the current test's fake. */
  public KrakenClient client() {
    return client;
  }

  /** A builder pre-set with the fake's URL and key. */
  public KrakenClient.Builder newClient() {
    return KrakenClient.builder().credentials(credentials()).baseUrl(fake.baseUrl());
  }

  /** Credentials the fake accepts. */
  public KrakenCredentials credentials() {
    return KrakenCredentials.of(apiKey, privateKey);
  }
}
