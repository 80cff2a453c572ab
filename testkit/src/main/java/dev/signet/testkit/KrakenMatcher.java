package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How {@link FakeKraken}'s orders trade. There is no order book: each pair has one price
 * ({@link FakeKraken#setPrice}). A market order, and a limit the price already crosses, fills whole at
 * once at the price as taker; a resting limit (or iceberg, or triggered {@code *-limit}) fills whole at
 * its limit as maker when a new price reaches it (a buy at or below, a sell at or above). A stop-loss
 * triggers when the price reaches its trigger going against the order (a sell at or below, a buy at or
 * above), a take-profit going for it; then it fills at the price as taker, or a {@code *-limit} goes on
 * the book at {@code price2}. Fees are in the quote asset; a buy holds its cost at its limit (or trigger)
 * price, a sell its volume; a fill the balance no longer covers cancels the order (reason
 * {@code Insufficient funds}). Orders a new price reaches trade in queue order: by placement, except
 * that an amend which raises the quantity or changes a price sends the order to the back (one that
 * only lowers the quantity keeps its place, as Kraken keeps queue priority "where possible").
 * Every change goes to the {@link KrakenOrderListener}s inside the lock, in the order it happens. Synchronized.
 */
final class KrakenMatcher {
  private final Ledger ledger;
  private final Clock clock;
  private final KrakenHistory history;
  private final KrakenOrderRules rules;
  private final Map<String, KrakenTradeOrder> orders = new LinkedHashMap<>();
  private final List<KrakenOrderListener> listeners = new CopyOnWriteArrayList<>();
  private long nextAmend = 1;
  private long nextQueue = 1;

  KrakenMatcher(Ledger ledger, Clock clock, KrakenHistory history, BigDecimal makerFee, BigDecimal takerFee) {
    this.ledger = ledger;
    this.clock = clock;
    this.history = history;
    this.rules = new KrakenOrderRules(ledger, makerFee, takerFee);
  }

  /**
   * Places a checked order and trades it against the current price.
   * @throws KrakenError {@code EOrder:Post only order} for a post-only limit the price crosses,
   *     {@code EOrder:Duplicate order} for a {@code cl_ord_id} already on an open order,
   *     {@code EOrder:Insufficient funds} when the free balance does not cover what it holds or pays now
   */
  synchronized KrakenTradeOrder place(KrakenTradeRequest r) throws KrakenError {
    BigDecimal current = price(r.pair());
    KrakenTradeOrder t = order(r);
    rules.checkTake(r, t, current, BigDecimal.ZERO);
    return add(t, current);
  }

  /** A new order from {@code r}, not placed. */
  private static KrakenTradeOrder order(KrakenTradeRequest r) {
    Ledger.Order o = new Ledger.Order();
    o.clientOrderId = r.clOrdId();
    o.symbol = r.pair().altname();
    o.buy = r.buy();
    o.market = r.ordertype().equals("market");
    o.type = r.ordertype().toUpperCase(Locale.ROOT).replace('-', '_');
    o.quantity = r.volume();
    o.price = r.rests() ? r.price() : null;
    o.stopPrice = r.triggered() ? r.price() : null;
    o.timeInForce = r.ioc() ? "IOC" : "GTC";
    return new KrakenTradeOrder(o, r);
  }

  /** Adds a checked {@code t} to the ledger and trades it. */
  private KrakenTradeOrder add(KrakenTradeOrder t, BigDecimal current) throws KrakenError {
    Ledger.Order o = t.order;
    long now = clock.millis();
    try {
      ledger.add(o, KrakenOrderRules.hold(t, current), now);
    } catch (Ledger.Rejection e) {
      throw new KrakenError(e.getMessage().equals("duplicate client order id") ? "EOrder:Duplicate order" : "EOrder:Insufficient funds");
    }
    o.workingMillis = t.working ? now : -1;
    t.queue = nextQueue++;
    orders.put(o.txid, t);
    t.amends.add(amend(t, "original"));
    emit(t, "new", null);
    enter(t, current, now);
    return t;
  }

  /** From now on {@code listener} is told of every change of an order. */
  void listen(KrakenOrderListener listener) {
    listeners.add(listener);
  }

  /** Moves the pair's price and fills or triggers every open order it crosses, oldest first, until none changes. */
  synchronized void setPrice(KrakenPairs.Pair pair, BigDecimal price) {
    Ledger.Market m = ledger.findMarket(pair.altname()).orElseThrow();
    ledger.market(m.withPrice(price));
    long now = clock.millis();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (KrakenTradeOrder t : byQueue()) {
        if (!t.pair.equals(pair)) {
          continue;
        }
        if (!t.working && KrakenOrderRules.triggers(t, price)) {
          trigger(t, price, now);
          changed = true;
        } else if (t.working && t.limit() != null && KrakenOrderRules.crosses(t.order.buy, t.limit(), price)) {
          fill(t, t.limit(), true, now);
          changed = true;
        }
      }
    }
  }

  /** Cancels {@code t} if it is open; true when it was. */
  synchronized boolean cancel(KrakenTradeOrder t) {
    if (!t.open()) {
      return false;
    }
    close(t, "User requested", clock.millis());
    return true;
  }

  /** Cancels every open order; how many there were. */
  synchronized int cancelAll() {
    int count = 0;
    for (KrakenTradeOrder t : open()) {
      count += cancel(t) ? 1 : 0;
    }
    return count;
  }

  /**
   * Amends an open order in place (same txid): the values given replace the old ones, the hold is
   * recomputed, and the order trades again against the current price.
   * @param qty the new volume, or null
   * @param limit the new limit price, or null
   * @param trigger the new trigger price, or null
   * @param display the new iceberg display volume, or null
   * @param postOnly true to refuse a limit the price would cross
   * @return the amend id
   * @throws KrakenError for a closed order, a value the order type has no use for, a volume below what
   *     has filled, a post-only price that would take, or a hold the balance does not cover
   */
  synchronized String amend(KrakenTradeOrder t, BigDecimal qty, BigDecimal limit, BigDecimal trigger, BigDecimal display,
      boolean postOnly) throws KrakenError {
    if (!t.open()) {
      throw new KrakenError("EOrder:Unknown order");
    }
    Ledger.Order o = t.order;
    BigDecimal newQty = qty == null ? o.quantity : qty;
    KrakenOrderRules.checkAmend(t, newQty, limit, trigger, display);
    BigDecimal current = price(t.pair);
    if (postOnly && limit != null && t.working && KrakenOrderRules.crosses(o.buy, limit, current)) {
      throw new KrakenError("EOrder:Post only order");
    }
    boolean losesPlace = newQty.compareTo(o.quantity) > 0 || limit != null && limit.compareTo(t.limit()) != 0
        || trigger != null && trigger.compareTo(o.stopPrice) != 0;
    BigDecimal[] before = {o.quantity, t.price, t.price2, t.displayvol, o.price, o.stopPrice, o.locked};
    apply(t, newQty, limit, trigger, display);
    ledger.release(o, o.locked);
    try {
      ledger.lock(o, KrakenOrderRules.hold(t, current));
    } catch (Ledger.Rejection e) {
      apply(t, before[0], null, null, before[3]);
      t.price = before[1];
      t.price2 = before[2];
      o.price = before[4];
      o.stopPrice = before[5];
      lockBack(o, before[6]);
      throw new KrakenError("EOrder:Insufficient funds");
    }
    if (!t.misc.contains("amended")) {
      t.misc.add("amended");
    }
    if (losesPlace) {
      t.queue = nextQueue++;
    }
    KrakenTradeOrder.KrakenTradeAmend a = amend(t, "user");
    t.amends.add(a);
    emit(t, "amended", null);
    enter(t, current, clock.millis());
    return a.amendId();
  }

  /**
   * EditOrder: checks {@code r} first, counting what {@code old} holds as free (same pair and side), then
   * cancels {@code old} and places {@code r} in its place (a new txid). A refused replacement changes
   * nothing: {@code old} stays open as it was and listeners are told nothing.
   * @throws KrakenError {@code EOrder:Unknown order} for a closed {@code old}; {@code EOrder:Post only order}
   *     or {@code EOrder:Insufficient funds} as placing {@code r} would answer
   */
  synchronized KrakenTradeOrder replace(KrakenTradeOrder old, KrakenTradeRequest r) throws KrakenError {
    if (!old.open()) {
      throw new KrakenError("EOrder:Unknown order");
    }
    BigDecimal current = price(r.pair());
    KrakenTradeOrder t = order(r);
    rules.checkTake(r, t, current, old.order.locked);
    rules.checkHold(t, current, old.order.locked);
    cancel(old);
    try {
      return add(t, current);
    } catch (KrakenError e) {
      throw new IllegalStateException("the replacement was checked before the old order was cancelled", e);
    }
  }

  /** The order with {@code txid}. */
  synchronized Optional<KrakenTradeOrder> find(String txid) {
    return Optional.ofNullable(orders.get(txid));
  }

  /** The newest order with {@code clOrdId}. */
  synchronized Optional<KrakenTradeOrder> byClientId(String clOrdId) {
    KrakenTradeOrder found = null;
    for (KrakenTradeOrder t : orders.values()) {
      if (clOrdId.equals(t.order.clientOrderId)) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every order, oldest first (a copy). */
  synchronized List<KrakenTradeOrder> all() {
    return new ArrayList<>(orders.values());
  }

  /** The open orders, oldest first (a copy). */
  synchronized List<KrakenTradeOrder> open() {
    return orders.values().stream().filter(KrakenTradeOrder::open).toList();
  }

  /** The open orders in queue order. */
  private List<KrakenTradeOrder> byQueue() {
    List<KrakenTradeOrder> open = new ArrayList<>(open());
    open.sort(java.util.Comparator.comparingLong(t -> t.queue));
    return open;
  }

  private void apply(KrakenTradeOrder t, BigDecimal qty, BigDecimal limit, BigDecimal trigger, BigDecimal display) {
    t.order.quantity = qty;
    t.order.updatedMillis = clock.millis();
    if (display != null || t.displayvol != null) {
      t.displayvol = display == null ? t.displayvol : display;
    }
    if (limit != null) {
      if (t.price2 != null) {
        t.price2 = limit;
      } else {
        t.price = limit;
      }
      if (t.order.price != null) {
        t.order.price = limit;
      }
    }
    if (trigger != null) {
      t.price = trigger;
      t.order.stopPrice = trigger;
    }
  }

  private void lockBack(Ledger.Order o, BigDecimal amount) {
    try {
      ledger.lock(o, amount);
    } catch (Ledger.Rejection impossible) {
      throw new IllegalStateException("the hold just released is free", impossible);
    }
  }

  /** Trades {@code t} against {@code current}: a waiting stop may trigger, a market or crossed limit fills as taker, an IOC that does not cancels. */
  private void enter(KrakenTradeOrder t, BigDecimal current, long now) {
    if (!t.working) {
      if (KrakenOrderRules.triggers(t, current)) {
        trigger(t, current, now);
      }
      return;
    }
    BigDecimal limit = t.limit();
    if (limit == null || KrakenOrderRules.crosses(t.order.buy, limit, current)) {
      fill(t, current, false, now);
    } else if (t.order.timeInForce.equals("IOC")) {
      close(t, "Immediate or cancel", now);
    }
  }

  private void trigger(KrakenTradeOrder t, BigDecimal current, long now) {
    t.working = true;
    t.order.workingMillis = now;
    t.misc.add(t.ordertype.startsWith("stop-loss") ? "stopped" : "touched");
    t.order.price = t.limit();
    enter(t, current, now);
  }

  /** Fills the rest of {@code t} at {@code price} and records the trade, or cancels it when the balance no longer covers it. */
  private void fill(KrakenTradeOrder t, BigDecimal price, boolean maker, long now) {
    Ledger.Order o = t.order;
    if (!rules.covers(t, price, maker ? rules.makerFee() : rules.takerFee(), BigDecimal.ZERO)) {
      close(t, "Insufficient funds", now);
      return;
    }
    BigDecimal vol = o.quantity.subtract(o.executed);
    BigDecimal cost = vol.multiply(price);
    BigDecimal fee = KrakenHistory.round(t.pair.quote(), cost.multiply(maker ? rules.makerFee() : rules.takerFee()));
    try {
      ledger.fill(o, price, now);
      ledger.debit(t.pair.quote(), fee);
    } catch (Ledger.Rejection checkedAbove) {
      throw new IllegalStateException("covers() checked the balance", checkedAbove);
    }
    t.fee = t.fee.add(fee);
    KrakenHistory.Trade trade = history.fill(t, price, vol, cost, fee, maker);
    t.trades.add(trade.txid());
    emit(t, "trade", trade);
    emit(t, "filled", null);
  }

  private void close(KrakenTradeOrder t, String reason, long now) {
    ledger.close(t.order, "CANCELED", now);
    t.reason = reason;
    emit(t, "canceled", null);
  }

  private void emit(KrakenTradeOrder t, String execType, KrakenHistory.Trade trade) {
    for (KrakenOrderListener l : listeners) {
      l.changed(t, execType, trade);
    }
  }

  private KrakenTradeOrder.KrakenTradeAmend amend(KrakenTradeOrder t, String type) {
    Ledger.Order o = t.order;
    return new KrakenTradeOrder.KrakenTradeAmend(KrakenHistory.id('A', nextAmend++), type, o.quantity, t.displayvol,
        o.quantity.subtract(o.executed), t.limit(), o.stopPrice, t.post, clock.millis() * 1_000_000L);
  }

  private BigDecimal price(KrakenPairs.Pair pair) {
    return ledger.findMarket(pair.altname()).orElseThrow().price();
  }
}
