package dev.signet.core.limit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default {@link LimitStore}: counts in this process, in maps guarded by one lock, so each
 * method is one atomic step (a reservation over several windows is decided and counted together).
 * The lock is held for a few map look-ups, never while waiting. Thread-safe.
 *
 * <pre>{@code
 * LimitStore store = LimitStore.inProcess();
 * }</pre>
 */
public final class InProcessLimitStore implements LimitStore {
  /** A window's number and the units counted in it. */
  private static final class WindowCount {
    long index;
    long used;
  }

  /** A counter's level in thousandths of a unit and when it was last drained. */
  private static final class Level {
    long milliUnits;
    long updatedMillis;
  }

  private final Map<LimitKey, WindowCount> windows = new HashMap<>();
  private final Map<LimitKey, Long> holds = new HashMap<>();
  private final Map<LimitKey, Level> counters = new HashMap<>();
  private final Map<LimitKey, Long> sequences = new HashMap<>();

  /** An empty store; see {@link LimitStore#inProcess()}. */
  public InProcessLimitStore() {}

  @Override
  public synchronized Decision reserve(List<LimitKey> holdKeys, List<Charge> charges, long nowMillis) {
    for (LimitKey hold : holdKeys) {
      long until = heldUntil(hold);
      if (until > nowMillis) {
        return Decision.refused(until - nowMillis, hold);
      }
    }
    for (Charge c : charges) {
      if (!c.window().admits(used(c.window(), nowMillis), c.units())) {
        return Decision.refused(c.window().untilNext(nowMillis), c.window().key());
      }
    }
    for (Charge c : charges) {
      WindowCount w = current(c.window(), nowMillis);
      w.used += c.units();
    }
    return Decision.granted();
  }

  @Override
  public synchronized void observe(LimitWindow window, long count, long nowMillis) {
    WindowCount w = current(window, nowMillis);
    w.used = Math.max(w.used, count);
  }

  @Override
  public synchronized void holdUntil(LimitKey key, long untilMillis, long nowMillis) {
    holds.merge(key, untilMillis, Math::max);
  }

  @Override
  public synchronized long heldUntil(LimitKey key) {
    return holds.getOrDefault(key, 0L);
  }

  @Override
  public synchronized long used(LimitWindow window, long nowMillis) {
    WindowCount w = windows.get(window.key());
    return w == null || w.index != window.index(nowMillis) ? 0 : w.used;
  }

  @Override
  public synchronized Decision take(DecayingCounter counter, long units, long nowMillis) {
    Level level = drained(counter, nowMillis);
    long wait = counter.waitFor(level.milliUnits, units);
    if (wait > 0) {
      return Decision.refused(wait, counter.key());
    }
    level.milliUnits += units * 1000;
    return Decision.granted();
  }

  @Override
  public synchronized long level(DecayingCounter counter, long nowMillis) {
    return drained(counter, nowMillis).milliUnits;
  }

  @Override
  public synchronized long next(LimitKey sequence, long atLeast) {
    Long last = sequences.get(sequence);
    long next = last == null ? atLeast : Math.max(atLeast, last + 1);
    sequences.put(sequence, next);
    return next;
  }

  /** The window's count for the window {@code nowMillis} falls in, starting it from zero when new. */
  private WindowCount current(LimitWindow window, long nowMillis) {
    WindowCount w = windows.computeIfAbsent(window.key(), k -> new WindowCount());
    long index = window.index(nowMillis);
    if (w.index != index) {
      w.index = index;
      w.used = 0;
    }
    return w;
  }

  private Level drained(DecayingCounter counter, long nowMillis) {
    Level level = counters.computeIfAbsent(counter.key(), k -> {
      Level l = new Level();
      l.updatedMillis = nowMillis;
      return l;
    });
    long elapsed = nowMillis - level.updatedMillis;
    if (elapsed > 0) {
      level.milliUnits = counter.drain(level.milliUnits, elapsed);
      level.updatedMillis = nowMillis;
    }
    return level;
  }

  @Override
  public String toString() {
    return "LimitStore.inProcess()";
  }
}
