package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.kraken.KrakenTier;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Kraken's call counter: its cost per call, decay, exact waits and usage, on a ticker no test sleeps on. */
class KrakenCallCounterTest {
  private final FakeTicker fake = FakeTicker.at(Instant.ofEpochMilli(2_000_000));
  private final BoundedTicker ticker = new BoundedTicker(fake, 3, 1_000);

  private KrakenCallCounter counter(KrakenTier tier, Duration maxWait) {
    return new KrakenCallCounter(tier, maxWait, ticker);
  }

  private static void fill(KrakenCallCounter counter, int calls) {
    for (int i = 0; i < calls; i++) {
      counter.acquire(KrakenEndpoints.BALANCE, 1);
    }
  }

  private static RateLimitUsage usage(KrakenCallCounter counter) {
    List<RateLimitUsage> all = counter.usage();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void aFreshCounterReportsItsLimitAndTheTimeOnePointTakesToDecay() {
    assertThat(counter(KrakenTier.STARTER, Duration.ZERO).usage())
        .containsExactly(new RateLimitUsage("Kraken call counter (STARTER)", 0, 15, Duration.ofMillis(3030)));
    assertThat(counter(KrakenTier.INTERMEDIATE, Duration.ZERO).usage())
        .containsExactly(new RateLimitUsage("Kraken call counter (INTERMEDIATE)", 0, 20, Duration.ofMillis(2000)));
    assertThat(counter(KrakenTier.PRO, Duration.ZERO).usage())
        .containsExactly(new RateLimitUsage("Kraken call counter (PRO)", 0, 20, Duration.ofMillis(1000)));
  }

  @Test
  void theMaximumIsReachedWithoutWaiting() {
    KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ofSeconds(10));
    fill(counter, 15);
    assertThat(usage(counter).used()).isEqualTo(15);
    assertThat(fake.waits()).isEmpty();
  }

  @Test
  void usageRoundsAPartlyDecayedPointUp() {
    KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    fill(counter, 2);
    fake.advance(Duration.ofMillis(1000)); // 0.33 off: 1.67 left
    assertThat(usage(counter).used()).isEqualTo(2);
    fake.advance(Duration.ofMillis(2031)); // 0.67 more off: exactly 1 left
    assertThat(usage(counter).used()).isEqualTo(1);
    fake.advance(Duration.ofSeconds(10)); // never below zero
    assertThat(usage(counter).used()).isZero();
    fill(counter, 15); // and the whole maximum is available again, no more
    assertThatThrownBy(() -> counter.acquire(KrakenEndpoints.BALANCE, 1)).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void theCallAfterTheMaximumWaitsExactlyUntilOnePointHasDecayed() {
    KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ofSeconds(10));
    fill(counter, 15);
    counter.acquire(KrakenEndpoints.BALANCE, 1);
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(3031)); // ceil(1 / 0.33 s)
    assertThat(usage(counter).used()).isEqualTo(15);
  }

  @Test
  void aCallCostingTwoWaitsForTwoPoints() {
    KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ofSeconds(10));
    fill(counter, 15);
    counter.acquire(KrakenEndpoints.TABLE.find("POST", "/0/private/Ledgers"), 2);
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(6061)); // ceil(2 / 0.33 s)
  }

  @Test
  void aWaitOfWholeMillisecondsIsNotRoundedUpFurther() {
    KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ofSeconds(10));
    fill(counter, 15);
    fake.advance(Duration.ofMillis(2031)); // 0.67 off: 14.33, so the next call is 0.33 over
    counter.acquire(KrakenEndpoints.BALANCE, 1);
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000));
  }

  @Test
  void aWaitAsLongAsTheAllowedWaitIsTakenAndALongerOneRefused() {
    KrakenCallCounter allowed = counter(KrakenTier.STARTER, Duration.ofMillis(3031));
    fill(allowed, 15);
    allowed.acquire(KrakenEndpoints.BALANCE, 1);
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(3031));

    KrakenCallCounter refused = counter(KrakenTier.INTERMEDIATE, Duration.ofMillis(1999));
    fill(refused, 20);
    assertThatThrownBy(() -> refused.acquire(KrakenEndpoints.BALANCE, 1))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(2000)))
        .hasMessage("Not sent: Kraken's call counter (INTERMEDIATE, max 20) allows the next call in 2000 ms, longer"
            + " than the allowed wait of 1999 ms.");
    assertThat(fake.waits()).hasSize(1);
    assertThat(usage(refused).used()).as("a refused call is not charged").isEqualTo(20);
  }

  @Test
  void freeCallsAndCallsOffTheCounterAreNotCharged() {
    KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    for (int i = 0; i < 20; i++) {
      counter.acquire(KrakenEndpoints.ADD_ORDER, 0);
      counter.acquire(KrakenEndpoints.TIME, 1);
    }
    assertThat(usage(counter).used()).isZero();
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
    KrakenCallCounter counter = new KrakenCallCounter(KrakenTier.STARTER, Duration.ofSeconds(10), interrupting);
    fill(counter, 15);
    try {
      assertThatThrownBy(() -> counter.acquire(KrakenEndpoints.BALANCE, 1))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(3031)))
          .hasMessage("Interrupted while waiting for Kraken's call counter");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void itLogsItsLevelAtDebug() {
    Logger jul = Logger.getLogger(KrakenCallCounter.class.getName());
    List<String> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record.getLevel() + " " + record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level before = jul.getLevel();
    jul.setLevel(Level.FINE);
    jul.addHandler(handler);
    try {
      KrakenCallCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
      counter.acquire(KrakenEndpoints.BALANCE, 1);
      counter.acquire(KrakenEndpoints.TABLE.find("POST", "/0/private/Ledgers"), 2);
    } finally {
      jul.removeHandler(handler);
      jul.setLevel(before);
    }
    assertThat(logged).containsExactly(
        "FINE Kraken call counter (STARTER) at 1.0 of 15 after /0/private/Balance",
        "FINE Kraken call counter (STARTER) at 3.0 of 15 after /0/private/Ledgers");
  }

  @Test
  void theEndpointTablesLimitIsTheCallCounter() {
    assertThat(KrakenEndpoints.BALANCE.limit()).isEqualTo(Endpoint.Limit.CALL_COUNTER);
    assertThat(KrakenEndpoints.TIME.limit()).isEqualTo(Endpoint.Limit.NONE);
  }
}
