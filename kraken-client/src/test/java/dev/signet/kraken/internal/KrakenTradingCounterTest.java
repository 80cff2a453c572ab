package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.kraken.KrakenTier;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kraken's per-pair trading counter: age-based cancel costs at each boundary, exact waits, usage, the order memory. */
class KrakenTradingCounterTest {
  private final FakeTicker fake = FakeTicker.at(Instant.ofEpochMilli(5_000_000));
  private final BoundedTicker ticker = new BoundedTicker(fake, 3, 100_000);

  private KrakenTradingCounter counter(KrakenTier tier, Duration maxWait) {
    return new KrakenTradingCounter(tier, maxWait, ticker);
  }

  private static long used(KrakenTradingCounter counter) {
    List<RateLimitUsage> all = counter.usage();
    assertThat(all).hasSize(1);
    return all.get(0).used();
  }

  private static void adds(KrakenTradingCounter counter, String pair, int n) {
    for (int i = 0; i < n; i++) {
      counter.beforeAdd(pair);
    }
  }

  @ParameterizedTest(name = "cancelling an order {0} ms old costs {1}")
  @CsvSource({
      "0, 8", "4999, 8", "5000, 6", "9999, 6", "10000, 5", "14999, 5", "15000, 4", "44999, 4", "45000, 2",
      "89999, 2", "90000, 1", "299999, 1", "300000, 0"})
  void cancelCostsByAge(long ageMillis, long cost) {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    fake.advance(Duration.ofMillis(ageMillis));
    counter.beforeCancel("OTX-1");
    // the pair's counter starts at the cancel, so nothing has decayed from it
    assertThat(counter.usage()).extracting(RateLimitUsage::used).containsExactly(cost == 0 ? new Long[0] : new Long[] {cost});
  }

  @Test
  void anOrderIsRememberedByItsClientOrderIdAsWellAsItsTxids() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1", "OTX-2"), "bot-1");
    counter.beforeCancel("bot-1");
    counter.beforeCancel("OTX-2");
    assertThat(used(counter)).isEqualTo(16);
  }

  @Test
  void anOrderWithoutClientOrderIdIsRememberedByTxid() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    counter.beforeCancel("OTX-1");
    assertThat(used(counter)).isEqualTo(8);
  }

  @Test
  void usageNamesThePairAndTheTimeOnePointTakesToDecay() {
    KrakenTradingCounter starter = counter(KrakenTier.STARTER, Duration.ZERO);
    starter.beforeAdd("XBTUSD");
    assertThat(starter.usage())
        .containsExactly(new RateLimitUsage("Kraken trading counter XBTUSD (STARTER)", 1, 60, Duration.ofMillis(1000)));
    KrakenTradingCounter intermediate = counter(KrakenTier.INTERMEDIATE, Duration.ZERO);
    intermediate.beforeAdd("ETHUSD");
    intermediate.beforeAdd("ETHUSD");
    fake.advance(Duration.ofMillis(5)); // 0.01 off: 1.99 rounds up to 2
    assertThat(intermediate.usage())
        .containsExactly(new RateLimitUsage("Kraken trading counter ETHUSD (INTERMEDIATE)", 2, 125, Duration.ofMillis(427)));
    fake.advance(Duration.ofMillis(995)); // 2.32 more off: never below zero
    assertThat(used(intermediate)).isZero();
  }

  @Test
  void theThresholdIsReachedWithoutWaitingAndDecayFreesRoom() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    adds(counter, "XBTUSD", 60);
    assertThat(used(counter)).isEqualTo(60);
    assertThat(fake.waits()).isEmpty();
    fake.advance(Duration.ofMillis(2000));
    adds(counter, "XBTUSD", 2); // 58 + 2
    assertThat(used(counter)).isEqualTo(60);
    assertThatThrownBy(() -> counter.beforeAdd("XBTUSD")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void theActionAfterTheThresholdWaitsExactly() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ofSeconds(10));
    adds(counter, "XBTUSD", 60);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    counter.beforeAdd("XBTUSD");
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000));
    counter.beforeCancel("OTX-1"); // 1 s old: 8 more
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(8000));
    assertThat(used(counter)).isEqualTo(60);
  }

  @Test
  void aPartPointOverWaitsTheRoundedUpTime() {
    KrakenTradingCounter counter = counter(KrakenTier.INTERMEDIATE, Duration.ofSeconds(10));
    adds(counter, "XBTUSD", 125);
    counter.beforeAdd("XBTUSD");
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(428)); // ceil(1 / 2.34 s)
  }

  @Test
  void aWaitAsLongAsTheAllowedWaitIsTakenAndALongerOneRefused() {
    KrakenTradingCounter allowed = counter(KrakenTier.STARTER, Duration.ofMillis(1000));
    adds(allowed, "XBTUSD", 61);
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000));

    KrakenTradingCounter refused = counter(KrakenTier.PRO, Duration.ofMillis(266));
    adds(refused, "XBTUSD", 180);
    assertThatThrownBy(() -> refused.beforeAdd("XBTUSD"))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(267)))
        .hasMessage("Not sent: Kraken's trading counter for XBTUSD (PRO, threshold 180) allows this order action in"
            + " 267 ms, longer than the allowed wait of 266 ms.");
    assertThat(used(refused)).as("a refused action is not charged").isEqualTo(180);
  }

  @Test
  void theLastTenThousandOrdersAreRemembered() {
    KrakenTradingCounter counter = counter(KrakenTier.PRO, Duration.ZERO);
    for (int i = 0; i < 10_000; i++) {
      counter.placed("XBTUSD", List.of("O" + i), null);
    }
    counter.beforeCancel("O0"); // the oldest of 10 000 is still known: 8
    assertThat(used(counter)).isEqualTo(8);
    counter.placed("XBTUSD", List.of("O10000"), null);
    counter.beforeCancel("O0"); // the 10 001st pushed it out: free
    counter.beforeCancel("O1");
    assertThat(used(counter)).isEqualTo(16);
  }

  @Test
  void anInterruptedWaitFailsAndKeepsTheInterrupt() {
    Ticker interrupting = new Ticker() {
      @Override
      public long nanoTime() {
        return fake.nanoTime();
      }

      @Override
      public Clock wallClock() {
        return ticker.wallClock(); // bounded: a hold that stops waiting fails instead of spinning
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }
    };
    KrakenTradingCounter counter = new KrakenTradingCounter(KrakenTier.STARTER, Duration.ofSeconds(10), interrupting);
    adds(counter, "XBTUSD", 60);
    try {
      assertThatThrownBy(() -> counter.beforeAdd("XBTUSD"))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1000)))
          .hasMessage("Interrupted while waiting for Kraken's trading counter");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
