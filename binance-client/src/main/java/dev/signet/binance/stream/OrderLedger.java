package dev.signet.binance.stream;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.stream.StreamItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@link SpotOrderReconciler} and {@link FuturesOrderReconciler} share: the last state known
 * of every order, the orders to ask after, and the one rule of whether an update moves an order on
 * ({@link #advances}); and the gap rule of {@link #accept}: read over REST at a gap and again with
 * the first event after it (that event proves the stream is subscribed again), which closes the
 * gap with a {@link Resumption}. Not thread-safe.
 *
 * <pre>{@code
 * OrderLedger<SpotOrderUpdate> ledger = new OrderLedger<>();
 * List<SpotOrderUpdate> acted = ledger.accept(item, e -> e instanceof ExecutionReport r ? SpotOrderUpdate.of(r) : null,
 *     this::reconcile);
 * }</pre>
 *
 * @param <U> the update type
 */
final class OrderLedger<U extends OrderLedger.State> {
  /** An order's state as the rule reads it. */
  interface State {
    long orderId();

    String symbol();

    OrderStatus status();

    BigDecimal origQty();

    BigDecimal executedQty();

    boolean isFinal();
  }

  private static final Set<OrderStatus> FINAL = Set.of(OrderStatus.FILLED, OrderStatus.CANCELED,
      OrderStatus.REJECTED, OrderStatus.EXPIRED, OrderStatus.EXPIRED_IN_MATCH);

  private final Map<Long, U> orders = new LinkedHashMap<>();
  private final Map<Long, String> tracked = new LinkedHashMap<>();
  private StreamItem.Gap<?> openGap; // the first gap not yet closed by an event
  private int reconciledSinceGap;
  private Resumption resumed; // answered by the last accept

  /** Whether {@code status} can change no more (FILLED, CANCELED, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  static boolean isFinal(OrderStatus status) {
    return FINAL.contains(status);
  }

  /**
   * Whether {@code later} comes after {@code earlier}: {@code earlier} is not final, nothing filled
   * is taken back, the quantity did not grow, and something changed. A duplicate or a stale event
   * (one older than a reconciled state) does not.
   */
  static boolean advances(State later, State earlier) {
    if (earlier == null) {
      return true;
    }
    int filled = later.executedQty().compareTo(earlier.executedQty());
    int qty = later.origQty().compareTo(earlier.origQty());
    if (earlier.isFinal() || filled < 0 || qty > 0) {
      return false;
    }
    return !later.status().equals(earlier.status()) || filled != 0 || qty != 0;
  }

  /**
   * One item of the stream: an event becomes an update by {@code toUpdate} (null: not an order
   * update) and is applied; a gap, and the first event after one, also answer {@code reconcile}.
   */
  <E> List<U> accept(StreamItem<E> item, Function<E, U> toUpdate, Supplier<List<U>> reconcile) {
    Objects.requireNonNull(item, "item");
    resumed = null;
    if (item instanceof StreamItem.Gap<E> gap) {
      if (openGap == null) {
        openGap = gap;
        reconciledSinceGap = 0;
      }
      List<U> read = reconcile.get();
      reconciledSinceGap += read.size();
      return read;
    }
    List<U> out = new ArrayList<>();
    U u = toUpdate.apply(((StreamItem.Event<E>) item).value());
    if (u != null) {
      apply(u, out);
    }
    if (openGap != null) {
      List<U> read = reconcile.get();
      out.addAll(read);
      int n = reconciledSinceGap + read.size();
      resumed = new Resumption(n == 0 ? Resumption.Continuity.PROVEN : Resumption.Continuity.RECONCILED, n,
          openGap.reason(), openGap.detail());
      openGap = null;
    }
    return out;
  }

  /** How the last {@link #accept} closed a gap, or null when it closed none. */
  Resumption resumed() {
    return resumed;
  }

  /** Asks after this order at the next reconciliation even when no event about it arrived. */
  void track(String symbol, long orderId) {
    tracked.put(orderId, Objects.requireNonNull(symbol, "symbol"));
  }

  /**
   * A reconciliation: applies the open orders {@code open} lists, then asks {@code query} after
   * each order tracked or known open that it did not list (one the exchange does not know,
   * {@code -2013}, is no longer tracked).
   *
   * @return the changes, oldest order first
   * @throws BinanceApiException any other refusal
   */
  List<U> reconcile(Supplier<List<U>> open, BiFunction<String, Long, U> query) {
    List<U> out = new ArrayList<>();
    Set<Long> listed = new HashSet<>();
    for (U u : open.get()) {
      listed.add(u.orderId());
      apply(u, out);
    }
    Map<Long, String> ask = new LinkedHashMap<>(tracked);
    orders.values().stream().filter(u -> !u.isFinal()).forEach(u -> ask.put(u.orderId(), u.symbol()));
    for (Map.Entry<Long, String> e : ask.entrySet()) {
      if (listed.contains(e.getKey())) {
        continue;
      }
      U u;
      try {
        u = query.apply(e.getValue(), e.getKey());
      } catch (BinanceApiException ex) {
        if (ex.code() != -2013) { // -2013 Order does not exist: nothing to reconcile
          throw ex;
        }
        tracked.remove(e.getKey());
        continue;
      }
      apply(u, out);
    }
    return out;
  }

  /** Keeps {@code u} and adds it to {@code out} when it moves its order on. */
  private void apply(U u, List<U> out) {
    if (advances(u, orders.get(u.orderId()))) {
      orders.put(u.orderId(), u);
      out.add(u);
    }
    if (u.isFinal()) {
      tracked.remove(u.orderId());
    }
  }

  /** The last state known of every order seen, in the order first seen; a copy. */
  Map<Long, U> orders() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(orders));
  }
}
