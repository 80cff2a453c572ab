package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * How {@link FakeBinance}'s Spot orders trade, on the shared ledger. There is no order book: each
 * market has one price ({@link FakeBinance#setPrice}). A MARKET order, and a LIMIT order the price
 * already crosses, fills at once at the price, as taker. A resting LIMIT (or LIMIT_MAKER, or a
 * triggered stop-limit) fills whole at its limit price, as maker, when a new price reaches it (a BUY
 * at or below its price, a SELL at or above). A STOP_LOSS(_LIMIT) triggers when the price reaches its
 * stop price going against the order (a SELL at or below, a BUY at or above), a TAKE_PROFIT(_LIMIT)
 * going for it; a triggered STOP_LOSS or TAKE_PROFIT fills at the price as taker. Each fill is a
 * {@link SpotTrade} with no commission. Order lists: see {@link SpotOrderList}. Every change is told
 * to the {@link SpotOrderListener}s inside the lock, in the order it happens. Synchronized.
 */
final class SpotMatcher {
  private final Ledger ledger;
  private final Clock clock;
  private final List<SpotTrade> trades = new ArrayList<>();
  private final Map<Long, SpotOrderList> lists = new LinkedHashMap<>();
  private final List<SpotOrderListener> listeners = new CopyOnWriteArrayList<>();
  private long nextTradeId = 1;
  private long nextListId = 1;

  SpotMatcher(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Adds {@code o} (a draft of {@link BinanceSpot#draft}) and fills it if the price crosses it.
   * @throws BinanceError {@code -2010} for a stop the price would trigger at once, or a LIMIT_MAKER that would take
   */
  synchronized Ledger.Order place(Ledger.Order o) throws BinanceError, Ledger.Rejection {
    Ledger.Market m = market(o.symbol);
    refuseImmediate(o, m.price());
    long now = clock.millis();
    ledger.add(o, lockFor(o, m.price()), now);
    enter(o, now);
    return o;
  }

  /**
   * Places an order list: the working legs lock what they pay (an OCO pair once, the larger of its
   * legs' needs), the pending legs are {@code PENDING_NEW} and lock nothing until the working order fills.
   * {@code placed} sees the list once its legs are added, before a working leg the price crosses fills
   * (Binance's placement answer shows the pending legs {@code PENDING_NEW} even then).
   */
  synchronized SpotOrderList placeList(String kind, String listClientOrderId, List<Ledger.Order> legs,
      Consumer<SpotOrderList> placed) throws BinanceError, Ledger.Rejection {
    Ledger.Order first = legs.get(0);
    Ledger.Market m = market(first.symbol);
    long now = clock.millis();
    SpotOrderList list = new SpotOrderList(nextListId, kind, listClientOrderId, first.symbol, now);
    list.legs.addAll(legs);
    List<Ledger.Order> working = list.triggered() ? List.of(first) : legs;
    for (Ledger.Order o : working) {
      refuseImmediate(o, m.price());
    }
    BigDecimal need = working.stream().map(o -> lockFor(o, m.price())).reduce(BigDecimal.ZERO, BigDecimal::max);
    BigDecimal[] balance = ledger.balances().get(first.buy ? m.quote() : m.base());
    if (balance == null || balance[0].compareTo(need) < 0) {
      throw new Ledger.Rejection("insufficient balance");
    }
    nextListId++;
    BigDecimal held = BigDecimal.ZERO;
    for (Ledger.Order o : legs) {
      o.orderListId = list.id;
      boolean works = working.contains(o);
      BigDecimal lock = works ? lockFor(o, m.price()).subtract(held).max(BigDecimal.ZERO) : BigDecimal.ZERO;
      ledger.add(o, lock, now);
      held = held.add(lock);
      if (!works) {
        o.status = "PENDING_NEW";
      }
    }
    legs.stream().filter(o -> !working.contains(o)).forEach(o -> emit(o, "NEW", null, null));
    lists.put(list.id, list);
    placed.accept(list);
    for (Ledger.Order o : working) {
      enter(o, now);
    }
    return list;
  }

  /** Moves {@code symbol}'s price and fills or triggers every order the new price crosses, oldest first. */
  synchronized void setPrice(String symbol, BigDecimal price) {
    Ledger.Market m = ledger.findMarket(symbol)
        .orElseThrow(() -> new IllegalArgumentException("no market " + symbol + "; add it with market(...) first."));
    ledger.market(m.withPrice(price));
    long now = clock.millis();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Ledger.Order o : ledger.open(symbol)) {
        if (!o.status.equals("NEW")) {
          continue;
        }
        if (o.workingMillis < 0 && triggers(o, price)) {
          trigger(o, price, now);
          changed = true;
        } else if (o.workingMillis >= 0 && crosses(o, price)) {
          execute(o, o.price, true, now);
          changed = true;
        }
      }
    }
  }

  /**
   * Cancels {@code o}, or its whole list when it is a leg of one (as Binance does), releasing the locks.
   * @throws Ledger.Rejection if {@code o} is no longer open
   */
  synchronized void cancel(Ledger.Order o, String cancelClientOrderId) throws Ledger.Rejection {
    SpotOrderList list = lists.get(o.orderListId);
    if (list == null) {
      ledger.cancel(o, clock.millis());
      emit(o, "CANCELED", null, cancelClientOrderId);
    } else if (Ledger.isOpen(o)) {
      cancelList(list);
    } else {
      throw new Ledger.Rejection("order not open");
    }
  }

  /** Cancels every open leg of {@code list}, releasing what they lock. */
  synchronized void cancelList(SpotOrderList list) {
    long now = clock.millis();
    for (Ledger.Order o : list.legs) {
      if (Ledger.isOpen(o)) {
        ledger.close(o, "CANCELED", now);
        emit(o, "CANCELED", null, null);
      }
    }
    list.update(now);
  }

  /** Lowers the quantity of an open order (amend keep priority), releasing the lock of the quantity removed. */
  synchronized void amend(Ledger.Order o, BigDecimal newQty) {
    o.quantity = newQty;
    o.updatedMillis = clock.millis();
    BigDecimal keep = o.status.equals("PENDING_NEW") ? BigDecimal.ZERO : lockFor(o, market(o.symbol).price()).min(o.locked);
    ledger.release(o, o.locked.subtract(keep));
    emit(o, "REPLACED", null, null);
  }

  /** From now on {@code listener} is told of every change of an order. */
  void listen(SpotOrderListener listener) {
    listeners.add(listener);
  }


  /** The fills, oldest first (a copy). */
  synchronized List<SpotTrade> trades() {
    return List.copyOf(trades);
  }

  /** The list with {@code id}. */
  synchronized Optional<SpotOrderList> list(long id) {
    return Optional.ofNullable(lists.get(id));
  }

  /** Every list placed, oldest first (a copy). */
  synchronized List<SpotOrderList> lists() {
    return List.copyOf(lists.values());
  }

  /** The trigger types: STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT. */
  static boolean isStop(String type) {
    return type.startsWith("STOP_LOSS") || type.startsWith("TAKE_PROFIT");
  }

  /** What {@code o} locks for its open quantity: a BUY its cost at its limit (else stop, else current) price, a SELL its quantity. */
  static BigDecimal lockFor(Ledger.Order o, BigDecimal current) {
    BigDecimal open = o.quantity.subtract(o.executed);
    if (!o.buy) {
      return open;
    }
    return open.multiply(o.price != null ? o.price : o.stopPrice != null ? o.stopPrice : current);
  }

  private void refuseImmediate(Ledger.Order o, BigDecimal price) throws BinanceError {
    if (isStop(o.type) && triggers(o, price)) {
      throw new BinanceError(400, -2010, "Order would trigger immediately.");
    }
    if (o.type.equals("LIMIT_MAKER") && crosses(o, price)) {
      throw new BinanceError(400, -2010, "Order would immediately match and take.");
    }
  }

  /** {@code o} has just gone on the book ({@code NEW}): a stop waits for its trigger, anything the price crosses fills as taker. */
  private void enter(Ledger.Order o, long now) {
    BigDecimal price = market(o.symbol).price();
    if (isStop(o.type)) {
      o.workingMillis = -1;
      emit(o, "NEW", null, null);
      if (triggers(o, price)) {
        trigger(o, price, now);
      }
      return;
    }
    o.workingMillis = now;
    emit(o, "NEW", null, null);
    if (o.type.equals("MARKET") || crosses(o, price) && !o.type.equals("LIMIT_MAKER")) {
      execute(o, price, false, now);
    } else if (crosses(o, price) || o.timeInForce.equals("IOC") || o.timeInForce.equals("FOK")) {
      expire(o, now);
    }
  }

  private void trigger(Ledger.Order o, BigDecimal price, long now) {
    o.workingMillis = now;
    o.updatedMillis = now;
    if (o.price == null || crosses(o, price)) {
      execute(o, price, false, now);
    }
  }

  /** Fills {@code o} at {@code price}: expires its OCO sibling first (which frees a shared lock), then places pending legs. */
  private void execute(Ledger.Order o, BigDecimal price, boolean maker, long now) {
    SpotOrderList list = lists.get(o.orderListId);
    if (list != null && list.ocoPair().contains(o)) {
      list.ocoPair().stream().filter(s -> s != o && Ledger.isOpen(s)).forEach(s -> close(s, "EXPIRED", now));
    }
    BigDecimal qty = o.quantity.subtract(o.executed);
    try {
      ledger.fill(o, price, now);
    } catch (Ledger.Rejection r) {
      expire(o, now);
      return;
    }
    String quote = market(o.symbol).quote();
    SpotTrade trade = new SpotTrade(nextTradeId++, o.symbol, o.id, o.orderListId, price, qty, BigDecimal.ZERO, quote,
        now, o.buy, maker);
    trades.add(trade);
    emit(o, "TRADE", trade, null);
    if (list != null) {
      if (o == list.working()) {
        activate(list, now);
      }
      list.update(now);
    }
  }

  /** The working order filled: the pending legs lock what they pay and go on the book (all expire if the balance is short). */
  private void activate(SpotOrderList list, long now) {
    BigDecimal price = market(list.symbol).price();
    BigDecimal held = BigDecimal.ZERO;
    for (Ledger.Order p : list.pending()) {
      if (list.paysOther()) {
        p.quantity = list.working().executed;
      }
      BigDecimal lock = lockFor(p, price).subtract(held).max(BigDecimal.ZERO);
      try {
        ledger.lock(p, lock);
      } catch (Ledger.Rejection r) {
        list.pending().stream().filter(Ledger::isOpen).forEach(x -> expire(x, now));
        return;
      }
      held = held.add(lock);
      p.status = "NEW";
      p.updatedMillis = now;
    }
    for (Ledger.Order p : list.pending()) {
      if (p.status.equals("NEW")) {
        enter(p, now);
      }
    }
  }

  private void expire(Ledger.Order o, long now) {
    close(o, "EXPIRED", now);
    SpotOrderList list = lists.get(o.orderListId);
    if (list != null) {
      if (o == list.working()) {
        list.pending().stream().filter(Ledger::isOpen).forEach(p -> close(p, "EXPIRED", now));
      }
      list.update(now);
    }
  }

  private void close(Ledger.Order o, String status, long now) {
    ledger.close(o, status, now);
    emit(o, status, null, null);
  }

  private void emit(Ledger.Order o, String executionType, SpotTrade trade, String cancelClientOrderId) {
    for (SpotOrderListener l : listeners) {
      l.changed(o, executionType, trade, cancelClientOrderId);
    }
  }

  /** Whether the price reaches {@code o}'s limit: a BUY at or below it, a SELL at or above. */
  private static boolean crosses(Ledger.Order o, BigDecimal price) {
    return o.price != null && (o.buy ? price.compareTo(o.price) <= 0 : price.compareTo(o.price) >= 0);
  }

  /** Whether the price reaches a stop's trigger: STOP_LOSS against the order, TAKE_PROFIT for it. */
  private static boolean triggers(Ledger.Order o, BigDecimal price) {
    if (!isStop(o.type)) {
      return false;
    }
    int c = price.compareTo(o.stopPrice);
    boolean rising = o.type.startsWith("STOP_LOSS") == o.buy;
    return rising ? c >= 0 : c <= 0;
  }

  private Ledger.Market market(String symbol) {
    return ledger.findMarket(symbol).orElseThrow(() -> new IllegalStateException("no market " + symbol));
  }
}
