package dev.signet.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;

/**
 * Binance's IP and order limits as {@link FakeBinance} enforces them when built with
 * {@link FakeBinance.Builder#enforceLimits}: REQUEST_WEIGHT per minute and the ORDERS windows per
 * 10 seconds and per day, each a fixed window aligned to the clock (second 0 of each minute, each
 * 10 s, each UTC day), as Binance counts.
 *
 * <p>A request whose weight does not fit the minute is refused, not counted and not handled:
 * {@code 429 {"code":-1003,"msg":"Too much request weight used; current limit is N request weight
 * per 1 MINUTE. …"}} with {@code Retry-After} the seconds until the next minute; an order past an
 * ORDERS window likewise with {@code -1015 Too many new orders; current limit is N orders per 10
 * SECOND.} (or {@code 1 DAY}). The 429s answered within one minute window are strikes: the request
 * past {@link Builder#bansAfter} strikes bans the IP, and every request until the ban ends is
 * answered {@code 418 {"code":-1003,"msg":"Way too much request weight used; IP banned until
 * <epoch ms>. …"}} with {@code Retry-After} its remaining seconds. Every answer carries
 * {@code X-MBX-USED-WEIGHT-1M}, order endpoints' also {@code X-MBX-ORDER-COUNT-10S} and
 * {@code X-MBX-ORDER-COUNT-1D}. Weights are per {@code METHOD path} ({@link Builder#weight},
 * default 1); order endpoints count 1 order ({@code POST /api/v3/order}, {@code sor/order},
 * {@code order/cancelReplace}; see {@link Builder#orders}). Thread-safe.
 *
 * <pre>{@code
 * BinanceLimitEnforcer limits = BinanceLimitEnforcer.builder().weightPerMinute(6000).ordersPer10Seconds(100)
 *     .weight("GET", "/api/v3/account", 20).build();
 * FakeBinance fake = FakeBinance.builder().hmacKey("k", "s").enforceLimits(limits).build();
 * }</pre>
 */
public final class BinanceLimitEnforcer extends LimitEnforcer {
  private static final long MINUTE = 60_000;
  private static final long TEN_SECONDS = 10_000;
  private static final long DAY = 86_400_000;

  private final long weightPerMinute;
  private final long ordersPer10Seconds;
  private final long ordersPerDay;
  private final int bansAfter;
  private final Duration ban;
  private final Map<String, Integer> weights;
  private final Map<String, Integer> orders;
  // the state below is guarded by this
  private final Window weight = new Window(MINUTE);
  private final Window tenSeconds = new Window(TEN_SECONDS);
  private final Window day = new Window(DAY);
  private final TreeMap<Long, Long> weightByMinute = new TreeMap<>();
  private long strikeWindow = Long.MIN_VALUE;
  private int strikes;
  private long bannedUntil;
  private int tooMany;
  private int banned;

  /** One fixed window: its number and what it counted. */
  private static final class Window {
    final long length;
    long index = Long.MIN_VALUE;
    long used;

    Window(long length) {
      this.length = length;
    }

    long used(long now) {
      if (Math.floorDiv(now, length) != index) {
        index = Math.floorDiv(now, length);
        used = 0;
      }
      return used;
    }

    long retryAfterSeconds(long now) {
      long millis = length - Math.floorMod(now, length);
      return (millis + 999) / 1000;
    }
  }

  private BinanceLimitEnforcer(Builder b) {
    super(b.clock);
    weightPerMinute = b.weightPerMinute;
    ordersPer10Seconds = b.ordersPer10Seconds;
    ordersPerDay = b.ordersPerDay;
    bansAfter = b.bansAfter;
    ban = b.ban;
    weights = Map.copyOf(b.weights);
    orders = Map.copyOf(b.orders);
  }

  /**
   * A new builder with the limits of the Spot docs' exchangeInfo example: 6,000 weight a minute,
   * 50 orders per 10 s, 160,000 a day; a 2-minute ban (Binance's shortest) after 3 strikes.
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  synchronized Reply admit(RecordedRequest request) {
    long now = millis();
    String route = route(request);
    if (now < bannedUntil) {
      banned++;
      return banned(now);
    }
    int w = weights.getOrDefault(route, 1);
    int o = orders.getOrDefault(route, 0);
    if (weight.used(now) + w > weightPerMinute) {
      return strike(now, weight, weightBody(weightPerMinute));
    }
    if (o > 0 && tenSeconds.used(now) + o > ordersPer10Seconds) {
      return strike(now, tenSeconds, ordersBody(ordersPer10Seconds, "10 SECOND"));
    }
    if (o > 0 && day.used(now) + o > ordersPerDay) {
      return strike(now, day, ordersBody(ordersPerDay, "1 DAY"));
    }
    weight.used += w;
    tenSeconds.used += o;
    day.used += o;
    weightByMinute.merge(weight.index * MINUTE, (long) w, Long::sum);
    return null;
  }

  @Override
  synchronized Reply report(RecordedRequest request, Reply reply) {
    long now = millis();
    Reply out = reply.withHeader("X-MBX-USED-WEIGHT-1M", Long.toString(weight.used(now)));
    if (orders.containsKey(route(request))) {
      out = out.withHeader("X-MBX-ORDER-COUNT-10S", Long.toString(tenSeconds.used(now)))
          .withHeader("X-MBX-ORDER-COUNT-1D", Long.toString(day.used(now)));
    }
    return out;
  }

  /**
   * The number of 429s answered so far.
   * @return how many requests were refused with 429
   */
  public synchronized int tooManyRequests() {
    return tooMany;
  }

