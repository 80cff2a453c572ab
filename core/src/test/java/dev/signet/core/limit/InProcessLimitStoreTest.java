package dev.signet.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.limit.LimitKey.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-process store's arithmetic, exact to the unit and the millisecond (testkit's
 * {@code LimitStoreContract} holds every store, this one included, to the same behaviour).
 */
class InProcessLimitStoreTest {
  private static final LimitKey BAN = LimitKey.of(Scope.IP, "h", "418 ban");
  private static final LimitWindow MINUTE = new LimitWindow(LimitKey.of(Scope.IP, "h", "weight"), 60_000, 10);
  private static final LimitWindow TEN = new LimitWindow(LimitKey.of(Scope.ACCOUNT, "a", "orders"), 10_000, 2);
  private static final long T = 1_800_000_000_000L;  // second 0 of a minute

  private final LimitStore store = LimitStore.inProcess();

  @Test
  void reservesAllOrNothingAndNamesTheFirstWindowThatRefuses() {
    assertThat(store.reserve(List.of(BAN), List.of(new Charge(MINUTE, 4), new Charge(TEN, 2)), T + 1_000))
        .isEqualTo(Decision.granted());
    assertThat(store.used(MINUTE, T + 1_000)).isEqualTo(4);
    assertThat(store.used(TEN, T + 1_000)).isEqualTo(2);
    assertThat(store.reserve(List.of(), List.of(new Charge(MINUTE, 1), new Charge(TEN, 1)), T + 4_000))
        .isEqualTo(Decision.refused(6_000, TEN.key()));
    assertThat(store.used(MINUTE, T + 4_000)).as("nothing counted when refused").isEqualTo(4);
    assertThat(store.reserve(List.of(), List.of(new Charge(MINUTE, 7)), T + 4_000))
        .isEqualTo(Decision.refused(56_000, MINUTE.key()));
    assertThat(store.reserve(List.of(), List.of(new Charge(MINUTE, 6), new Charge(TEN, 1)), T + 10_000))
        .as("a new 10 s window").isEqualTo(Decision.granted());
    assertThat(store.used(MINUTE, T + 10_000)).isEqualTo(10);
    assertThat(store.used(MINUTE, T + 60_000)).as("a new minute").isZero();
    assertThat(store.used(TEN, T + 10_000)).isEqualTo(1);
  }

  @Test
  void aHoldRefusesUntilItEndsAndTheLaterHoldWins() {
    assertThat(store.heldUntil(BAN)).isZero();
    store.holdUntil(BAN, T + 5_000, T);
    store.holdUntil(BAN, T + 3_000, T);
    assertThat(store.heldUntil(BAN)).isEqualTo(T + 5_000);
    assertThat(store.reserve(List.of(BAN), List.of(new Charge(MINUTE, 1)), T + 1_000))
        .isEqualTo(Decision.refused(4_000, BAN));
    assertThat(store.reserve(List.of(BAN), List.of(new Charge(MINUTE, 1)), T + 5_000)).isEqualTo(Decision.granted());
    assertThat(store.used(MINUTE, T + 5_000)).isEqualTo(1);
  }

  @Test
  void observeRaisesTheCurrentWindowToTheExchangesCountButNeverLowersIt() {
    store.reserve(List.of(), List.of(new Charge(MINUTE, 3)), T);
    store.observe(MINUTE, 8, T + 100);
    assertThat(store.used(MINUTE, T + 100)).isEqualTo(8);
    store.observe(MINUTE, 5, T + 200);
    assertThat(store.used(MINUTE, T + 200)).isEqualTo(8);
    store.observe(MINUTE, 2, T + 60_000);
    assertThat(store.used(MINUTE, T + 60_000)).as("a new window starts from the report").isEqualTo(2);
  }

  @Test
  void aCounterDrainsAndTakesOnlyWhatFits() {
    DecayingCounter calls = new DecayingCounter(LimitKey.of(Scope.KEY, "k", "calls"), 1_500, 33);
    assertThat(store.level(calls, T)).isZero();
    assertThat(store.take(calls, 1_400, T)).isEqualTo(Decision.granted());
    assertThat(store.level(calls, T)).isEqualTo(1_400_000);
    assertThat(store.take(calls, 200, T)).isEqualTo(Decision.refused(3_031, calls.key()));
    assertThat(store.level(calls, T + 1_000)).isEqualTo(1_367_000);
    assertThat(store.level(calls, T + 500)).as("time going back drains nothing").isEqualTo(1_367_000);
    assertThat(store.take(calls, 133, T + 1_000)).isEqualTo(Decision.granted());
    assertThat(store.level(calls, T + 1_000)).isEqualTo(1_500_000);
  }

  @Test
  void aSequenceRisesStrictlyFromItsFloor() {
    LimitKey nonces = LimitKey.of(Scope.KEY, "k", "nonce");
    assertThat(store.next(nonces, 100)).isEqualTo(100);
    assertThat(store.next(nonces, 50)).isEqualTo(101);
    assertThat(store.next(nonces, 101)).isEqualTo(102);
    assertThat(store.next(nonces, 500)).isEqualTo(500);
    assertThat(store.next(LimitKey.of(Scope.KEY, "other", "nonce"), 7)).isEqualTo(7);
    assertThat(store).hasToString("LimitStore.inProcess()");
  }
}
