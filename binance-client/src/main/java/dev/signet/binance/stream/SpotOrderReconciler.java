package dev.signet.binance.stream;

import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.SpotAccountData;
import dev.signet.binance.spot.userdata.ExecutionReport;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.stream.StreamItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a bot's view of its Spot orders whole across the user data stream's gaps. Feed it every
 * item of {@link SpotUserDataStream#events()}; it answers the {@link SpotOrderUpdate}s to act on:
 * an {@code executionReport} that moves an order on, never a duplicate or a stale one. Where the
 * stream cannot prove continuity (a {@code Gap}: reconnect, overflow, an undecodable frame), events
 * may be lost, as they are on the exchange, so it reads the orders over REST
 * ({@code GET /api/v3/openOrders}, then {@code GET /api/v3/order} for each order it knew open that is
 * no longer listed) and answers their changes marked {@link SpotOrderUpdate#reconciled()}. It does
 * so at the gap, and again with the first event after it: that event proves the stream is
 * subscribed again, so anything that changed while it was not is in the second read or arrives as
 * an event; then {@link #resumed()} says whether the reads found anything the stream had not told.
 * An account silent after a gap is read once more by {@link #reconcile()}, when the bot calls it.
 *
 * <p>Orders placed over REST while the stream is down are unknown to the stream: {@link #track} them
 * with the placement's answer. Not thread-safe: use it from the one thread taking the events.
 *
 * <pre>{@code
 * SpotOrderReconciler orders = SpotOrderReconciler.over(client.spot().accountData());
 * OrderResult placed = client.spot().trading().newOrder(order);
 * orders.track(placed.symbol(), placed.orderId());
 * for (SpotOrderUpdate u : orders.accept(user.events().take())) {
 *   bot.onOrder(u); // u.reconciled(): read over REST after a gap, fills may be folded
 * }
 * }</pre>
 */
public final class SpotOrderReconciler {
  private final SpotAccountData account;
  private final OrderLedger<SpotOrderUpdate> ledger = new OrderLedger<>();

  private SpotOrderReconciler(SpotAccountData account) {
    this.account = account;
  }

  /**
   * A reconciler reading the orders through {@code account} ({@code client.spot().accountData()}).
   *
   * @param account the account's REST reads
   * @return a reconciler knowing no order yet
   */
  public static SpotOrderReconciler over(SpotAccountData account) {
    return new SpotOrderReconciler(Objects.requireNonNull(account, "account"));
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
  public List<SpotOrderUpdate> accept(StreamItem<SpotUserEvent> item) {
    return ledger.accept(item, e -> e instanceof ExecutionReport r ? SpotOrderUpdate.of(r) : null, this::reconcile);
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
  public List<SpotOrderUpdate> reconcile() {
    return ledger.reconcile(() -> account.openOrders().stream().map(SpotOrderUpdate::of).toList(),
        (symbol, id) -> SpotOrderUpdate.of(account.queryOrder(OrderRef.byId(symbol, id))));
  }

  /**
   * The last state known of every order seen, by order id, in the order first seen.
   *
   * @return a copy
   */
  public Map<Long, SpotOrderUpdate> orders() {
    return ledger.orders();
  }
}
