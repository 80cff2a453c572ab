package dev.signet.testkit.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.signet.core.limit.Charge;
import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitKey.Scope;
import dev.signet.core.limit.LimitStore;
import dev.signet.core.limit.LimitWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test every {@link LimitStore} passes: extend it, return a store from {@link #store()}, and
 * JUnit runs the contract against it (windows, all-or-nothing reservations, header correction,
 * holds, decaying counters, sequences, and atomicity under concurrent callers). Each test uses keys
 * of its own, so a shared store need not be emptied between tests. Times are epoch millis the test
 * chooses, so nothing sleeps.
 *
 * <pre>{@code
 * class RedisLimitStoreTest extends LimitStoreContract {
 *   protected LimitStore store() {
 *     return store;
 *   }
 * }
 * }</pre>
 */
public abstract class LimitStoreContract {
  /** 2026-11-22T10:00:00Z: the start of a minute, a day's 10-second window and more. */
  protected static final long MINUTE = 1_795_341_600_000L;

  private LimitStore store;
  private String id;

  /** A contract test; the subclass supplies the store. */
  protected LimitStoreContract() {}

  /**
   * The store under test; called before every test. May return the same store every time.
   *
   * @return the store under test
   */
  protected abstract LimitStore store();

  @BeforeEach
  void newKeys() {
    store = store();
    id = "contract-" + UUID.randomUUID();
  }

  private LimitWindow window(String name, long lengthMillis, long limit) {
    return new LimitWindow(LimitKey.of(Scope.IP, id, name), lengthMillis, limit);
  }

  private Decision reserve(long now, Charge... charges) {
    return store.reserve(List.of(), List.of(charges), now);
  }

  @Test
  void aWindowCountsUpToItsLimitAndRefusesWithTheTimeToTheNextWindow() {
    LimitWindow w = window("REQUEST_WEIGHT 1m", 60_000, 100);
    assertEquals(Decision.granted(), reserve(MINUTE + 15_000, new Charge(w, 60)));
    assertEquals(Decision.refused(45_000, w.key()), reserve(MINUTE + 15_000, new Charge(w, 41)));
    assertEquals(60, store.used(w, MINUTE + 15_000));
    assertEquals(Decision.granted(), reserve(MINUTE + 59_999, new Charge(w, 40)));
    assertEquals(Decision.refused(1, w.key()), reserve(MINUTE + 59_999, new Charge(w, 1)));
    assertEquals(100, store.used(w, MINUTE + 59_999));
  }

  @Test
  void aNewWindowStartsFromZero() {
    LimitWindow w = window("REQUEST_WEIGHT 1m", 60_000, 100);
    reserve(MINUTE + 1, new Charge(w, 100));
    assertEquals(0, store.used(w, MINUTE + 60_000));
    assertEquals(Decision.granted(), reserve(MINUTE + 60_000, new Charge(w, 100)));
    assertEquals(100, store.used(w, MINUTE + 60_000));
  }

  @Test
  void aChargeHeavierThanTheLimitGoesAloneIntoAnEmptyWindowOnly() {
    LimitWindow w = window("REQUEST_WEIGHT 1m", 60_000, 100);
    assertEquals(Decision.granted(), reserve(MINUTE, new Charge(w, 150)));
    assertEquals(150, store.used(w, MINUTE));
    assertEquals(Decision.refused(60_000, w.key()), reserve(MINUTE, new Charge(w, 0)));
    LimitWindow used = window("used", 60_000, 100);
    reserve(MINUTE, new Charge(used, 1));
    assertEquals(Decision.refused(60_000, used.key()), reserve(MINUTE, new Charge(used, 150)));
  }

  @Test
  void aReservationOverSeveralWindowsIsAllOrNothingAndNamesTheFirstThatRefuses() {
    LimitWindow weight = window("weight", 60_000, 10);
    LimitWindow orders = window("orders 10s", 10_000, 5);
    LimitWindow daily = window("orders 1d", 86_400_000, 5);
    reserve(MINUTE + 2_000, new Charge(orders, 5), new Charge(daily, 5));
    assertEquals(Decision.refused(8_000, orders.key()),
        reserve(MINUTE + 2_000, new Charge(weight, 1), new Charge(orders, 1), new Charge(daily, 1)));
    assertEquals(0, store.used(weight, MINUTE + 2_000));
    assertEquals(Decision.refused(50_390_000, daily.key()), // the day ends at midnight UTC, 14 h later
        reserve(MINUTE + 10_000, new Charge(weight, 1), new Charge(orders, 1), new Charge(daily, 1)));
    assertEquals(0, store.used(orders, MINUTE + 10_000));
    assertEquals(Decision.granted(), reserve(MINUTE + 10_000, new Charge(weight, 3)));
    assertEquals(3, store.used(weight, MINUTE + 10_000));
  }

  @Test
  void theExchangesCountRaisesOursButNeverLowersIt() {
    LimitWindow w = window("REQUEST_WEIGHT 1m", 60_000, 6_000);
    reserve(MINUTE, new Charge(w, 20));
    store.observe(w, 10, MINUTE + 1);
    assertEquals(20, store.used(w, MINUTE + 1));
    store.observe(w, 5_990, MINUTE + 2);
    assertEquals(5_990, store.used(w, MINUTE + 2));
    assertEquals(Decision.refused(59_997, w.key()), reserve(MINUTE + 3, new Charge(w, 20)));
    store.observe(w, 7, MINUTE + 60_000);
    assertEquals(7, store.used(w, MINUTE + 60_000));
  }

  @Test
  void holdsAreRespectedBeforeAnyWindowAndTheLaterHoldWins() {
    LimitKey ban = LimitKey.of(Scope.IP, id, "418 ban");
    LimitKey hold = LimitKey.of(Scope.IP, id, "Retry-After hold");
    LimitWindow w = window("weight", 60_000, 1);
    reserve(MINUTE, new Charge(w, 1));
    assertEquals(0, store.heldUntil(hold));
    store.holdUntil(hold, MINUTE + 30_000, MINUTE);
    store.holdUntil(hold, MINUTE + 10_000, MINUTE);
    assertEquals(MINUTE + 30_000, store.heldUntil(hold));
    assertEquals(Decision.refused(30_000, hold), store.reserve(List.of(ban, hold), List.of(new Charge(w, 1)), MINUTE));
    store.holdUntil(ban, MINUTE + 20_000, MINUTE);
    assertEquals(Decision.refused(20_000, ban), store.reserve(List.of(ban, hold), List.of(new Charge(w, 1)), MINUTE));
    assertEquals(Decision.refused(30_000, w.key()), store.reserve(List.of(ban, hold), List.of(new Charge(w, 1)), MINUTE + 30_000));
    assertEquals(Decision.granted(), store.reserve(List.of(ban, hold), List.of(new Charge(w, 1)), MINUTE + 60_000));
  }

  @Test
  void keysWithTheSameNameInOtherScopesOrIdsCountApart() {
    LimitWindow ip = new LimitWindow(LimitKey.of(Scope.IP, id, "w"), 60_000, 10);
    LimitWindow uid = new LimitWindow(LimitKey.of(Scope.UID, id, "w"), 60_000, 10);
    LimitWindow other = new LimitWindow(LimitKey.of(Scope.IP, id + "-other", "w"), 60_000, 10);
    reserve(MINUTE, new Charge(ip, 10));
    assertEquals(Decision.granted(), reserve(MINUTE, new Charge(uid, 3)));
    assertEquals(Decision.granted(), reserve(MINUTE, new Charge(other, 4)));
    assertEquals(List.of(10L, 3L, 4L), List.of(store.used(ip, MINUTE), store.used(uid, MINUTE), store.used(other, MINUTE)));
  }

  @Test
  void aCounterDrainsExactlyAndTakesOnlyWhatFits() {
    // Kraken Starter's call counter in hundredths: max 15, 0.33 a second
    DecayingCounter c = new DecayingCounter(LimitKey.of(Scope.KEY, id, "call counter"), 1_500, 33);
    assertEquals(Decision.granted(), store.take(c, 1_500, MINUTE));
    assertEquals(Decision.refused(3_031, c.key()), store.take(c, 100, MINUTE));
    assertEquals(1_500_000, store.level(c, MINUTE));
    assertEquals(1_467_000, store.level(c, MINUTE + 1_000));
    assertEquals(1_466_967, store.level(c, MINUTE + 1_001));
    assertEquals(Decision.refused(31, c.key()), store.take(c, 34, MINUTE + 1_001));
    assertEquals(Decision.granted(), store.take(c, 33, MINUTE + 1_001));
    assertEquals(1_499_967, store.level(c, MINUTE + 1_001));
    assertEquals(1_499_967, store.level(c, MINUTE), "a clock that goes back drains nothing");
    assertEquals(0, store.level(c, MINUTE + 3_600_000));
    assertEquals(Decision.granted(), store.take(c, 0, MINUTE + 3_600_000));
  }

  @Test
  void aSequenceIsStrictlyIncreasingFromTheLargerOfTheFloorAndTheLast() {
    LimitKey nonce = LimitKey.of(Scope.KEY, id, "nonce");
    assertEquals(1_000, store.next(nonce, 1_000));
    assertEquals(1_001, store.next(nonce, 500));
    assertEquals(1_002, store.next(nonce, 1_001));
    assertEquals(5_000, store.next(nonce, 5_000));
    assertEquals(7, store.next(LimitKey.of(Scope.KEY, id + "-other", "nonce"), 7));
  }

  @Test
  void concurrentCallersReserveExactlyTheLimitAndNoMore() throws Exception {
    LimitWindow w = window("REQUEST_WEIGHT 1m", 60_000, 6_000);
    List<Long> granted = race(8, 100, () -> reserve(MINUTE, new Charge(w, 20)).isGranted() ? 1L : 0L);
    assertEquals(300, granted.stream().mapToLong(Long::longValue).sum());
    assertEquals(6_000, store.used(w, MINUTE));
  }

  @Test
  void concurrentCallersNeverGetTheSameSequenceValue() throws Exception {
    LimitKey nonce = LimitKey.of(Scope.KEY, id, "nonce");
    List<Long> values = race(8, 100, () -> store.next(nonce, MINUTE));
    Set<Long> distinct = new HashSet<>(values);
    assertEquals(800, distinct.size());
    assertEquals(MINUTE + 799, distinct.stream().mapToLong(Long::longValue).max().orElseThrow());
  }

  @Test
  void concurrentCallersNeverTakeACounterPastItsMax() throws Exception {
    DecayingCounter c = new DecayingCounter(LimitKey.of(Scope.ACCOUNT, id, "trading counter XBTUSD"), 6_000, 100);
    List<Long> taken = race(8, 50, () -> store.take(c, 100, MINUTE).isGranted() ? 1L : 0L);
    assertEquals(60, taken.stream().mapToLong(Long::longValue).sum());
    assertFalse(store.take(c, 1, MINUTE).isGranted());
  }

  /** Runs {@code calls} calls on each of {@code threads} threads, started together; their results. */
  private static List<Long> race(int threads, int calls, Callable<Long> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<Long> out = new ArrayList<>();
          for (int i = 0; i < calls; i++) {
            out.add(call.call());
          }
          return out;
        }));
      }
      start.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get(30, TimeUnit.SECONDS));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
