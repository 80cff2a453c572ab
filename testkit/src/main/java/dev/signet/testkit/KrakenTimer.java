package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@link FakeKraken}'s dead man's switch (CancelAllOrdersAfter): armed with a timeout in seconds, it
 * fires once the fake clock reaches the trigger time, which the fake checks on every request, on
 * {@link FakeKraken#setPrice} and on {@link FakeKraken#advance}; {@code timeout=0} disarms it.
 * Synchronized.
 */
final class KrakenTimer {
  private final Clock clock;
  private long triggerMillis = -1;

  KrakenTimer(Clock clock) {
    this.clock = clock;
  }

  /** CancelAllOrdersAfter: {@code timeout} 0..86399 seconds → {@code {currentTime, triggerTime}} (RFC 3339; {@code "0"} when disarmed). */
  synchronized Object arm(Map<String, String> p) throws KrakenError {
    int timeout = KrakenTradeParams.integer(p, "timeout", 0, 86399, -1);
    if (timeout < 0) {
      throw KrakenTradeParams.invalid("timeout");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    triggerMillis = timeout == 0 ? -1 : clock.millis() + timeout * 1000L;
    Map<String, Object> out = Json.object();
    out.put("currentTime", now.toString());
    out.put("triggerTime", timeout == 0 ? "0" : now.plusSeconds(timeout).toString());
    return out;
  }

  /** True once, when the switch is armed and the clock has reached its trigger time (it disarms). */
  synchronized boolean due() {
    if (triggerMillis < 0 || clock.millis() < triggerMillis) {
      return false;
    }
    triggerMillis = -1;
    return true;
  }
}
