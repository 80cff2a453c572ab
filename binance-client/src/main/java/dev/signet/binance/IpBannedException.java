package dev.signet.binance;

import dev.signet.core.RateLimitedException;
import java.time.Duration;
import java.time.Instant;

/**
 * Binance banned this IP (HTTP 418) for continuing after 429s. Until {@link #until()} every call to
 * that host fails with this exception without being sent; bans grow from 2 minutes to 3 days for
 * repeat offenders.
 *
 * <pre>{@code
 * catch (IpBannedException e) { stopTradingUntil(e.until()); }
 * }</pre>
 */
public final class IpBannedException extends RateLimitedException {
  private final String host;
  private final Instant until;

  /**
   * @param host the banned host, e.g. {@code api.binance.com}
   * @param until when the ban ends
   * @param now the current time
   */
  public IpBannedException(String host, Instant until, Instant now) {
    super("Binance banned this IP on " + host + " until " + until + " (HTTP 418 after repeated 429s); calls to it"
        + " are not sent until then. Reduce request weight or use WebSocket streams for live data.",
        Duration.between(now, until).isNegative() ? Duration.ZERO : Duration.between(now, until));
    this.host = host;
    this.until = until;
  }

  /**
   * The banned host.
   *
   * @return the banned host
   */
  public String host() {
    return host;
  }

  /**
   * When the ban ends.
   *
   * @return when the ban ends
   */
  public Instant until() {
    return until;
  }
}
