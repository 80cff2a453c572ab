package dev.signet.core.limit;

/**
 * A store's answer to one reservation: granted (everything was counted), or how long to wait and
 * which hold, window or counter stands in the way (nothing was counted).
 *
 * <pre>{@code
 * Decision d = store.reserve(holds, charges, now);
 * if (!d.isGranted()) {
 *   sleep(d.waitMillis()); // then ask again
 * }
 * }</pre>
 *
 * @param waitMillis zero when granted; otherwise the milliseconds until it could be
 * @param blockedBy null when granted; otherwise the key that refused it
 */
public record Decision(long waitMillis, LimitKey blockedBy) {
  private static final Decision GRANTED = new Decision(0, null);

  /**
   * Checks the parts: a refusal names its key and waits at least 1 ms.
   *
   * @param waitMillis zero when granted; otherwise more than zero
   * @param blockedBy null when granted; otherwise the key that refused it
   */
  public Decision {
    if ((blockedBy == null) != (waitMillis == 0) || waitMillis < 0) {
      throw new IllegalArgumentException("A decision is granted (0 ms, no key) or refused (a positive wait and"
          + " the key), not " + waitMillis + " ms by " + blockedBy);
    }
  }

  /**
   * Everything was counted.
   *
   * @return the granted decision
   */
  public static Decision granted() {
    return GRANTED;
  }

  /**
   * Nothing was counted: {@code blockedBy} allows it in {@code waitMillis}.
   *
   * @param waitMillis the wait, more than zero
   * @param blockedBy the key that refused it
   * @return the refusal
   */
  public static Decision refused(long waitMillis, LimitKey blockedBy) {
    return new Decision(waitMillis, blockedBy);
  }

  /**
   * Whether everything was counted.
   *
   * @return true when granted
   */
  public boolean isGranted() {
    return blockedBy == null;
  }
}
