package dev.signet.testkit;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.RecordedRequest;

/**
 * Kraken's REST call counter as {@link FakeKraken} enforces it when built with
 * {@link FakeKraken.Builder#enforceLimits}: one counter per API key, raised by each private call's
 * cost (1; 2 for {@code Ledgers}, {@code QueryLedgers}, {@code TradesHistory} and
 * {@code QueryTrades}; 0 for {@code AddOrder} and {@code CancelOrder}, which the matching engine
 * limits apart; see {@link Builder#cost}) and falling continuously at the tier's rate (Starter by
 * default: at most 15, less 0.33 a second). A call that would take the counter past its maximum is
 * refused before it is handled and not counted: HTTP 200 {@code {"error":["EAPI:Rate limit
 * exceeded"]}}. Nonces are checked by the fake itself ({@code EAPI:Invalid nonce}); this enforcer
 * counts those answers too. Kraken reports no counts in headers. Thread-safe.
 *
 * <pre>{@code
 * KrakenLimitEnforcer limits = KrakenLimitEnforcer.builder().tier(20, new BigDecimal("0.5")).build();
 * FakeKraken fake = FakeKraken.builder().key(apiKey, secret).enforceLimits(limits).build();
 * }</pre>
 */
public final class KrakenLimitEnforcer extends LimitEnforcer {
  private static final String PRIVATE = "/0/private/";
  private static final long MICROS = 1_000_000;

  private final long maxMicros;
  private final long decayMicrosPerMilli;
  private final Map<String, Integer> costs;
  // guarded by this
  private final Map<String, long[]> counters = new HashMap<>();
  private long admittedCost;
  private int rateLimited;
  private int invalidNonces;

  private KrakenLimitEnforcer(Builder b) {
    super(b.clock);
    maxMicros = b.max * MICROS;
    decayMicrosPerMilli = b.decayPerSecond.movePointRight(3).longValueExact();
    costs = Map.copyOf(b.costs);
  }

  /**
   * A new builder: Kraken's Starter tier (15, 0.33 a second), the documented costs.
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  synchronized Reply admit(RecordedRequest request) {
    String target = request.getTarget();
    String key = request.getHeaders().get("API-Key");
    if (!target.startsWith(PRIVATE) || key == null) {
      return null;
    }
    int cost = costs.getOrDefault(target.substring(PRIVATE.length()), 1);
    long now = millis();
    long[] counter = counters.computeIfAbsent(key, k -> new long[] {0, now});
    counter[0] = Math.max(0, counter[0] - Math.max(0, now - counter[1]) * decayMicrosPerMilli);
    counter[1] = Math.max(counter[1], now);
    if (counter[0] + cost * MICROS > maxMicros) {
      rateLimited++;
      return Reply.krakenError("EAPI:Rate limit exceeded");
    }
    counter[0] += cost * MICROS;
    admittedCost += cost;
    return null;
  }

  @Override
  synchronized Reply report(RecordedRequest request, Reply reply) {
    if (reply.body().contains("\"EAPI:Invalid nonce\"")) {
      invalidNonces++;
    }
    return reply;
  }

  /**
   * The counter of {@code apiKey} now.
   * @param apiKey the API key
   * @return its level, to 6 decimals; zero for a key never seen
   */
  public synchronized BigDecimal level(String apiKey) {
    long[] counter = counters.get(apiKey);
    if (counter == null) {
      return BigDecimal.ZERO.setScale(6);
    }
    long now = millis();
    long level = Math.max(0, counter[0] - Math.max(0, now - counter[1]) * decayMicrosPerMilli);
    return BigDecimal.valueOf(level, 6);
  }

  /**
   * The cost admitted so far, over every key.
   * @return the sum of the costs of the calls admitted
   */
  public synchronized long admittedCost() {
    return admittedCost;
  }

  /**
   * The number of {@code EAPI:Rate limit exceeded} answers so far.
   * @return how many calls were refused for the counter
   */
  public synchronized int rateLimited() {
    return rateLimited;
  }

  /**
   * The number of {@code EAPI:Invalid nonce} answers so far.
   * @return how many calls the fake refused for their nonce
   */
  public synchronized int invalidNonces() {
    return invalidNonces;
  }

  /**
   * Configures a {@link KrakenLimitEnforcer}.
   *
   * <p>Example: {@code KrakenLimitEnforcer.builder().tier(20, new BigDecimal("1")).cost("Balance", 1).build()}
   */
  public static final class Builder {
    private long max = 15;
    private BigDecimal decayPerSecond = new BigDecimal("0.33");
    private final Map<String, Integer> costs = new HashMap<>(Map.of("Ledgers", 2, "QueryLedgers", 2,
        "TradesHistory", 2, "QueryTrades", 2, "AddOrder", 0, "CancelOrder", 0));
    private Clock clock;

    private Builder() {}

    /**
     * The tier's counter: Starter {@code (15, 0.33)}, Intermediate {@code (20, 0.5)}, Pro {@code (20, 1)}.
     * @param max the counter's maximum, 1 or more
     * @param decayPerSecond how much the counter falls a second, more than zero, at most 3 decimals
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1 or {@code decayPerSecond} is not positive or has more than 3 decimals
     */
    public Builder tier(long max, BigDecimal decayPerSecond) {
      if (max < 1) {
        throw new IllegalArgumentException("tier max is " + max + "; pass 1 or more (Starter: 15).");
      }
      Objects.requireNonNull(decayPerSecond, "decayPerSecond");
      if (decayPerSecond.signum() <= 0 || decayPerSecond.stripTrailingZeros().scale() > 3) {
        throw new IllegalArgumentException("tier decayPerSecond is " + decayPerSecond.toPlainString()
            + "; pass more than zero with at most 3 decimals (Starter: 0.33).");
      }
      this.max = max;
      this.decayPerSecond = decayPerSecond;
      return this;
    }

    /**
     * The cost of private method {@code method}, e.g. {@code ("Ledgers", 2)}; 1 when not given.
     * @param method the method name, e.g. {@code Balance}
     * @param cost what one call adds to the counter, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code cost} is negative
     */
    public Builder cost(String method, int cost) {
      if (cost < 0) {
        throw new IllegalArgumentException("cost of " + method + " is " + cost + "; pass 0 or more.");
      }
      costs.put(Objects.requireNonNull(method, "method"), cost);
      return this;
    }

    /**
     * The clock the counter decays on (default the fake's), e.g. a test's accelerated one.
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
    public KrakenLimitEnforcer build() {
      return new KrakenLimitEnforcer(this);
    }
  }
}
