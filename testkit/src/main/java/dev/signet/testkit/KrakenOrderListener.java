package dev.signet.testkit;

/**
 * Told by {@link KrakenMatcher} of every change of a {@link FakeKraken} order, inside the matcher's
 * lock, in the order the changes happen (a limit the price already crosses: {@code new}, then
 * {@code trade}, then {@code filled}); {@link KrakenExecutionEvents} turns them into the WebSocket v2
 * {@code executions} updates.
 *
 * <p>Example: {@code matcher.listen((t, execType, trade) -> log.add(t.txid() + " " + execType))}
 */
@FunctionalInterface
interface KrakenOrderListener {
  /**
   * One change.
   *
   * @param t the order, already changed
   * @param execType {@code new}, {@code trade}, {@code filled}, {@code canceled} or {@code amended}
   * @param trade the fill of a {@code trade}, else null
   */
  void changed(KrakenTradeOrder t, String execType, KrakenHistory.Trade trade);
}
