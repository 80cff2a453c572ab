package dev.signet.core.limit;

import java.util.List;

/**
 * Where rate-limit counts live, apart from the policy that reads them. Signet's limiters (Binance's
 * windows, header correction, {@code Retry-After} holds and 418 bans; Kraken's call counter and
 * per-pair trading counters) are written once and ask a store; the default,
 * {@link #inProcess()}, counts in this process, and a shared store (the {@code signet-redis}
 * module's {@code RedisLimitStore}) lets a fleet of processes on one IP or one key share the
 * exchange's budget. Pass one to a client builder's {@code limitStore(...)}.
 *
 * <p>The store speaks in keys, units and epoch milliseconds of the exchange's clock, never in HTTP
 * responses, so streams can feed it too. Every method is one atomic step (one reservation decision,
 * one correction): a shared store runs each as one script. Implementations are thread-safe.
 * {@code dev.signet.testkit.limit.LimitStoreContract} is the test every implementation passes.
 *
 * <pre>{@code
 * LimitStore store = LimitStore.inProcess();
 * Decision d = store.reserve(List.of(banKey, holdKey), List.of(new Charge(weightWindow, 20)), nowMillis);
 * }</pre>
 */
public interface LimitStore {
  /**
   * All or nothing: when no hold in {@code holds} lasts past {@code nowMillis} and every charge fits
   * its window (see {@link LimitWindow#admits}), counts every charge in the window {@code nowMillis}
   * falls in and grants; otherwise counts nothing and names the first hold, then the first window,
   * that refused, with the wait (a hold's remaining time; a window's time until the next one).
   *
   * @param holds the holds to respect, first to last
   * @param charges the units to count, first to last
   * @param nowMillis the exchange's time, in epoch milliseconds
   * @return granted, or how long to wait and for what
   */
  Decision reserve(List<LimitKey> holds, List<Charge> charges, long nowMillis);

  /**
   * Corrects a window from what the exchange reports: the window {@code nowMillis} falls in is
   * raised to {@code count} when that is larger than the local count, never lowered.
   *
   * @param window the window
   * @param count the exchange's count for its current window
   * @param nowMillis the exchange's time, in epoch milliseconds
   */
  void observe(LimitWindow window, long count, long nowMillis);

  /**
   * Holds {@code key} until {@code untilMillis} (a later hold wins; an earlier one changes nothing).
   *
   * @param key the hold, e.g. a host's {@code Retry-After} or ban
   * @param untilMillis the end of the hold, in epoch milliseconds of the exchange's clock
   * @param nowMillis the exchange's time now (a shared store keeps the hold for its remaining time)
   */
  void holdUntil(LimitKey key, long untilMillis, long nowMillis);

  /**
   * The end of the hold on {@code key}, or 0 when it was never held.
   *
   * @param key the hold
   * @return the end of the hold in epoch milliseconds, or 0
   */
  long heldUntil(LimitKey key);

  /**
   * The units counted in the window {@code nowMillis} falls in.
   *
   * @param window the window
   * @param nowMillis the exchange's time, in epoch milliseconds
   * @return the units used in the current window
   */
  long used(LimitWindow window, long nowMillis);

  /**
   * All or nothing: drains the counter to {@code nowMillis}, then adds {@code units} when the level
   * stays within its max; otherwise adds nothing and says how long until they fit.
   *
   * @param counter the counter
   * @param units the units to add, zero or more
   * @param nowMillis the time, in epoch milliseconds
   * @return granted, or the wait and the counter's key
   */
  Decision take(DecayingCounter counter, long units, long nowMillis);

  /**
   * The counter's level at {@code nowMillis}, in thousandths of a unit (exact; see
   * {@link DecayingCounter#units} to round up).
   *
   * @param counter the counter
   * @param nowMillis the time, in epoch milliseconds
   * @return the level in thousandths of a unit
   */
  long level(DecayingCounter counter, long nowMillis);

  /**
   * The next value of a strictly increasing sequence: {@code max(atLeast, last + 1)}, remembered as
   * the last. Every process on one store and key gets a value larger than any given out before
   * (Kraken's nonces).
   *
   * @param sequence the sequence
   * @param atLeast the smallest acceptable value, e.g. the time in microseconds
   * @return the next value
   */
  long next(LimitKey sequence, long atLeast);

  /**
   * A new store that counts in this process only: the default of every client.
   *
   * @return a new, empty in-process store
   */
  static LimitStore inProcess() {
    return new InProcessLimitStore();
  }
}