  /**
   * The number of 418s answered so far (the request that earned the ban and those during it).
   * @return how many requests were refused with 418
   */
  public synchronized int bans() {
    return banned;
  }

  /**
   * The weight admitted in each minute window so far.
   * @return the start of each minute (epoch millis of the enforcer's clock) to the weight admitted in it, oldest first (a copy)
   */
  public synchronized Map<Long, Long> weightByMinute() {
    return new TreeMap<>(weightByMinute);
  }

  /** A 429, or the ban it earns when it is one strike too many in this minute. */
  private Reply strike(long now, Window refused, String body) {
    long minute = Math.floorDiv(now, MINUTE);
    if (minute != strikeWindow) {
      strikeWindow = minute;
      strikes = 0;
    }
    if (++strikes > bansAfter) {
      bannedUntil = now + ban.toMillis();
      banned++;
      return banned(now);
    }
    tooMany++;
    return Reply.json(429, body).withHeader("Retry-After", Long.toString(refused.retryAfterSeconds(now)))
        .withHeader("X-MBX-USED-WEIGHT-1M", Long.toString(weight.used(now)));
  }

  private Reply banned(long now) {
    return Reply.json(418, bannedBody(bannedUntil))
        .withHeader("Retry-After", Long.toString((bannedUntil - now + 999) / 1000))
        .withHeader("X-MBX-USED-WEIGHT-1M", Long.toString(weight.used(now)));
  }

  private static String route(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    return request.getMethod() + " " + (q < 0 ? target : target.substring(0, q));
  }

  /** Binance's body for a 429 past the request weight. */
  static String weightBody(long limit) {
    return "{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is " + limit + " request weight per 1"
        + " MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.\"}";
  }

  /** Binance's body for a 418 ban. */
  static String bannedBody(long untilMillis) {
    return "{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until " + untilMillis
        + ". Please use WebSocket Streams for live updates to avoid bans.\"}";
  }

  private static String ordersBody(long limit, String interval) {
    return "{\"code\":-1015,\"msg\":\"Too many new orders; current limit is " + limit + " orders per " + interval + ".\"}";
  }

  /**
   * Configures a {@link BinanceLimitEnforcer}.
   *
   * <p>Example: {@code BinanceLimitEnforcer.builder().weightPerMinute(120).ordersPer10Seconds(10).build()}
   */
  public static final class Builder {
    private long weightPerMinute = 6_000;
    private long ordersPer10Seconds = 50;
    private long ordersPerDay = 160_000;
    private int bansAfter = 3;
    private Duration ban = Duration.ofMinutes(2);
    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, Integer> orders = new HashMap<>(Map.of("POST /api/v3/order", 1,
        "POST /api/v3/sor/order", 1, "POST /api/v3/order/cancelReplace", 1));
    private Clock clock;

    private Builder() {}

    /**
     * REQUEST_WEIGHT per minute (default 6,000).
     * @param limit the weight one minute admits, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder weightPerMinute(long limit) {
      weightPerMinute = positive(limit, "weightPerMinute");
      return this;
    }

    /**
     * ORDERS per 10 seconds (default 50).
     * @param limit the orders one 10-second window admits, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder ordersPer10Seconds(long limit) {
      ordersPer10Seconds = positive(limit, "ordersPer10Seconds");
      return this;
    }

    /**
     * ORDERS per day (default 160,000).
     * @param limit the orders one UTC day admits, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder ordersPerDay(long limit) {
      ordersPerDay = positive(limit, "ordersPerDay");
      return this;
    }

    /**
     * How many 429s one minute window answers before the next refusal is a ban, and how long the ban lasts.
     * @param strikes the 429s tolerated per minute window, 0 or more
     * @param duration the ban, more than zero
     * @return this builder
     * @throws IllegalArgumentException if {@code strikes} is negative or {@code duration} not positive
     */
    public Builder bansAfter(int strikes, Duration duration) {
      if (strikes < 0) {
        throw new IllegalArgumentException("bansAfter strikes is " + strikes + "; pass 0 or more (Binance bans after a few 429s).");
      }
      if (Objects.requireNonNull(duration, "duration").isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("ban duration " + duration + " is not positive; pass e.g. Duration.ofMinutes(2).");
      }
      bansAfter = strikes;
      ban = duration;
      return this;
    }

    /**
     * The weight of {@code method path} (default 1), as Binance's docs give it, e.g. 20 for {@code GET /api/v3/account}.
     * @param method the HTTP method
     * @param path the path without query
     * @param weight the weight, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is negative
     */
    public Builder weight(String method, String path, int weight) {
      weights.put(key(method, path), (int) atLeastZero(weight, "weight"));
      return this;
    }

    /**
     * The orders {@code method path} counts in the ORDERS windows (0 makes it no order endpoint).
     * @param method the HTTP method
     * @param path the path without query
     * @param count the orders counted per request, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder orders(String method, String path, int count) {
      if (atLeastZero(count, "count") == 0) {
        orders.remove(key(method, path));
      } else {
        orders.put(key(method, path), count);
      }
      return this;
    }

    /**
     * The clock the windows are aligned to (default the fake's), e.g. a test's accelerated one.
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The enforcer, for one fake.
     * @return the enforcer
     */
    public BinanceLimitEnforcer build() {
      return new BinanceLimitEnforcer(this);
    }

    private static String key(String method, String path) {
      return Objects.requireNonNull(method, "method") + " " + Objects.requireNonNull(path, "path");
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " is " + value + "; pass 1 or more.");
      }
      return value;
    }

    private static long atLeastZero(long value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " is " + value + "; pass 0 or more.");
      }
      return value;
    }
  }
}
