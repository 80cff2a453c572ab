package dev.signet.binance.internal;

import dev.signet.binance.BinanceLimits;
import dev.signet.binance.IpBannedException;
import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.RateLimiter;
import java.lang.System.Logger.Level;
import dev.signet.core.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Response;

/**
 * Binance's limits for one host, counted in this process: REQUEST_WEIGHT per minute (rows with
 * {@link Endpoint.Limit#IP_WEIGHT}), the ORDERS windows (each row's {@link Endpoint#orderCount()}),
 * and the SAPI budgets each SAPI endpoint has of its own (12,000 a minute per IP, 180,000 per
 * account), corrected from every response's {@code X-MBX-USED-WEIGHT-1M}, {@code X-MBX-ORDER-COUNT-*}
 * and {@code X-SAPI-USED-*-WEIGHT-1M} headers; a 429's {@code Retry-After} holds back every call to the host,
 * and a 418 stops them all until the ban ends. A call that would pass a limit waits for the next
 * window (at most {@code maxWait}; zero means fail fast) instead of being sent. Not API; see
 * {@code BinanceClient.Builder.rateLimits}.
 */
public final class WeightTracker implements RateLimiter {
  private static final System.Logger LOG = System.getLogger(WeightTracker.class.getName());

  /**
   * A fixed window aligned to the clock, as Binance counts. Lock-free: the window's index and the
   * units used in it share one {@code AtomicLong} (index in the high 32 bits, units in the low 32),
   * so concurrent calls never queue here; a call in a new window starts from zero.
   */
  private static final class Window {
    private static final long MAX_USED = 0xFFFF_FFFFL;

    final String name;
    final String header;
    final long lengthMillis;
    final long limit;
    private final AtomicLong state = new AtomicLong();

    Window(String name, String header, long lengthMillis, long limit) {
      this.name = name;
      this.header = header;
      this.lengthMillis = lengthMillis;
      this.limit = limit;
    }

    /** Reserves {@code units}, or returns the millis to wait for the next window. */
    long tryReserve(long units, long now) {
      long index = index(now);
      while (true) {
        long s = state.get();
        long used = usedIn(s, index);
        if (used + units > limit && !(used == 0 && units > limit)) {
          return lengthMillis - Math.floorMod(now, lengthMillis);
        }
        if (state.compareAndSet(s, index << 32 | Math.min(used + units, MAX_USED))) {
          return 0;
        }
      }
    }

    /** Raises the count to what the server reports, never lowers it. */
    void observe(long serverCount, long now) {
      long index = index(now);
      while (true) {
        long s = state.get();
        long used = usedIn(s, index);
        long next = Math.max(used, Math.min(serverCount, MAX_USED));
        if (next == used || state.compareAndSet(s, index << 32 | next)) {
          return;
        }
      }
    }

    RateLimitUsage usage(String host, long now) {
      return new RateLimitUsage(host + " " + name, usedIn(state.get(), index(now)), limit, Duration.ofMillis(lengthMillis));
    }

    private long index(long now) {
      return Math.floorDiv(now, lengthMillis) & 0xFFFF_FFFFL;
    }

    private static long usedIn(long state, long index) {
      return state >>> 32 == index ? state & MAX_USED : 0;
    }
  }

  private final String host;
  private final Ticker ticker;
  private final Clock clock;
  private final Duration maxWait;
  private final Window weight;
  private final List<Window> orders = new ArrayList<>();
  private final ConcurrentMap<String, Window> sapi = new ConcurrentHashMap<>();
  private volatile long holdUntil;
  private volatile long bannedUntil;

  /**
   * @param host the host, for messages
   * @param limits its limits
   * @param maxWait the longest a call may wait for a limit; zero fails fast
   * @param ticker the time windows are aligned to (its wall clock) and holds are waited on
   */
  public WeightTracker(String host, BinanceLimits limits, Duration maxWait, Ticker ticker) {
    this.host = host;
    this.ticker = ticker;
    this.clock = ticker.wallClock();
    this.maxWait = maxWait;
    this.weight = new Window("REQUEST_WEIGHT 1m", "X-MBX-USED-WEIGHT-1M", 60_000, limits.requestWeightPerMinute());
    orders.add(new Window("ORDERS 10s", "X-MBX-ORDER-COUNT-10S", 10_000, limits.ordersPer10Seconds()));
    if (limits.ordersPerMinute() > 0) {
      orders.add(new Window("ORDERS 1m", "X-MBX-ORDER-COUNT-1M", 60_000, limits.ordersPerMinute()));
    }
    if (limits.ordersPerDay() > 0) {
      orders.add(new Window("ORDERS 1d", "X-MBX-ORDER-COUNT-1D", 86_400_000, limits.ordersPerDay()));
    }
  }

