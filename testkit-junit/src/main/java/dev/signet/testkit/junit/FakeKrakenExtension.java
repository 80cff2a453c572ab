package dev.signet.testkit.junit;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.TestKeys;
import java.util.Objects;
import java.util.function.Consumer;

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
public final class FakeKrakenExtension extends FakeExchangeExtension<FakeKraken, KrakenClient> {
  private final Consumer<FakeKraken.Builder> configure;
  private final String apiKey = TestKeys.binanceSecret();
  private final String privateKey = TestKeys.krakenPrivateKey();

  /** A fake with no pairs or balances. */
  public FakeKrakenExtension() {
    this(b -> { });
  }

  /**
   * A fake configured by {@code configure} (its key is added for you).
   *
   * @param configure adds pairs, balances or routes to the fake's builder before it starts
   */
  public FakeKrakenExtension(Consumer<FakeKraken.Builder> configure) {
    this.configure = Objects.requireNonNull(configure, "configure");
  }

  @Override
  FakeKraken startFake() {
    FakeKraken.Builder builder = FakeKraken.builder().key(apiKey, privateKey);
    configure.accept(builder);
    return builder.build();
  }

  @Override
  KrakenClient newClientFor(FakeKraken fake) {
    return newClient().build();
  }

  /**
   * A builder pre-set with the fake's URL and key.
   *
   * @return a new builder; each call returns a fresh one
   */
  public KrakenClient.Builder newClient() {
    return KrakenClient.builder().credentials(credentials()).baseUrl(fake().baseUrl());
  }

  /**
   * Credentials the fake accepts.
   *
   * @return the test key pair the fake was started with
   */
  public KrakenCredentials credentials() {
    return KrakenCredentials.of(apiKey, privateKey);
  }
}
