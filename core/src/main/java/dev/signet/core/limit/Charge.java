package dev.signet.core.limit;

/**
 * Units to reserve in one window, part of one all-or-nothing {@link LimitStore#reserve reservation}.
 *
 * <pre>{@code
 * Charge weight = new Charge(requestWeightWindow, 20);
 * }</pre>
 *
 * @param window the window
 * @param units the units, zero or more (zero still waits while the window is over its limit)
 */
public record Charge(LimitWindow window, long units) {
  /**
   * Checks the parts.
   *
   * @param window the window
   * @param units the units, zero or more
   */
  public Charge {
    if (window == null) {
      throw new IllegalArgumentException("A charge needs a window.");
    }
    if (units < 0) {
      throw new IllegalArgumentException("charge of " + units + " units is negative; pass zero or more.");
    }
  }
}
