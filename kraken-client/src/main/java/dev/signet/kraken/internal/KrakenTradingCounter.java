package dev.signet.kraken.internal;

import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.kraken.KrakenTier;
import dev.signet.core.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kraken's per-pair matching-engine counter, estimated in this process: AddOrder adds 1; CancelOrder
 * adds 8, 6, 5, 4, 2 or 1 for an order younger than 5, 10, 15, 45, 90 or 300 seconds (nothing when
 * older); each pair's counter decays at the tier's rate. An order action that would pass the tier's
 * threshold waits (at most {@code maxWait}) instead of drawing {@code EOrder:Rate limit exceeded}.
 * Orders placed elsewhere are unknown here and cost nothing to cancel in this estimate. Counted in
 * hundredths; synchronized. Not API.
 */
public final class KrakenTradingCounter {
  private static final int TRACKED_ORDERS = 10_000;

  private record Placed(String pair, long atMillis) {}

  private static final class Level {
    long hundredths;
    long updatedMillis;
    long carryMilliHundredths;
  }

  private final KrakenTier tier;
  private final Duration maxWait;
  private final Ticker ticker;
  private final Clock clock;
  private final Map<String, Level> pairs = new HashMap<>();
  private final Map<String, Placed> orders = new LinkedHashMap<>(64, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Placed> eldest) {
      return size() > TRACKED_ORDERS;
    }
  };

  /**
   * @param tier the account's tier
   * @param maxWait the longest an order action may wait
   * @param ticker the time decay and order ages are measured with (its wall clock) and holds are waited on
   */
  public KrakenTradingCounter(KrakenTier tier, Duration maxWait, Ticker ticker) {
    this.tier = tier;
    this.maxWait = maxWait;
    this.ticker = ticker;
    this.clock = ticker.wallClock();
  }

  /**
   * Before AddOrder on {@code pair}: reserves 1.
   *
   * @param pair the pair the order is for, as sent
   */
  public void beforeAdd(String pair) {
    reserve(pair, 100);
  }

  /**
   * After AddOrder succeeded: remembers when and where the order was placed, by txid and client id.
   *
   * @param pair the pair the order was placed on, as sent
   * @param txids the txids Kraken returned for the order
   * @param clientOrderId the order's client order id, or null when it has none
   */
  public synchronized void placed(String pair, List<String> txids, String clientOrderId) {
    Placed p = new Placed(pair, clock.millis());
    for (String txid : txids) {
      orders.put(txid, p);
    }
    if (clientOrderId != null) {
      orders.put(clientOrderId, p);
    }
  }

  /**
   * Before CancelOrder of {@code orderRef} (txid or client order id): reserves its age-based cost.
   *
   * @param orderRef the txid or client order id of the order being cancelled
   */
  public void beforeCancel(String orderRef) {
    Placed p;
    synchronized (this) {
      p = orders.get(orderRef);
    }
    if (p == null) {
      return;
    }
    long age = clock.millis() - p.atMillis();
    int cost = age < 5_000 ? 8 : age < 10_000 ? 6 : age < 15_000 ? 5 : age < 45_000 ? 4 : age < 90_000 ? 2 : age < 300_000 ? 1 : 0;
    if (cost > 0) {
      reserve(p.pair(), cost * 100L);
    }
  }

  /**
   * Current level of every pair seen.
   *
   * @return one usage entry per pair seen, with its current counter level
   */
  public synchronized List<RateLimitUsage> usage() {
    List<RateLimitUsage> out = new ArrayList<>();
    long now = clock.millis();
    pairs.forEach((pair, level) -> {
      decay(level, now);
      out.add(new RateLimitUsage("Kraken trading counter " + pair + " (" + tier + ")", (level.hundredths + 99) / 100,
          tier.tradingThreshold(), Duration.ofMillis(100_000L / tier.tradingDecayHundredthsPerSecond())));
    });
    return out;
  }

  private void reserve(String pair, long cost) {
    while (true) {
      long waitMillis;
      synchronized (this) {
        long now = clock.millis();
        Level level = pairs.computeIfAbsent(pair, p -> {
          Level l = new Level();
          l.updatedMillis = now;
          return l;
        });
        decay(level, now);
        long max = tier.tradingThreshold() * 100L;
        if (level.hundredths + cost <= max) {
          level.hundredths += cost;
          return;
        }
        long excess = level.hundredths + cost - max;
        waitMillis = (excess * 1000 + tier.tradingDecayHundredthsPerSecond() - 1) / tier.tradingDecayHundredthsPerSecond();
      }
      if (waitMillis > maxWait.toMillis()) {
        throw new RateLimitedException("Not sent: Kraken's trading counter for " + pair + " (" + tier + ", threshold "
            + tier.tradingThreshold() + ") allows this order action in " + waitMillis + " ms, longer than the allowed wait of "
            + maxWait.toMillis() + " ms.", Duration.ofMillis(waitMillis));
      }
      try {
        ticker.sleep(Duration.ofMillis(waitMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RateLimitedException("Interrupted while waiting for Kraken's trading counter", Duration.ofMillis(waitMillis));
      }
    }
  }

  private void decay(Level level, long now) {
    long elapsed = now - level.updatedMillis;
    if (elapsed <= 0) {
      return;
    }
    // exact: the part of a hundredth not yet decayed is carried, so reading often never stops the decay
    long total = elapsed * tier.tradingDecayHundredthsPerSecond() + level.carryMilliHundredths;
    level.updatedMillis = now;
    level.hundredths -= total / 1000;
    level.carryMilliHundredths = total % 1000;
    if (level.hundredths <= 0) {
      level.hundredths = 0;
      level.carryMilliHundredths = 0;
    }
  }
}
