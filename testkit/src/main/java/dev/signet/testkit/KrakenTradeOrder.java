package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link FakeKraken} knows of one order beyond the shared {@link Ledger.Order} (balances, status,
 * quantities): Kraken's order type, trigger and limit prices, flags, fees, fills and amends.
 * Guarded by {@link KrakenMatcher}'s lock.
 */
final class KrakenTradeOrder {
  /** The ledger's order: side, volume, executed volume and cost, status, lock. */
  final Ledger.Order order;
  /** The pair. */
  final KrakenPairs.Pair pair;
  /** Kraken's order type, e.g. {@code stop-loss-limit}. */
  final String ordertype;
  /** The client's integer tag, or null. */
  final Integer userref;
  /** The price as sent: limit of a limit or iceberg, trigger of a stop or take-profit type. */
  BigDecimal price;
  /** The limit of a {@code *-limit} type after its trigger; null otherwise. */
  BigDecimal price2;
  /** The visible volume of an iceberg, or null. */
  BigDecimal displayvol;
  /** True for {@code oflags=post}. */
  boolean post;
  /** True once a stop or take-profit type has triggered (always true for the others). */
  boolean working;
  /** Its place in the queue at its price: lower trades first; set by {@link KrakenMatcher}. */
  long queue;
  /** Fees paid so far, in the quote asset. */
  BigDecimal fee = BigDecimal.ZERO;
  /** Why the order closed, e.g. {@code User requested}, or null. */
  String reason;
  /** Kraken's {@code misc} flags, e.g. {@code stopped}, {@code amended}. */
  final List<String> misc = new ArrayList<>();
  /** The trade txids of its fills, oldest first. */
  final List<String> trades = new ArrayList<>();
  /** OrderAmends' entries: the original first, then each amend. */
  final List<KrakenTradeAmend> amends = new ArrayList<>();

  KrakenTradeOrder(Ledger.Order order, KrakenTradeRequest r) {
    this.order = order;
    this.pair = r.pair();
    this.ordertype = r.ordertype();
    this.userref = r.userref();
    this.price = r.price();
    this.price2 = r.price2();
    this.displayvol = r.displayvol();
    this.post = r.post();
    this.working = !r.triggered();
  }

  /** The txid. */
  String txid() {
    return order.txid;
  }

  /** True while the order is on the book or waiting for its trigger. */
  boolean open() {
    return Ledger.isOpen(order);
  }

  /** The limit the order trades at while working: price of a limit/iceberg, price2 of a {@code *-limit}; null for market fills. */
  BigDecimal limit() {
    return ordertype.equals("limit") || ordertype.equals("iceberg") ? price : price2;
  }

  /** The {@code descr.order} text. */
  String describe() {
    return KrakenTradeRequest.describe(order.buy, order.quantity, pair.altname(), ordertype, price, price2);
  }

  /** One OrderAmends entry. */
  record KrakenTradeAmend(String amendId, String amendType, BigDecimal orderQty, BigDecimal displayQty,
      BigDecimal remainingQty, BigDecimal limitPrice, BigDecimal triggerPrice, boolean postOnly, long timestampNanos) {}
}
