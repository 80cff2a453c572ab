package dev.signet.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where {@link FakeKrakenStreams}'s private channels come from when a test wires them to a
 * {@link FakeKraken}: {@code executions} from its orders ({@link KrakenExecutionEvents}) and
 * {@code balances} from its ledger ({@link KrakenBalanceEvents}). A new subscription gets its snapshot
 * and is marked subscribed under the same locks the updates are sent under (the matcher's, then the
 * history's), so no update falls between the snapshot and the stream or comes twice. Thread-safe.
 *
 * <p>Example: {@code feeds.executionsFrom(kraken, (channel, type, data) -> broadcast(channel, type, data))}
 */
final class KrakenPrivateFeeds {
  /** Sends one frame of a private channel: {@code {channel, type, data, sequence}}, the sequence the connection's. */
  @FunctionalInterface
  interface Sender {
    /**
     * Sends the frame.
     * @param channel {@code executions} or {@code balances}
     * @param type {@code snapshot} or {@code update}
     * @param data the frame's {@code data} entries
     */
    void send(String channel, String type, List<Object> data);
  }

  private volatile FakeKraken executions;
  private volatile FakeKraken balances;

  /** From now on {@code kraken}'s order changes go to {@code updates}, and new subscriptions get its snapshot. */
  void executionsFrom(FakeKraken kraken, Sender updates) {
    executions = kraken;
    kraken.matcher.listen(new KrakenExecutionEvents(kraken.clock(), e -> updates.send("executions", "update", List.of(e))));
  }

  /** From now on {@code kraken}'s ledger entries go to {@code updates}, and new subscriptions get its balances. */
  void balancesFrom(FakeKraken kraken, Sender updates) {
    balances = kraken;
    kraken.history.listen(e -> updates.send("balances", "update", List.of(KrakenBalanceEvents.update(e))));
  }

  /**
   * A subscription to {@code channel}: when a fake feeds it, marks it subscribed and sends it the
   * snapshot ({@code snap_orders}, default true: the open orders; {@code snap_trades}, default false:
   * the last 50 fills first) atomically with respect to updates.
   * @return false when no fake feeds {@code channel} (the caller marks it subscribed, no snapshot)
   */
  boolean subscribed(String channel, JsonNode params, Runnable mark, Sender connection) {
    FakeKraken source = channel.equals("executions") ? executions : channel.equals("balances") ? balances : null;
    if (source == null) {
      return false;
    }
    synchronized (source.matcher) {
      synchronized (source.history) {
        mark.run();
        List<Object> data = channel.equals("balances") ? KrakenBalanceEvents.snapshot(source.ledger)
            : executionsSnapshot(source, params.path("snap_orders").asBoolean(true), params.path("snap_trades").asBoolean(false));
        connection.send(channel, "snapshot", data);
      }
    }
    return true;
  }

  private static List<Object> executionsSnapshot(FakeKraken source, boolean orders, boolean trades) {
    List<Object> data = new ArrayList<>();
    if (trades) {
      List<KrakenHistory.Trade> fills = source.history.trades();
      for (KrakenHistory.Trade t : fills.subList(Math.max(0, fills.size() - 50), fills.size())) {
        source.matcher.find(t.ordertxid()).ifPresent(o -> data.add(KrakenExecutionEvents.execution(o, "trade", t,
            java.time.Instant.ofEpochSecond(0, t.timeNanos()))));
      }
    }
    if (orders) {
      for (KrakenTradeOrder o : source.matcher.open()) {
        Map<String, Object> e = KrakenExecutionEvents.execution(o, "new", null, source.clock().instant());
        data.add(e);
      }
    }
    return data;
  }
}
