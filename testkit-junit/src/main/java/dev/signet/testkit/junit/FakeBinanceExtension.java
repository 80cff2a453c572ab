package dev.signet.testkit.junit;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.TestKeys;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * JUnit 5 extension: a started {@link FakeBinance} and a {@link BinanceClient} signed with a key
 * the fake accepts, new for every test, closed after it.
 *
 * <pre>{@code
 * @RegisterExtension
 * FakeBinanceExtension binance = new FakeBinanceExtension(fake -> fake
 *     .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000"))
 *     .balance("USDT", new BigDecimal("10000")));
 *
 * @Test
 * void buys() {
 *   binance.client().spot().trading().newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.1")).build());
 *   assertThat(binance.fake().free("BTC")).isEqualByComparingTo("0.1");
 * }
 * }</pre>
 */
public final class FakeBinanceExtension extends FakeExchangeExtension<FakeBinance, BinanceClient> {
  private final Consumer<FakeBinance.Builder> configure;
  private final String apiKey = TestKeys.binanceSecret();
  private final String secretKey = TestKeys.binanceSecret();

  /** A fake with no markets or balances. */
  public FakeBinanceExtension() {
    this(b -> { });
  }

  /**
   * A fake configured by {@code configure} (its key is added for you).
   *
   * @param configure adds markets, balances or routes to the fake's builder before it starts
   */
  public FakeBinanceExtension(Consumer<FakeBinance.Builder> configure) {
    this.configure = Objects.requireNonNull(configure, "configure");
  }

  @Override
  FakeBinance startFake() {
    FakeBinance.Builder builder = FakeBinance.builder().hmacKey(apiKey, secretKey);
    configure.accept(builder);
    return builder.build();
  }

  @Override
  BinanceClient newClientFor(FakeBinance fake) {
    return newClient().build();
  }

  /**
   * A builder pre-set with the fake's URLs and key, to build a client with other options.
   *
   * @return a new builder; each call returns a fresh one
   */
  public BinanceClient.Builder newClient() {
    return BinanceClient.builder()
        .credentials(credentials())
        .spotBaseUrl(fake().baseUrl())
        .futuresBaseUrl(fake().baseUrl());
  }

  /**
   * Credentials the fake accepts.
   *
   * @return the test key pair the fake was started with
   */
  public BinanceCredentials credentials() {
    return BinanceCredentials.hmac(apiKey, secretKey);
  }
}
