package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link FakeKraken}'s record of what happened to the balances: every fill as a {@link Trade} and
 * every balance change as a {@link Entry} (two per fill, quote and base, with the fee on the quote
 * leg; deposits and withdrawals through {@link #entry}). Times are nanoseconds, strictly
 * increasing, so the public Trades {@code last} cursor never repeats. Synchronized.
 */
final class KrakenHistory {
  /** The position txid Kraken shows on spot trades, which open no position. */
  static final String NO_POSITION = "TKH2SE-M7IF5-CFI7LT";

  /**
   * One fill.
   * @param txid the trade txid
   * @param ordertxid the order's txid
   * @param pair the pair
   * @param timeNanos when, epoch nanoseconds
   * @param buy true when the order bought
   * @param ordertype the order's Kraken type
   * @param price the fill price
   * @param cost price × volume, in the quote asset
   * @param fee the fee, in the quote asset
   * @param vol the volume, in the base asset
   * @param maker true when the order rested on the book
   * @param tradeId the pair's public trade id
   * @param ledgers the ledger ids of the fill's two entries
   */
  record Trade(String txid, String ordertxid, KrakenPairs.Pair pair, long timeNanos, boolean buy, String ordertype,
      BigDecimal price, BigDecimal cost, BigDecimal fee, BigDecimal vol, boolean maker, long tradeId, List<String> ledgers) {}

  /**
   * One balance change.
   * @param id the ledger id
   * @param refid the trade txid or funding reference
   * @param timeNanos when, epoch nanoseconds
   * @param type e.g. {@code trade}, {@code deposit}, {@code withdrawal}
   * @param subtype e.g. empty, {@code spottofutures}
   * @param asset the asset id
   * @param amount the change, negative for money out
   * @param fee the fee charged on this entry
   * @param balance the asset's balance after the change (free plus held)
   */
  record Entry(String id, String refid, long timeNanos, String type, String subtype, String asset, BigDecimal amount,
      BigDecimal fee, BigDecimal balance) {}

  private final Ledger ledger;
  private final Clock clock;
  private final List<Trade> trades = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<java.util.function.Consumer<Entry>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private long lastNanos;
  private long nextTrade = 1;
  private long nextEntry = 1;

  KrakenHistory(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Records a fill the ledger has just booked (and its fee debited): the trade and its two entries.
   * @return the trade txid
   */
  synchronized Trade fill(KrakenTradeOrder o, BigDecimal price, BigDecimal vol, BigDecimal cost, BigDecimal fee, boolean maker) {
    long at = now();
    String txid = id('T', nextTrade);
    long tradeId = nextTrade++;
    String quote = add(txid, at, "trade", "", o.pair.quote(), o.order.buy ? cost.negate() : cost, fee);
    String base = add(txid, at, "trade", "", o.pair.base(), o.order.buy ? vol : vol.negate(), BigDecimal.ZERO);
    Trade t = new Trade(txid, o.txid(), o.pair, at, o.order.buy, o.ordertype, price, cost, fee, vol, maker, tradeId,
        List.of(quote, base));
    trades.add(t);
    return t;
  }

  /**
   * Records a balance change that is not a trade (a deposit, a withdrawal, a transfer), for the
   * funding routes: call it after the ledger's balance has changed.
   * @param type the ledger type, e.g. {@code deposit}
   * @param subtype the subtype, e.g. empty
   * @param asset the asset id, e.g. {@code ZUSD}
   * @param amount the change, negative for money out
   * @param fee the fee charged
   * @param refid the funding reference id
   * @return the new entry's ledger id
   */
  synchronized String entry(String type, String subtype, String asset, BigDecimal amount, BigDecimal fee, String refid) {
    return add(refid, now(), type, subtype, asset, amount, fee);
  }

  /** From now on {@code listener} is told of every new entry, inside this history's lock, in order. */
  void listen(java.util.function.Consumer<Entry> listener) {
    listeners.add(listener);
  }

  /** Every fill, oldest first (a copy). */
  synchronized List<Trade> trades() {
    return List.copyOf(trades);
  }

  /** Every ledger entry, oldest first (a copy). */
  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The fill with {@code txid}. */
  synchronized Optional<Trade> trade(String txid) {
    return trades.stream().filter(t -> t.txid().equals(txid)).findFirst();
  }

  /** The entry with {@code id}. */
  synchronized Optional<Entry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** A fee of {@code amount} in {@code asset}, rounded half-up to the asset's ledger decimals. */
  static BigDecimal round(String asset, BigDecimal amount) {
    return amount.setScale(decimals(asset), RoundingMode.HALF_UP);
  }

  /** The decimals the ledger writes {@code asset} with: 4 for Kraken's fiat ids ({@code ZUSD}), 10 for the others. */
  static int decimals(String asset) {
    return asset.length() == 4 && asset.charAt(0) == 'Z' ? 4 : 10;
  }

  /** A Kraken-looking id for the {@code n}th trade ({@code T}) or ledger entry ({@code L}). */
  static String id(char prefix, long n) {
    return String.format("%c%05d-%05d-%06d", prefix, n % 100000, (n * 7919) % 100000, (n * 104729) % 1000000);
  }

  /** Seconds with four decimals, as TradesHistory and Ledgers write {@code time}. */
  static BigDecimal seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).setScale(4, RoundingMode.DOWN);
  }

  private String add(String refid, long at, String type, String subtype, String asset, BigDecimal amount, BigDecimal fee) {
    String id = id('L', nextEntry++);
    BigDecimal[] b = ledger.balances().get(asset);
    BigDecimal balance = b == null ? BigDecimal.ZERO : b[0].add(b[1]);
    Entry e = new Entry(id, refid, at, type, subtype, asset, amount, fee, balance);
    entries.add(e);
    listeners.forEach(l -> l.accept(e));
    return id;
  }

  private long now() {
    lastNanos = Math.max(clock.millis() * 1_000_000L, lastNanos + 1);
    return lastNanos;
  }
}
