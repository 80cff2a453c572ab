package dev.signet.kraken.account;

import java.time.Instant;

/**
 * The {@code start}/{@code end}/{@code ofs} setters the history query builders share (ClosedOrders,
 * TradesHistory, Ledgers): a bound is a whole unix second or an id (an order or trade txid, a
 * ledger id), meaning that entry's time; {@code start} is exclusive, {@code end} inclusive.
 * Example: {@code LedgersQuery.builder().start(Instant.parse("2024-01-01T00:00:00Z")).offset(50)}.
 *
 * @param <B> the builder type, returned for chaining
 */
abstract class HistoryBuilder<B extends HistoryBuilder<B>> {
  HistoryWindow window = HistoryWindow.NONE;

  HistoryBuilder() {}

  abstract B self();

  /**
   * {@code start}: only entries after this time (exclusive).
   *
   * @param value a whole second
   * @return this builder
   * @throws IllegalArgumentException when {@code value} has a fraction of a second
   */
  public B start(Instant value) {
    window = window.withStart(HistoryWindow.seconds(value, "start"));
    return self();
  }

  /**
   * {@code start}: only entries after this one (exclusive).
   *
   * @param id the txid or ledger id
   * @return this builder
   */
  public B startAfter(String id) {
    window = window.withStart(HistoryWindow.id(id, "start"));
    return self();
  }

  /**
   * {@code end}: only entries up to this time (inclusive).
   *
   * @param value a whole second
   * @return this builder
   * @throws IllegalArgumentException when {@code value} has a fraction of a second
   */
  public B end(Instant value) {
    window = window.withEnd(HistoryWindow.seconds(value, "end"));
    return self();
  }

  /**
   * {@code end}: only entries up to this one (inclusive).
   *
   * @param id the txid or ledger id
   * @return this builder
   */
  public B endAt(String id) {
    window = window.withEnd(HistoryWindow.id(id, "end"));
    return self();
  }

  /**
   * {@code ofs}: the offset of the first entry, for paging (pages hold {@value AccountPage#SIZE}).
   *
   * @param value 0 or more
   * @return this builder
   */
  public B offset(int value) {
    window = window.withOffset(value);
    return self();
  }
}
