package dev.signet.binance.stream;

import dev.signet.binance.futures.trade.FuturesOrderData;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.OrderTradeUpdate;
import dev.signet.binance.spot.OrderRef;
import dev.signet.core.stream.StreamItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a bot's view of its USD-M orders whole across the user data stream's gaps, as
 * {@link SpotOrderReconciler} does for Spot. Feed it every item of
 * {@link FuturesUserDataStream#events()}; it answers the {@link FuturesOrderUpdate}s to act on: an
 * {@code ORDER_TRADE_UPDATE} that moves an order on, never a duplicate or a stale one. Where the
 * stream cannot prove continuity (a {@code Gap}: reconnect, a new listen key, overflow, an
 * undecodable frame) it reads the orders over REST ({@code GET /fapi/v1/openOrders}, then
 * {@code GET /fapi/v1/order} for each order it knew open that is no longer listed) and answers
 * their changes marked {@link FuturesOrderUpdate#reconciled()}: at the gap, and again with the
 * first event after it, when {@link #resumed()} says whether the reads found anything the stream
 * had not told. An account silent after a gap is read once more by {@link #reconcile()}, when the
 * bot calls it. Conditional (algo) orders are not followed: they become orders when
 * triggered, and are followed from then on.
 *
 * <p>Orders placed over REST while the stream is down are unknown to the stream: {@link #track}
 * them with the placement's answer. Not thread-safe: use it from the one thread taking the events.
 *
 * <pre>{@code
 * FuturesOrderReconciler orders = FuturesOrderReconciler.over(client.futures().orders());
 * FuturesOrder placed = client.futures().trading().newOrder(order);
 * orders.track(placed.symbol(), placed.orderId());
 * for (FuturesOrderUpdate u : orders.accept(user.events().take())) {
 *   bot.onOrder(u); // u.reconciled(): read over REST after a gap, fills may be folded
 * }
 * }</pre>
 */
public final class FuturesOrderReconciler {
  private final FuturesOrderData orders;
  private final OrderLedger<FuturesOrderUpdate> ledger = new OrderLedger<>();

  private FuturesOrderReconciler(FuturesOrderData orders) {
    this.orders = orders;
  }

  /**
   * A reconciler reading the orders through {@code orders} ({@code client.futures().orders()}).
   *
   * @param orders the account's order reads
   * @return a reconciler knowing no order yet
   */
  public static FuturesOrderReconciler over(FuturesOrderData orders) {
    return new FuturesOrderReconciler(Objects.requireNonNull(orders, "orders"));
  }

  /**
   * Makes sure a reconciliation asks after this order even when no event about it arrived (placed
   * over REST while the stream was down).
   *
   * @param symbol the order's symbol
   * @param orderId Binance's order id, from the placement's answer
   */
  public void track(String symbol, long orderId) {
    ledger.track(symbol, orderId);
  }

  /**
   * Takes one item of the user data stream.
   *
   * @param item the item
   * @return the order updates to act on, oldest first; empty for events that are not order updates,
   *     duplicates and stale reports
   * @throws dev.signet.core.SignetException when a reconciliation's REST read fails (the gap is not
   *     yet closed: call {@link #reconcile()} again)
   */
  public List<FuturesOrderUpdate> accept(StreamItem<FuturesUserEvent> item) {
    return ledger.accept(item, e -> e instanceof OrderTradeUpdate u ? FuturesOrderUpdate.of(u) : null,
        this::reconcile);
  }

  /**
   * How the last {@link #accept} closed a gap: with the first event after one (and its second REST
   * read), whether the reads found anything the stream had not told.
   *
   * @return the resumption, or empty when the last item closed no gap
   */
  public Optional<Resumption> resumed() {
    return Optional.ofNullable(ledger.resumed());
  }

  /**
   * Reads the open orders, and each order known open that is no longer listed, over REST and
   * answers what changed since the last state known, marked reconciled.
   *
   * @return the changes, oldest order first
   */
  public List<FuturesOrderUpdate> reconcile() {
    return ledger.reconcile(() -> orders.openOrders().stream().map(FuturesOrderUpdate::of).toList(),
        (symbol, id) -> FuturesOrderUpdate.of(orders.order(OrderRef.byId(symbol, id))));
  }

  /**
   * The last state known of every order seen, by order id, in the order first seen.
   *
   * @return a copy
   */
  public Map<Long, FuturesOrderUpdate> orders() {
    return ledger.orders();
  }
}
