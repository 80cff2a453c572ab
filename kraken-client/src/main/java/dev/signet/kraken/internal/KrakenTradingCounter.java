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
 * Kraken's per-pair matching-engine counter, estimated in a {@link LimitStore}, charged by the
 * rows of {@link KrakenEndpoints} ("Spot Trading Limits"): AddOrder adds 1, AddOrderBatch a half
 * per order; AmendOrder, EditOrder and CancelOrder add their fixed count and one by the order's
 * age (since it was placed or last amended). Each pair's counter decays at the tier's rate. An
 * order action that would pass the tier's threshold waits (at most {@code maxWait}) instead of
 * drawing {@code EOrder:Rate limit exceeded}. The counters live in the store (shared when it is);
 * when each order was placed is remembered in this process only, so an order placed by another
 * process is charged the row's worst case ({@link TradingCost#unknownAgeHundredths()}) on the pair
 * sent (EditOrder) or given ({@link #onPair}, for AmendOrder and CancelOrder, which send none); with
 * no pair at all (a raw AmendOrder or CancelOrder of such an order) it is not charged. Counted in
 * hundredths; thread-safe. Not API.
 */
public final class KrakenTradingCounter {
  private static final int TRACKED_ORDERS = 10_000;

  /** Where an order rests and since when (placed or last amended); guarded by the counter's lock. */
  private static final class Placed {
    private final String pair;
    private long atMillis;

    private Placed(String pair, long atMillis) {
      this.pair = pair;
      this.atMillis = atMillis;
    }
  }

  private final KrakenTier tier;
  private final CounterGate gate;
  private final String keyId;
  private final ConcurrentMap<String, DecayingCounter> pairs = new ConcurrentHashMap<>();
  private final Map<String, Placed> orders = bounded();
  /** The pairs of orders whose age is unknown, given by the typed calls; guarded by the counter's lock. */
  private final Map<String, String> pairsOfUnknown = bounded();

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
    reserve(pair, KrakenEndpoints.ADD_ORDER_TRADING.fixedHundredths());
  }

  /**
   * Before AddOrderBatch of {@code orders} orders on {@code pair}: reserves a half per order.
   *
   * @param pair the batch's pair, as sent
   * @param orders how many orders the batch holds
   */
  public void beforeBatchAdd(String pair, int orders) {
    reserve(pair, KrakenEndpoints.ADD_ORDER_BATCH_TRADING_PER_ORDER * orders);
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
   * Before an order action on {@code orderRef}: the order's pair, for when this process does not
   * know the order (AmendOrder and CancelOrder send no pair). Ignored for a known order.
   *
   * @param orderRef the txid or client order id the action names
   * @param pair the order's pair, e.g. {@code XBTUSD}
   */
  public synchronized void onPair(String orderRef, String pair) {
    if (!orders.containsKey(orderRef)) {
      pairsOfUnknown.put(orderRef, pair);
    }
  }

  /**
   * Before CancelOrder of {@code orderRef} (txid or client order id): reserves its age-based cost.
   *
   * @param orderRef the txid or client order id of the order being cancelled
   */
  public void beforeCancel(String orderRef) {
    charge(orderRef, KrakenEndpoints.CANCEL_ORDER_TRADING, null);
  }

  /**
   * Before AmendOrder of {@code orderRef}: reserves its fixed and age-based cost, the worst case for
   * an order of unknown age whose pair {@link #onPair} gave (AmendOrder sends no pair; without one an
   * unknown order is not charged).
   *
   * @param orderRef the txid or client order id of the order being amended
   */
  public void beforeAmend(String orderRef) {
    charge(orderRef, KrakenEndpoints.AMEND_ORDER_TRADING, null);
  }

  /**
   * Before EditOrder of {@code orderRef} on {@code pair}: reserves its fixed and age-based cost
   * (the row's worst case on {@code pair} when the order's age is unknown).
   *
   * @param pair the pair sent with the edit
   * @param orderRef the txid (or userref) the edit names
   */
  public void beforeEdit(String pair, String orderRef) {
    charge(orderRef, KrakenEndpoints.EDIT_ORDER_TRADING, pair);
  }

  /**
   * After AmendOrder succeeded: the order's age starts again (under both its txid and client id);
   * an order of unknown age whose pair is known is known from now on.
   *
   * @param orderRef the txid or client order id the amend named
   */
  public synchronized void amended(String orderRef) {
    Placed p = orders.get(orderRef);
    String pair = pairsOfUnknown.remove(orderRef);
    if (p != null) {
      p.atMillis = gate.now();
    } else if (pair != null) {
      orders.put(orderRef, new Placed(pair, gate.now()));
    }
  }

  /**
   * After EditOrder succeeded: the old order is gone, the new one rests from now.
   *
   * @param pair the pair sent with the edit
   * @param orderRef the txid (or userref) the edit named
   * @param newTxid the new order's txid
   */
  public synchronized void edited(String pair, String orderRef, String newTxid) {
    Placed old = orders.remove(orderRef);
    pairsOfUnknown.remove(orderRef);
    orders.put(newTxid, new Placed(old == null ? pair : old.pair, gate.now()));
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

  private void charge(String orderRef, TradingCost cost, String pairSent) {
    Placed p;
    long age;
    String given;
    synchronized (this) {
      p = orders.get(orderRef);
      age = p == null ? 0 : gate.now() - p.atMillis;
      given = pairsOfUnknown.get(orderRef);
    }
    String pair = p != null ? p.pair : pairSent != null ? pairSent : given;
    long hundredths = p == null ? cost.unknownAgeHundredths() : cost.hundredths(age);
    if (pair != null && hundredths > 0) {
      reserve(pair, hundredths);
    }
  }

  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>(64, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > TRACKED_ORDERS;
      }
    };
  }

  private void reserve(String pair, long cost) {
    DecayingCounter counter = pairs.computeIfAbsent(pair, p -> new DecayingCounter(
        LimitKey.of(LimitKey.Scope.ACCOUNT, keyId, "trading counter " + p), tier.tradingThreshold() * 100L,
        tier.tradingDecayHundredthsPerSecond()));
    gate.take(counter, cost, "Kraken's trading counter",
        " for " + pair + " (" + tier + ", threshold " + tier.tradingThreshold() + ")", "this order action");
  }
}
