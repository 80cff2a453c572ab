package dev.signet.core.limit;

/**
 * A counter that drains at a steady rate, as Kraken counts: every call adds its cost, the level
 * falls by {@code decayPerSecond} units a second down to zero, and a call that would take the
 * level past {@code max} waits until enough has drained. Kraken's counters are kept in hundredths,
 * so a decay of 0.33 a second is {@code 33}. Stores keep the level exactly, in thousandths of a unit.
 *
 * <pre>{@code
 * DecayingCounter calls = new DecayingCounter(LimitKey.of(LimitKey.Scope.KEY, fingerprint, "call counter"),
 *     1_500, 33); // Kraken Starter: max 15, 0.33 a second, in hundredths
 * }</pre>
 *
 * @param key the limit it counts for
 * @param max the highest level allowed, in units
 * @param decayPerSecond the units drained per second, more than zero
 */
public record DecayingCounter(LimitKey key, long max, long decayPerSecond) {
  /**
   * Checks the parts.
   *
   * @param key the limit it counts for
   * @param max the highest level allowed, in units
   * @param decayPerSecond the units drained per second, more than zero
   */
  public DecayingCounter {
    if (key == null) {
      throw new IllegalArgumentException("A counter needs a key.");
    }
    if (max < 0) {
      throw new IllegalArgumentException("counter max " + max + " is negative; pass zero or more.");
    }
    if (decayPerSecond <= 0) {
      throw new IllegalArgumentException("counter decay " + decayPerSecond + " a second is not positive.");
    }
  }

  /**
   * The level in thousandths of a unit after {@code elapsedMillis} of draining from {@code milliUnits}.
   *
   * @param milliUnits the level before, in thousandths of a unit
   * @param elapsedMillis the time drained; zero or less drains nothing
   * @return the level after, never below zero
   */
  public long drain(long milliUnits, long elapsedMillis) {
    return elapsedMillis <= 0 ? milliUnits : Math.max(0, milliUnits - elapsedMillis * decayPerSecond);
  }

  /**
   * The level in whole units, rounded up.
   *
   * @param milliUnits the level in thousandths of a unit
   * @return the level in units, rounded up
   */
  public static long units(long milliUnits) {
    return (milliUnits + 999) / 1000;
  }

  /**
   * The milliseconds until {@code units} more fit at level {@code milliUnits}; zero when they fit now.
   *
   * @param milliUnits the level in thousandths of a unit
   * @param units the units asked for
   * @return the wait in milliseconds, rounded up
   */
  public long waitFor(long milliUnits, long units) {
    long excess = units(milliUnits) + units - max;
    return excess <= 0 ? 0 : (excess * 1000 + decayPerSecond - 1) / decayPerSecond;
  }
}
