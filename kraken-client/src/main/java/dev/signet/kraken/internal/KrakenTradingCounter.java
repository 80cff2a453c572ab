package dev.signet.kraken.internal;

import dev.signet.core.RateLimitUsage;
import dev.signet.kraken.KrakenTier;
import dev.signet.core.Ticker;
import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Kraken's per-pair matching-engine counter, estimated in a {@link LimitStore}: AddOrder adds 1;
 * CancelOrder adds 8, 6, 5, 4, 2 or 1 for an order younger than 5, 10, 15, 45, 90 or 300 seconds
 * (nothing when older); each pair's counter decays at the tier's rate. An order action that would
 * pass the tier's threshold waits (at most {@code maxWait}) instead of drawing
 * {@code EOrder:Rate limit exceeded}. The counters live in the store (shared when it is); when
 * each order was placed is remembered in this process only, so an order placed by another process
 * costs nothing to cancel in this estimate. Counted in hundredths; thread-safe. Not API.
 */
public final class KrakenTradingCounter {
  private static final int TRACKED_ORDERS = 10_000;

  private record Placed(String pair, long atMillis) {}

  private final KrakenTier tier;
  private final CounterGate gate;
  private final String keyId;
  private final ConcurrentMap<String, DecayingCounter> pairs = new ConcurrentHashMap<>();
  private final Map<String, Placed> orders = new LinkedHashMap<>(64, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Placed> eldest) {
      return size() > TRACKED_ORDERS;
    }
  };

  /**
   * Counters kept in this process.
   *
   * @param tier the account's tier
   * @param maxWait the longest an order action may wait
   * @param ticker the time decay and order ages are measured with (its wall clock) and holds are waited on
   */
  public KrakenTradingCounter(KrakenTier tier, Duration maxWait, Ticker ticker) {
    this(tier, maxWait, ticker, LimitStore.inProcess(), "local");
  }

  /**
   * @param tier the account's tier
   * @param maxWait the longest an order action may wait
   * @param ticker the time decay and order ages are measured with (its wall clock) and holds are waited on
   * @param store where the pairs' counters are kept
   * @param keyId the API key's {@link LimitKey#fingerprint}, the counters' id
   */
  public KrakenTradingCounter(KrakenTier tier, Duration maxWait, Ticker ticker, LimitStore store, String keyId) {
    this.tier = tier;
    this.gate = new CounterGate(store, maxWait, ticker);
    this.keyId = keyId;
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
    Placed p = new Placed(pair, gate.now());
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
    long age = gate.now() - p.atMillis();
    int cost = age < 5_000 ? 8 : age < 10_000 ? 6 : age < 15_000 ? 5 : age < 45_000 ? 4 : age < 90_000 ? 2 : age < 300_000 ? 1 : 0;
    if (cost > 0) {
      reserve(p.pair(), cost * 100L);
    }
  }

  /**
   * Current level of every pair seen by this process.
   *
   * @return one usage entry per pair seen, with its current counter level
   */
  public List<RateLimitUsage> usage() {
    List<RateLimitUsage> out = new ArrayList<>();
    long now = gate.now();
    pairs.forEach((pair, counter) -> out.add(new RateLimitUsage("Kraken trading counter " + pair + " (" + tier + ")",
        (DecayingCounter.units(gate.store().level(counter, now)) + 99) / 100, tier.tradingThreshold(),
        Duration.ofMillis(100_000L / tier.tradingDecayHundredthsPerSecond()))));
    return out;
  }

  private void reserve(String pair, long cost) {
    DecayingCounter counter = pairs.computeIfAbsent(pair, p -> new DecayingCounter(
        LimitKey.of(LimitKey.Scope.ACCOUNT, keyId, "trading counter " + p), tier.tradingThreshold() * 100L,
        tier.tradingDecayHundredthsPerSecond()));
    gate.take(counter, cost, "Kraken's trading counter",
        " for " + pair + " (" + tier + ", threshold " + tier.tradingThreshold() + ")", "this order action");
  }
}