  /** SAPI: each endpoint's own budget per IP, per minute. */
  public static final long SAPI_IP_WEIGHT_PER_MINUTE = 12_000;
  /** SAPI: each endpoint's own budget per account, per minute. */
  public static final long SAPI_UID_WEIGHT_PER_MINUTE = 180_000;

  @Override
  public void acquire(Endpoint endpoint, int units) {
    long now = clock.millis();
    if (bannedUntil > now) {
      throw new IpBannedException(host, Instant.ofEpochMilli(bannedUntil), Instant.ofEpochMilli(now));
    }
    if (holdUntil > now) {
      waitOrRefuse(holdUntil - now, "the Retry-After of a 429");
    }
    Window budget = budget(endpoint);
    if (budget != null) {
      reserve(budget, units);
    }
    if (endpoint.orderCount() > 0) {
      for (Window w : orders) {
        reserve(w, endpoint.orderCount());
      }
    }
  }

  /** The window an endpoint's weight counts against, or null when it is not counted. */
  private Window budget(Endpoint endpoint) {
    return switch (endpoint.limit()) {
      case IP_WEIGHT -> weight;
      case SAPI_IP_WEIGHT -> sapi.computeIfAbsent("IP " + endpoint.path(), k -> new Window(
          "SAPI IP weight 1m " + endpoint.path(), "X-SAPI-USED-IP-WEIGHT-1M", 60_000, SAPI_IP_WEIGHT_PER_MINUTE));
      case SAPI_UID_WEIGHT -> sapi.computeIfAbsent("UID " + endpoint.path(), k -> new Window(
          "SAPI UID weight 1m " + endpoint.path(), "X-SAPI-USED-UID-WEIGHT-1M", 60_000, SAPI_UID_WEIGHT_PER_MINUTE));
      case NONE, CALL_COUNTER -> null;
    };
  }

  @Override
  public void onResponse(Endpoint endpoint, Response response) {
    long now = clock.millis();
    Window budget = budget(endpoint);
    if (budget != null) {
      observe(budget, response, now);
    }
    for (Window w : orders) {
      observe(w, response, now);
    }
    if (response.code() == 429 || response.code() == 418) {
      long until = now + retryAfterMillis(response);
      if (response.code() == 418) {
        bannedUntil = Math.max(bannedUntil, until);
      } else {
        holdUntil = Math.max(holdUntil, until);
      }
      LOG.log(Level.WARNING, "Binance answered " + response.code() + " on " + host + "; holding calls until "
          + Instant.ofEpochMilli(until));
    }
  }

  /**
   * {@code Retry-After} in millis; 60 s when absent or unreadable.
   *
   * @param response the HTTP response
   * @return the {@code Retry-After} delay in milliseconds; 60000 (60 s) when absent or unreadable
   */
  public static long retryAfterMillis(Response response) {
    String value = response.header("Retry-After");
    try {
      return value == null ? 60_000 : Math.max(0, Long.parseLong(value.trim())) * 1000;
    } catch (NumberFormatException e) {
      return 60_000;
    }
  }

  @Override
  public List<RateLimitUsage> usage() {
    long now = clock.millis();
    List<RateLimitUsage> out = new ArrayList<>();
    out.add(weight.usage(host, now));
    for (Window w : orders) {
      out.add(w.usage(host, now));
    }
    for (Window w : sapi.values()) {
      out.add(w.usage(host, now));
    }
    return out;
  }

  private void reserve(Window window, long units) {
    while (true) {
      long wait = window.tryReserve(units, clock.millis());
      if (wait <= 0) {
        if (LOG.isLoggable(Level.DEBUG)) {
          LOG.log(Level.DEBUG, window.usage(host, clock.millis()).toString());
        }
        return;
      }
      waitOrRefuse(wait, window.name + " (limit " + window.limit + ")");
    }
  }

  private void waitOrRefuse(long millis, String what) {
    if (millis > maxWait.toMillis()) {
      throw new RateLimitedException("Not sent: " + host + " " + what + " allows the next call in " + millis
          + " ms, longer than the allowed wait of " + maxWait.toMillis() + " ms.", Duration.ofMillis(millis));
    }
    try {
      ticker.sleep(Duration.ofMillis(millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RateLimitedException("Interrupted while waiting for " + host + " " + what, Duration.ofMillis(millis));
    }
  }

  private static void observe(Window w, Response response, long now) {
    String value = response.header(w.header);
    if (value != null) {
      try {
        w.observe(Long.parseLong(value.trim()), now);
      } catch (NumberFormatException ignored) {
        // a header we cannot read does not change the count
      }
    }
  }
}
