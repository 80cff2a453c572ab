package dev.signet.kraken.trading;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to {@code POST /0/private/CancelAllOrdersAfter}, Kraken's dead man's switch: Kraken's
 * time and the time every open order will be cancelled unless the switch is armed again (empty
 * when {@code timeout=0} turned it off; Kraken then answers {@code "0"}).
 *
 * <pre>{@code
 * CancelAllOrdersAfterResult armed = kraken.trading().cancelAllOrdersAfter(60);
 * Instant deadline = armed.triggerTime().orElseThrow();
 * }</pre>
 *
 * @param currentTime Kraken's time when it armed (or disarmed) the switch
 * @param triggerTime when Kraken cancels every open order; empty when the switch is off
 */
public record CancelAllOrdersAfterResult(Instant currentTime, Optional<Instant> triggerTime) {
  /**
   * Checks both members are present.
   *
   * @param currentTime Kraken's time
   * @param triggerTime the trigger time, or empty
   */
  public CancelAllOrdersAfterResult {
    Objects.requireNonNull(currentTime, "currentTime");
    Objects.requireNonNull(triggerTime, "triggerTime");
  }
}
