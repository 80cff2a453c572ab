package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake clock's two kinds: one that ticks with the system clock, one frozen until moved. */
class FakeClockTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void aFrozenClockReadsTheSameUntilMovedAndThenExactlyWhereMoved() throws Exception {
    FakeClock clock = FakeClock.frozenAt(NOW);
    Thread.sleep(20);
    assertThat(clock.instant()).isEqualTo(NOW);
    clock.advance(Duration.ofSeconds(59));
    assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(59));
    clock.set(NOW.minusMillis(1));
    Thread.sleep(5);
    assertThat(clock.millis()).isEqualTo(NOW.toEpochMilli() - 1);
  }

  @Test
  void aTickingClockMovesWithTheSystemClockFromWhereItWasSet() throws Exception {
    FakeClock clock = FakeClock.at(NOW);
    Thread.sleep(20);
    assertThat(clock.instant()).isAfterOrEqualTo(NOW.plusMillis(20)).isBefore(NOW.plusSeconds(30));
    Duration offset = clock.offset();
    clock.advance(Duration.ofSeconds(3));
    assertThat(clock.offset()).isEqualTo(offset.plusSeconds(3));
  }
}
