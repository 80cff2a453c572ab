package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.IpBannedException;
import dev.signet.core.CircuitOpenException;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.RateLimitedException;
import dev.signet.core.RetryPolicy;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenTier;
import dev.signet.testkit.FakeExchange;
import dev.signet.testkit.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits, Retry-After, bans and the circuit breaker, against the fakes. */
class ResilienceTest {
  private static final RetryPolicy FAST = RetryPolicy.builder()
      .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();

  @RegisterExtension
  final FakeBinanceExtension binance = new FakeBinanceExtension(fake -> fake.balance("USDT", BigDecimal.TEN));

  @RegisterExtension
  final FakeKrakenExtension kraken = new FakeKrakenExtension(fake -> fake.balance("ZUSD", BigDecimal.TEN)
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000")));

  private static String host(FakeExchange fake) {
    return okhttp3.HttpUrl.get(fake.baseUrl()).host();
  }

  @Test
  void retryAfterOf429HoldsEveryCallToTheHostNotOnlyTheOneThatGotIt() {
    try (BinanceClient client = binance.newClient().retryPolicy(RetryPolicy.none()).build()) {
      binance.fake().failNext(1, Fault.tooManyRequests(2));
      assertThatThrownBy(() -> client.spot().market().serverTime())
          .isInstanceOfSatisfying(ExchangeApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
      long start = System.nanoTime();
      assertThat(client.spot().accountData().openOrders()).isEmpty(); // another endpoint, same host: waits out Retry-After
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }
  }

  @Test
  void retryAfterLongerThanTheAllowedWaitFailsUnsent() {
    try (BinanceClient client = binance.newClient().retryPolicy(RetryPolicy.none()).maxRateLimitWait(Duration.ZERO).build()) {
      binance.fake().failNext(1, Fault.tooManyRequests(30));
      assertThatThrownBy(() -> client.spot().market().serverTime()).isInstanceOf(ExchangeApiException.class);
      int sent = binance.fake().requestCount();
      assertThatThrownBy(() -> client.spot().market().serverTime())
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(28)))
          .hasMessageContaining("the Retry-After of a 429");
      assertThat(binance.fake().requestCount()).isEqualTo(sent);
    }
  }

  @Test
  void banStopsEveryCallToTheHostUntilItEnds() {
    binance.fake().failNext(1, Fault.banned(600));
    assertThatThrownBy(() -> binance.client().spot().market().serverTime())
        .isInstanceOfSatisfying(IpBannedException.class, e -> {
          assertThat(e.until()).isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(601));
          assertThat(e.host()).isEqualTo(host(binance.fake()));
        });
    int sent = binance.fake().requestCount();
    assertThatThrownBy(() -> binance.client().spot().account()).isInstanceOf(IpBannedException.class)
        .hasMessageStartingWith("Binance banned this IP on " + host(binance.fake()) + " until ");
    assertThat(binance.fake().requestCount()).as("nothing sent during the ban").isEqualTo(sent);
    assertThat(binance.client().futures().market().serverTime()).as("the futures host is not banned").isPositive();
  }

  @Test
  void circuitOpensAfterRepeated5xxAndFailsFastUnsent() {
    binance.fake().failNext(100, Fault.serviceUnavailableHtml());
    try (BinanceClient client = binance.newClient().retryPolicy(FAST).build()) {
      int calls = 0;
      while (true) { // each call makes 3 attempts; the breaker opens once 10 calls were recorded, all failed
        calls++;
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> client.spot().market().serverTime());
        if (failure instanceof CircuitOpenException) {
          break;
        }
        assertThat(failure).isExactlyInstanceOf(ExchangeApiException.class);
      }
      assertThat(calls).isEqualTo(4);
      assertThat(binance.fake().requestCount()).as("the 11th and 12th attempts were not sent").isEqualTo(10);
      int sent = binance.fake().requestCount();
      assertThatThrownBy(() -> client.spot().market().serverTime())
          .isInstanceOf(CircuitOpenException.class)
          .hasMessage("The circuit breaker of " + host(binance.fake()) + " is open after repeated I/O or 5xx failures; calls fail fast,"
              + " unsent, until it half-opens.");
      assertThat(binance.fake().requestCount()).isEqualTo(sent);
    }
  }

  @Test
  void krakenCallCounterThrottlesPerTier() {
    try (KrakenClient client = kraken.newClient().tier(KrakenTier.STARTER).maxRateLimitWait(Duration.ZERO).build()) {
      for (int i = 0; i < 15; i++) {
        client.balance();
      }
      assertThat(client.rateLimits()).singleElement().satisfies(u -> {
        assertThat(u.used()).isBetween(14L, 15L);
        assertThat(u.limit()).isEqualTo(15);
      });
      int sent = kraken.fake().requestCount();
      assertThatThrownBy(client::balance)
          .isInstanceOf(RateLimitedException.class)
          .hasMessageStartingWith("Not sent: Kraken's call counter (STARTER, max 15) allows the next call in ");
      assertThat(kraken.fake().requestCount()).isEqualTo(sent);
    }
  }

  @Test
  void krakenOrdersDoNotCountOnTheRestCounter() {
    kraken.fake().deposit("XXBT", BigDecimal.ONE);
    try (KrakenClient client = kraken.newClient().maxRateLimitWait(Duration.ZERO).build()) {
      for (int i = 0; i < 15; i++) {
        client.balance();
      }
      // AddOrder is governed by the matching engine's limit, not the REST counter
      client.addOrder(dev.signet.kraken.trading.AddOrder.limit("XBTUSD", dev.signet.kraken.trading.Side.SELL,
          new BigDecimal("0.1"), new BigDecimal("50000")).validate(true).build());
      var usage = client.rateLimits();
      assertThat(usage).extracting(u -> u.name())
          .containsExactly("Kraken call counter (STARTER)", "Kraken trading counter XBTUSD (STARTER)");
      assertThat(usage.get(0).used()).as("AddOrder added nothing to the REST counter").isBetween(14L, 15L);
      assertThat(usage.get(1).used()).as("it counted on the pair's trading counter").isEqualTo(1);
    }
  }
}
