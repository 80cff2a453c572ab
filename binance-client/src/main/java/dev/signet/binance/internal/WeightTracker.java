package dev.signet.binance.internal;

import dev.signet.binance.BinanceLimits;
import dev.signet.binance.IpBannedException;
import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.RateLimiter;
import dev.signet.core.Ticker;
import dev.signet.core.internal.OffsetClock;
import dev.signet.core.limit.Charge;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitKey.Scope;
import dev.signet.core.limit.LimitStore;
import dev.signet.core.limit.LimitWindow;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import okhttp3.Response;

/**
 * Binance's limits for one host, kept in a {@link LimitStore}: REQUEST_WEIGHT per minute (rows with
 * {@link Endpoint.Limit#IP_WEIGHT}), the ORDERS windows (each row's {@link Endpoint#orderCount()}),
 * and the SAPI budgets each SAPI endpoint has of its own (12,000 a minute per IP, 180,000 per
 * account), corrected from every response's {@code X-MBX-USED-WEIGHT-1M}, {@code X-MBX-ORDER-COUNT-*}
 * and {@code X-SAPI-USED-*-WEIGHT-1M} headers (the larger of ours and the exchange's); a 429's
 * {@code Retry-After} holds back every call to the host, and a 418 stops them all until the ban
 * ends. A call that would pass a limit waits for the next window (at most {@code maxWait}; zero
 * means fail fast) instead of being sent. Windows are aligned to the exchange's clock. This class is
 * the policy; the store only counts, so a shared store shares the budget. Not API; see
 * {@code BinanceClient.Builder.rateLimits}.
 */
public final class WeightTracker implements RateLimiter {
  private static final System.Logger LOG = System.getLogger(WeightTracker.class.getName());

  /** SAPI: each endpoint's own budget per IP, per minute. */
  public static final long SAPI_IP_WEIGHT_PER_MINUTE = 12_000;
  /** SAPI: each endpoint's own budget per account, per minute. */
  public static final long SAPI_UID_WEIGHT_PER_MINUTE = 180_000;

  /** A window, the label it is shown by and the header the exchange reports its count in. */
  private record Limit(LimitWindow window, String label, String header) {}

  private final String host;
  private final String account;
  private final Ticker ticker;
  private final LongSupplier exchangeMillis;
  private final Duration maxWait;
  private final LimitStore store;
  private final Limit weight;
  private final List<Limit> orders = new ArrayList<>();
  private final ConcurrentMap<String, Limit> sapi = new ConcurrentHashMap<>();
  private final LimitKey hold;
  private final LimitKey ban;
  private final List<LimitKey> holds;

  /**
   * A tracker counting in this process, its windows on the ticker's wall clock.
   *
   * @param host the host, for messages
   * @param limits its limits
   * @param maxWait the longest a call may wait for a limit; zero fails fast
   * @param ticker the time windows are aligned to (its wall clock) and holds are waited on
   */
  public WeightTracker(String host, BinanceLimits limits, Duration maxWait, Ticker ticker) {
    this(host, "local", limits, maxWait, ticker, LimitStore.inProcess(), () -> ticker.wallClock().millis());
  }

  /**
   * @param host the host: the IP limits' id, and shown in messages
   * @param account the account's id (the API key's {@link LimitKey#fingerprint}): the order and UID limits' id
   * @param limits its limits
   * @param maxWait the longest a call may wait for a limit; zero fails fast
   * @param ticker the time holds are waited on
   * @param store where the counts are kept
   * @param exchangeMillis the exchange's time in epoch millis, which windows are aligned to
   */
  public WeightTracker(String host, String account, BinanceLimits limits, Duration maxWait, Ticker ticker,
      LimitStore store, LongSupplier exchangeMillis) {
    this.host = host;
    this.account = account;
    this.ticker = ticker;
    this.exchangeMillis = exchangeMillis;
    this.maxWait = maxWait;
    this.store = store;
    this.weight = limit(Scope.IP, host, "REQUEST_WEIGHT 1m", "X-MBX-USED-WEIGHT-1M", 60_000, limits.requestWeightPerMinute());
    orders.add(limit(Scope.ACCOUNT, account, "ORDERS 10s", "X-MBX-ORDER-COUNT-10S", 10_000, limits.ordersPer10Seconds()));
    if (limits.ordersPerMinute() > 0) {
      orders.add(limit(Scope.ACCOUNT, account, "ORDERS 1m", "X-MBX-ORDER-COUNT-1M", 60_000, limits.ordersPerMinute()));
    }
    if (limits.ordersPerDay() > 0) {
      orders.add(limit(Scope.ACCOUNT, account, "ORDERS 1d", "X-MBX-ORDER-COUNT-1D", 86_400_000, limits.ordersPerDay()));
    }
    this.ban = LimitKey.of(Scope.IP, host, "418 ban");
    this.hold = LimitKey.of(Scope.IP, host, "Retry-After hold");
    this.holds = List.of(ban, hold);
  }

  /**
   * The exchange's time for a host's windows: the ticker's wall clock, plus the offset to the
   * server's time when that clock is the system's (the offset is measured against it; a test's
   * ticker is taken to run on the exchange's time).
   *
   * @param ticker the client's ticker
   * @param clock the host's signing clock, whose offset is kept in step with the server
   * @return the exchange's time in epoch millis
   */
  public static LongSupplier exchangeTime(Ticker ticker, OffsetClock clock) {
    Clock wall = ticker.wallClock();
    return ticker == Ticker.system() ? () -> wall.millis() + clock.offset().toMillis() : wall::millis;
  }

