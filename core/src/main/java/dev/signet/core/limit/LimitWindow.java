package dev.signet.core.limit;

/**
 * A fixed window aligned to the epoch, as Binance counts: a minute window runs from second 0 of
 * each minute of the exchange's clock to the next, whatever the call times; a call in a new window
 * starts from zero.
 *
 * <pre>{@code
 * LimitWindow weight = new LimitWindow(LimitKey.of(LimitKey.Scope.IP, "api.binance.com", "REQUEST_WEIGHT 1m"),
 *     60_000, 6_000);
 * }</pre>
 *
 * @param key the limit it counts for
 * @param lengthMillis the window's length in milliseconds, more than zero
 * @param limit the most units one window allows, zero or more
 */
public record LimitWindow(LimitKey key, long lengthMillis, long limit) {
  /**
   * Checks the parts.
   *
   * @param key the limit it counts for
   * @param lengthMillis the window's length in milliseconds, more than zero
   * @param limit the most units one window allows, zero or more
   */
  public LimitWindow {
    if (key == null) {
      throw new IllegalArgumentException("A window needs a key.");
    }
    if (lengthMillis <= 0) {
      throw new IllegalArgumentException("window length " + lengthMillis + " ms is not positive; pass e.g. 60000.");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("window limit " + limit + " is negative; pass zero or more.");
    }
  }

  /**
   * Which window {@code nowMillis} falls in.
   *
   * @param nowMillis the exchange's time, in epoch milliseconds
   * @return the window's number since the epoch
   */
  public long index(long nowMillis) {
    return Math.floorDiv(nowMillis, lengthMillis);
  }

  /**
   * The milliseconds from {@code nowMillis} until the next window starts (1 to {@code lengthMillis}).
   *
   * @param nowMillis the exchange's time, in epoch milliseconds
   * @return the milliseconds until the next window
   */
  public long untilNext(long nowMillis) {
    return lengthMillis - Math.floorMod(nowMillis, lengthMillis);
  }

  /**
   * Whether {@code units} more may go into a window that has {@code used}: they fit under the limit,
   * or the window is empty (a call heavier than the whole limit goes alone into a fresh window).
   *
   * @param used the units already in the window
   * @param units the units asked for
   * @return true when they may be reserved
   */
  public boolean admits(long used, long units) {
    return used + units <= limit || (used == 0 && units > limit);
  }
}
