package dev.signet.kraken.stream;

import dev.signet.core.stream.StreamItem;
import dev.signet.kraken.KrakenAccountData;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.account.ClosedOrdersQuery;
import dev.signet.kraken.trading.KrakenOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps a bot's view of its Kraken orders whole across the {@code executions} channel's gaps. Feed it
 * every item of {@link KrakenStreams#executions()}; it answers the {@link KrakenOrderUpdate}s to act
 * on: a report that moves an order on, never a duplicate or a stale one. Where the stream cannot
 * prove continuity (a {@code Gap}: a reconnect, a skipped {@code sequence}, an overflow, an
 * undecodable frame), reports may be lost, so it reads the orders over REST — OpenOrders, then
 * ClosedOrders (the newest page, from the first time it saw; a closed order counts when it is known
 * or closed since then), then QueryOrders (50 txids a call) for each order it knew open that neither
 * listed (a txid Kraken does not know, {@code EOrder:Invalid order}, is forgotten) — and answers their
 * changes marked {@link KrakenOrderUpdate#reconciled()}. It does so at the
 * gap, and again with the first item after it (the resubscription's snapshot): that proves the
 * channel is subscribed again, so anything that changed while it was not is in the second read or
 * arrives as a report. An account silent after a gap is read once more by {@link #reconcile()}, when
 * the bot calls it.
 *
 * <p>Orders placed over REST while the stream is down are unknown to it: {@link #track} them with the
 * placement's txid. Not thread-safe: use it from the one thread taking the items.
 *
 * <pre>{@code
 * KrakenOrderReconciler orders = KrakenOrderReconciler.over(kraken.accountData());
 * Subscription<ExecutionsMessage> executions = streams.executions();
 * orders.track(kraken.addOrder(order).txid().get(0));
 * for (KrakenOrderUpdate u : orders.accept(executions.take())) {
 *   bot.onOrder(u); // u.reconciled(): read over REST after a gap, fills may be folded
 * }
 * }</pre>
 */
public final class KrakenOrderReconciler {
  private static final int QUERY_BATCH = 50;
  private static final String INVALID_ORDER = "EOrder:Invalid order";

  private final KrakenAccountData account;
  private final Map<String, KrakenOrderUpdate> orders = new LinkedHashMap<>();
  private final Set<String> tracked = new LinkedHashSet<>();
  private Instant since;
  private boolean readAfterGap;

  private KrakenOrderReconciler(KrakenAccountData account) {
    this.account = account;
  }

  /**
   * A reconciler reading the orders through {@code account} ({@code kraken.accountData()}).
   *
   * @param account the account's REST reads
   * @return a reconciler knowing no order yet
   */
  public static KrakenOrderReconciler over(KrakenAccountData account) {
    return new KrakenOrderReconciler(Objects.requireNonNull(account, "account"));
  }

  /**
   * Makes sure a reconciliation asks after this order even when no report about it arrived (placed
   * over REST while the stream was down).
   *
   * @param txid the order's txid, from the placement's answer
   */
  public void track(String txid) {
    tracked.add(Objects.requireNonNull(txid, "txid"));
  }

  /**
   * Takes one item of the {@code executions} subscription.
   *
   * @param item the item
   * @return the order updates to act on, in the order they came; empty for duplicates and stale reports
   * @throws dev.signet.core.SignetException when a reconciliation's REST read fails (the gap is not
   *     yet closed: call {@link #reconcile()} again)
   */
  public List<KrakenOrderUpdate> accept(StreamItem<ExecutionsMessage> item) {
    Objects.requireNonNull(item, "item");
    if (item instanceof StreamItem.Gap<ExecutionsMessage>) {
      readAfterGap = true;
      return reconcile();
    }
    List<KrakenOrderUpdate> out = new ArrayList<>();
    for (ExecutionEvent e : ((StreamItem.Event<ExecutionsMessage>) item).value().data()) {
      apply(KrakenOrderUpdate.of(e, orders.get(e.orderId())), out);
    }
    if (readAfterGap) {
      readAfterGap = false;
      out.addAll(reconcile());
    }
    return out;
  }

  /**
   * Reads the open orders, the recently closed ones and each order known open that neither listed,
   * over REST, and answers what changed since the last state known, marked reconciled.
   *
   * @return the changes: open orders first, then closed ones
   */
  public List<KrakenOrderUpdate> reconcile() {
    List<KrakenOrderUpdate> out = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    account.openOrders().forEach((txid, o) -> {
      listed.add(txid);
      apply(KrakenOrderUpdate.of(txid, o), out);
    });
    Set<String> ask = new LinkedHashSet<>(tracked);
    orders.values().stream().filter(u -> !u.state().isFinal()).forEach(u -> ask.add(u.orderId()));
    ask.removeAll(listed);
    if (!ask.isEmpty() || since != null) {
      ClosedOrdersQuery.Builder query = ClosedOrdersQuery.builder();
      Instant from = since;
      if (from != null) {
        query.start(from.minusSeconds(1));
      }
      account.closedOrders(query.build()).entries().forEach((txid, o) -> {
        KrakenOrderUpdate u = KrakenOrderUpdate.of(txid, o);
        boolean recent = from != null && u.time() != null && !u.time().isBefore(from);
        if (ask.remove(txid) || orders.containsKey(txid) || recent) {
          apply(u, out);
        }
      });
    }
    List<String> rest = new ArrayList<>(ask);
    for (int i = 0; i < rest.size(); i += QUERY_BATCH) {
      query(rest.subList(i, Math.min(rest.size(), i + QUERY_BATCH)), out);
    }
    return out;
  }

  /** QueryOrders of {@code txids}; when Kraken knows one not ({@code EOrder:Invalid order}), each alone, forgetting those. */
  private void query(List<String> txids, List<KrakenOrderUpdate> out) {
    try {
      account.queryOrders(txids).forEach((txid, o) -> apply(KrakenOrderUpdate.of(txid, o), out));
    } catch (KrakenApiException e) {
      if (!e.hasError(INVALID_ORDER)) {
        throw e;
      }
      if (txids.size() == 1) {
        tracked.remove(txids.get(0)); // nothing to reconcile: Kraken has no such order
        return;
      }
      txids.forEach(txid -> query(List.of(txid), out));
    }
  }

  /**
   * The last state known of every order seen, by txid, in the order first seen.
   *
   * @return a copy
   */
  public Map<String, KrakenOrderUpdate> orders() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(orders));
  }

  private void apply(KrakenOrderUpdate u, List<KrakenOrderUpdate> out) {
    if (since == null && u.time() != null && !u.reconciled()) {
      since = u.time();
    }
    if (u.advances(orders.get(u.orderId()))) {
      orders.put(u.orderId(), u);
      out.add(u);
    }
    if (u.state().isFinal()) {
      tracked.remove(u.orderId());
    }
  }
}