  /** A window named after the host (orders count per host and account: Spot and futures differ). */
  private Limit limit(Scope scope, String id, String label, String header, long lengthMillis, long units) {
    String name = scope == Scope.IP ? label : host + " " + label;
    return new Limit(new LimitWindow(LimitKey.of(scope, id, name), lengthMillis, units), label, header);
  }

  @Override
  public void acquire(Endpoint endpoint, int units) {
    List<Charge> charges = new ArrayList<>(1 + orders.size());
    Limit budget = budget(endpoint);
    if (budget != null) {
      charges.add(new Charge(budget.window(), units));
    }
    if (endpoint.orderCount() > 0) {
      for (Limit w : orders) {
        charges.add(new Charge(w.window(), endpoint.orderCount()));
      }
    }
    while (true) {
      long now = exchangeMillis.getAsLong();
      Decision d = store.reserve(holds, charges, now);
      if (d.isGranted()) {
        if (budget != null && LOG.isLoggable(Level.DEBUG)) {
          LOG.log(Level.DEBUG, usage(budget, exchangeMillis.getAsLong()).toString());
        }
        return;
      }
      if (d.blockedBy().equals(ban)) {
        throw new IpBannedException(host, Instant.ofEpochMilli(now + d.waitMillis()), Instant.ofEpochMilli(now));
      }
      waitOrRefuse(d.waitMillis(), d.blockedBy().equals(hold) ? "the Retry-After of a 429" : describe(d.blockedBy()));
    }
  }

  /** The label and limit of the window {@code key} names. */
  private String describe(LimitKey key) {
    for (Limit l : all()) {
      if (l.window().key().equals(key)) {
        return l.label() + " (limit " + l.window().limit() + ")";
      }
    }
    return key.name();
  }

  /** The window an endpoint's weight counts against, or null when it is not counted. */
  private Limit budget(Endpoint endpoint) {
    return switch (endpoint.limit()) {
      case IP_WEIGHT -> weight;
      case SAPI_IP_WEIGHT -> sapi.computeIfAbsent("IP " + endpoint.path(), k -> limit(Scope.IP, host,
          "SAPI IP weight 1m " + endpoint.path(), "X-SAPI-USED-IP-WEIGHT-1M", 60_000, SAPI_IP_WEIGHT_PER_MINUTE));
      case SAPI_UID_WEIGHT -> sapi.computeIfAbsent("UID " + endpoint.path(), k -> limit(Scope.UID, account,
          "SAPI UID weight 1m " + endpoint.path(), "X-SAPI-USED-UID-WEIGHT-1M", 60_000, SAPI_UID_WEIGHT_PER_MINUTE));
      case NONE, CALL_COUNTER -> null;
    };
  }

  @Override
  public void onResponse(Endpoint endpoint, Response response) {
    observed(endpoint, response.code(), response::header,
        response.code() == 429 || response.code() == 418 ? retryAfterMillis(response) : 0);
  }

  /**
   * Records what the exchange reported for a call to {@code endpoint}, from an HTTP response or a
   * stream's answer alike: each count by the header it is named after ({@code X-MBX-USED-WEIGHT-1M},
   * {@code X-MBX-ORDER-COUNT-10S}, …; the larger of ours and the exchange's wins), and for a 429 or
   * 418 the hold or ban for {@code retryAfterMillis}.
   *
   * @param endpoint the endpoint called
   * @param status the HTTP status (or the stream's equivalent)
   * @param reported a count by its header name, or null when not reported
   * @param retryAfterMillis for a 429 or 418, how long to hold every call to the host
   */
  public void observed(Endpoint endpoint, int status, UnaryOperator<String> reported, long retryAfterMillis) {
    long now = exchangeMillis.getAsLong();
    Limit budget = budget(endpoint);
    if (budget != null) {
      observe(budget, reported, now);
    }
    for (Limit w : orders) {
      observe(w, reported, now);
    }
    if (status == 429 || status == 418) {
      long until = now + retryAfterMillis;
      store.holdUntil(status == 418 ? ban : hold, until, now);
      LOG.log(Level.WARNING, "Binance answered " + status + " on " + host + "; holding calls until "
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
    long now = exchangeMillis.getAsLong();
    List<RateLimitUsage> out = new ArrayList<>();
    for (Limit l : all()) {
      out.add(usage(l, now));
    }
    return out;
  }

  private List<Limit> all() {
    List<Limit> all = new ArrayList<>(orders.size() + 1 + sapi.size());
    all.add(weight);
    all.addAll(orders);
    all.addAll(sapi.values());
    return all;
  }

  private RateLimitUsage usage(Limit l, long now) {
    return new RateLimitUsage(host + " " + l.label(), store.used(l.window(), now), l.window().limit(),
        Duration.ofMillis(l.window().lengthMillis()));
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

  private void observe(Limit w, UnaryOperator<String> reported, long now) {
    String value = reported.apply(w.header());
    if (value != null) {
      try {
        store.observe(w.window(), Long.parseLong(value.trim()), now);
      } catch (NumberFormatException ignored) {
        // a header we cannot read does not change the count
      }
    }
  }
}
