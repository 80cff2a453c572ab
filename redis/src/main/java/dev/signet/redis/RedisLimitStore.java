package dev.signet.redis;

import dev.signet.core.limit.Charge;
import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import dev.signet.core.limit.LimitWindow;
import dev.signet.redis.internal.Scripts;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link LimitStore} on Redis, for a fleet of processes on one IP or one API key: every
 * operation is one Lua script run by {@code EVALSHA}, so a reservation over several windows, a
 * header correction, a hold, a counter's take and a nonce are each decided atomically for every
 * process at once. Windows are keyed by their number on the exchange's clock (the client passes
 * its time, corrected by its offset to the server), counts expire after their window, and the
 * exchange's reported counts raise the shared count (the larger of the two wins).
 *
 * <p>When Redis cannot be reached the call fails unsent with {@link RedisUnavailableException};
 * with {@link Builder#fallbackToInProcess(boolean)} limits are counted in this process instead,
 * with a warning (nonces never fall back). Keys are {@code {prefix}:SCOPE:id:name}, all in one hash
 * slot. Thread-safe; close it to drop the connection.
 *
 * <pre>{@code
 * RedisLimitStore redis = RedisLimitStore.connect("redis://10.0.0.5:6379");
 * BinanceClient client = BinanceClient.builder().credentials(creds).limitStore(redis).build();
 * }</pre>
 */
public final class RedisLimitStore implements LimitStore, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RedisLimitStore.class.getName());
  /** How long after its window a window's count is kept, for late readers. */
  private static final long SLACK_MILLIS = 60_000;

  private final RedisConnector redis;
  private final String prefix;
  private final LimitStore fallback;

  private RedisLimitStore(Builder b) {
    this.redis = new RedisConnector(b.uri, b.timeout);
    this.prefix = "{" + b.prefix + "}:";
    this.fallback = b.fallback ? LimitStore.inProcess() : null;
  }

  /**
   * A store on the Redis at {@code uri} ({@code redis://[:password@]host[:port][/database]} or
   * {@code rediss://} for TLS), failing calls while it is unreachable.
   *
   * @param uri the Redis URI
   * @return the store; it connects on first use
   * @throws IllegalArgumentException when the URI is malformed
   */
  public static RedisLimitStore connect(String uri) {
    return builder().uri(uri).build();
  }

  /**
   * A builder with no URI, the key prefix {@code signet}, a 2 s timeout and no fallback.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Decision reserve(List<LimitKey> holds, List<Charge> charges, long nowMillis) {
    List<String> keys = new ArrayList<>();
    List<String> args = new ArrayList<>(List.of(Integer.toString(holds.size()), Long.toString(nowMillis)));
    holds.forEach(h -> keys.add(key(h)));
    for (Charge c : charges) {
      LimitWindow w = c.window();
      keys.add(windowKey(w, nowMillis));
      args.add(Long.toString(c.units()));
      args.add(Long.toString(w.limit()));
      args.add(Long.toString(w.untilNext(nowMillis)));
      args.add(Long.toString(w.untilNext(nowMillis) + SLACK_MILLIS));
    }
    return run("reserve", () -> fallback.reserve(holds, charges, nowMillis), r -> {
      List<Object> out = redis.eval(r, Scripts.RESERVE, ScriptOutputType.MULTI, keys, args);
      long wait = (Long) out.get(0);
      int index = ((Long) out.get(1)).intValue();
      if (index == 0) {
        return Decision.granted();
      }
      return Decision.refused(wait, index <= holds.size() ? holds.get(index - 1) : charges.get(index - 1 - holds.size()).window().key());
    });
  }

  @Override
  public void observe(LimitWindow window, long count, long nowMillis) {
    String key = windowKey(window, nowMillis);
    List<String> args = List.of(Long.toString(count), Long.toString(window.untilNext(nowMillis) + SLACK_MILLIS));
    run("observe", () -> {
      fallback.observe(window, count, nowMillis);
      return null;
    }, r -> redis.eval(r, Scripts.OBSERVE, ScriptOutputType.INTEGER, List.of(key), args));
  }

  @Override
  public void holdUntil(LimitKey key, long untilMillis, long nowMillis) {
    List<String> args = List.of(Long.toString(untilMillis), Long.toString(Math.max(1, untilMillis - nowMillis) + SLACK_MILLIS));
    run("holdUntil", () -> {
      fallback.holdUntil(key, untilMillis, nowMillis);
      return null;
    }, r -> redis.eval(r, Scripts.HOLD, ScriptOutputType.INTEGER, List.of(key(key)), args));
  }

  @Override
  public long heldUntil(LimitKey key) {
    return run("heldUntil", () -> fallback.heldUntil(key), r -> parse(r.get(key(key))));
  }

  @Override
  public long used(LimitWindow window, long nowMillis) {
    return run("used", () -> fallback.used(window, nowMillis), r -> parse(r.get(windowKey(window, nowMillis))));
  }

  @Override
  public Decision take(DecayingCounter counter, long units, long nowMillis) {
    long wait = counter(counter, units, nowMillis, () -> {
      Decision d = fallback.take(counter, units, nowMillis);
      return d.waitMillis();
    });
    return wait == 0 ? Decision.granted() : Decision.refused(wait, counter.key());
  }

  @Override
  public long level(DecayingCounter counter, long nowMillis) {
    return counter(counter, -1, nowMillis, () -> fallback.level(counter, nowMillis));
  }

  @Override
  public long next(LimitKey sequence, long atLeast) {
    try {
      return redis.eval(redis.commands(), Scripts.NEXT, ScriptOutputType.INTEGER, List.of(key(sequence)),
          List.of(Long.toString(atLeast)));
    } catch (RedisException e) {
      throw unavailable("next", e);
    }
  }

  private long counter(DecayingCounter counter, long units, long nowMillis, Supplier<Long> inProcess) {
    List<String> args = List.of(Long.toString(units), Long.toString(nowMillis), Long.toString(counter.max()),
        Long.toString(counter.decayPerSecond()));
    return run(units < 0 ? "level" : "take", inProcess,
        r -> redis.<Long>eval(r, Scripts.TAKE, ScriptOutputType.INTEGER, List.of(key(counter.key())), args));
  }

  /** Runs {@code op} on Redis; when it is unreachable, on the fallback store or not at all. */
  private <T> T run(String what, Supplier<T> inProcess, Function<RedisCommands<String, String>, T> op) {
    try {
      T value = op.apply(redis.commands());
      redis.up();
      return value;
    } catch (RedisException e) {
      if (fallback == null) {
        throw unavailable(what, e);
      }
      if (redis.down()) {
        LOG.log(Level.WARNING, "Redis at " + redis.address() + " is unreachable (" + redis.describe(e)
            + "); counting rate limits in this process until it answers again. Other processes are not counted.");
      }
      return inProcess.get();
    }
  }

  private RedisUnavailableException unavailable(String what, RedisException e) {
    return new RedisUnavailableException("Not sent: Redis at " + redis.address() + " did not answer the rate-limit"
        + " store's " + what + " (" + redis.describe(e) + "). Start Redis or check the URI; or build the store with"
        + " fallbackToInProcess(true) to count limits in this process meanwhile.", e);
  }

  private String key(LimitKey key) {
    return prefix + key.path();
  }

  private String windowKey(LimitWindow window, long nowMillis) {
    return key(window.key()) + ":" + window.index(nowMillis);
  }

  private static long parse(String value) {
    return value == null ? 0 : Long.parseLong(value);
  }

  /** Closes the connection. */
  @Override
  public void close() {
    redis.close();
  }

  /** Shown by its address, never its password. */
  @Override
  public String toString() {
    return "RedisLimitStore{" + redis.address() + ", prefix " + prefix + (fallback != null ? ", fallback in-process" : "") + "}";
  }

  /** Configures a {@link RedisLimitStore}. Not thread-safe; the store it builds is. */
  public static final class Builder {
    private String uri;
    private String prefix = "signet";
    private java.time.Duration timeout = java.time.Duration.ofSeconds(2);
    private boolean fallback;

    private Builder() {}

    /**
     * The Redis URI, e.g. {@code redis://10.0.0.5:6379} or {@code rediss://:password@host:6380/2}.
     *
     * @param uri the Redis URI
     * @return this builder
     */
    public Builder uri(String uri) {
      RedisConnector.parse(uri);
      this.uri = uri;
      return this;
    }

    /**
     * The key prefix (default {@code signet}): fleets that must not share limits use different prefixes.
     *
     * @param prefix letters, digits, {@code -}, {@code _} or {@code .}
     * @return this builder
     */
    public Builder prefix(String prefix) {
      if (prefix == null || !prefix.matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalArgumentException("prefix \"" + prefix + "\" is not 1 to 64 letters, digits, '-', '_' or"
            + " '.'; pass e.g. \"signet-prod\".");
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * How long one Redis command may take before the call fails (default 2 s).
     *
     * @param timeout more than zero
     * @return this builder
     */
    public Builder timeout(java.time.Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout " + timeout + " is not positive; pass e.g. Duration.ofSeconds(2).");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * With {@code true}, limits are counted in this process (with a warning) while Redis is
     * unreachable, instead of failing the call; nonces still fail. Default {@code false}.
     *
     * @param enabled whether to fall back
     * @return this builder
     */
    public Builder fallbackToInProcess(boolean enabled) {
      this.fallback = enabled;
      return this;
    }

    /**
     * The store; it connects on first use.
     *
     * @return the store
     * @throws IllegalStateException when no URI was given
     */
    public RedisLimitStore build() {
      if (uri == null) {
        throw new IllegalStateException("RedisLimitStore needs a URI; call uri(\"redis://host:6379\").");
      }
      return new RedisLimitStore(this);
    }
  }
}
