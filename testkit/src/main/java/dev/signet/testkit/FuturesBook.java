package dev.signet.testkit;

import dev.signet.testkit.FuturesPositions.Contract;
import dev.signet.testkit.FuturesPositions.Position;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The USD-M futures orders of {@link FakeFutures}: plain LIMIT/MARKET orders and algo (conditional)
 * orders, matched against the mark price. A MARKET order or a LIMIT that crosses the mark fills at
 * the mark (taker); a resting LIMIT fills at its limit price once the mark reaches it (maker). An
 * algo order triggers when the mark crosses its trigger price: STOP_MARKET/TAKE_PROFIT_MARKET place a
 * MARKET order (for the whole position with {@code closePosition}), STOP/TAKE_PROFIT place their LIMIT
 * order (at the mark when priced by {@code priceMatch}); TRAILING_STOP_MARKET orders rest and never
 * trigger. One price serves as mark and contract price, whatever the {@code workingType}. Fills are whole. Every method runs under
 * this object's lock, which also guards {@link #positions}.
 */
final class FuturesBook {
  /** A plain order's state. */
  static final class Order {
    long id;
    String clientOrderId;
    String symbol;
    boolean buy;
    String positionSide;
    String type;
    String timeInForce;
    BigDecimal quantity;
    BigDecimal price;
    BigDecimal executed = BigDecimal.ZERO;
    BigDecimal cumQuote = BigDecimal.ZERO;
    boolean reduceOnly;
    boolean closePosition;
    String status = "NEW";
    String priceMatch = "NONE";
    String selfTradePreventionMode = "EXPIRE_MAKER";
    long goodTillDate;
    String origType;
    long time;
    long updateTime;

    boolean isOpen() {
      return status.equals("NEW") || status.equals("PARTIALLY_FILLED");
    }
  }

  /** An algo order's state; {@link #placed} is the order its trigger placed. */
  static final class Algo {
    long algoId;
    String clientAlgoId;
    String orderType;
    String symbol;
    boolean buy;
    String positionSide;
    String timeInForce;
    BigDecimal quantity;
    BigDecimal price;
    BigDecimal triggerPrice;
    String workingType;
    String priceMatch;
    String selfTradePreventionMode;
    boolean closePosition;
    boolean priceProtect;
    boolean reduceOnly;
    BigDecimal activatePrice;
    BigDecimal callbackRate;
    long goodTillDate;
    String status = "NEW";
    Order placed;
    long createTime;
    long updateTime;
    long triggerTime;

    /** The status as Binance shows it: FINISHED once the placed order is done. */
    String algoStatus() {
      return status.equals("TRIGGERED") && placed != null && !placed.isOpen() ? "FINISHED" : status;
    }
  }

  final FuturesPositions positions;
  private final Clock clock;
  private final List<Order> orders = new ArrayList<>();
  private final List<Algo> algos = new ArrayList<>();
  private final Map<String, Long> countdowns = new HashMap<>();
  private final List<FuturesOrderListener> listeners = new CopyOnWriteArrayList<>();
  private long nextOrderId = 1;
  private long nextAlgoId = 1;

  FuturesBook(FuturesPositions positions, Clock clock) {
    this.positions = positions;
    this.clock = clock;
  }

  long now() {
    return clock.millis();
  }

  /** Tells {@code listener} of every order change from now on, inside this lock, in order. */
  void listen(FuturesOrderListener listener) {
    listeners.add(listener);
  }

  private void changed(Order o, String executionType, FuturesOrderListener.Fill fill) {
    for (FuturesOrderListener l : listeners) {
      l.changed(o, executionType, fill);
    }
  }

  /** Tells the listeners the wallet or {@code moved} changed, for {@code reason}; the caller holds this lock. */
  void accountChanged(String reason, List<Position> moved) {
    for (FuturesOrderListener l : listeners) {
      l.accountChanged(reason, moved);
    }
  }

  /** Checks {@code o} against the position mode, positions and margin, then places and matches it. */
  synchronized Order place(Order o) throws BinanceError {
    Position p = positions.position(o.symbol, o.positionSide);
    boolean reduces = FuturesPositions.reduces(p, o.buy);
    boolean closing = o.reduceOnly || o.closePosition || !o.positionSide.equals("BOTH") && reduces;
    if (closing && (!reduces || p.amount.signum() == 0 || o.quantity.compareTo(p.amount.abs()) > 0)) {
      throw new BinanceError(400, -2022, "ReduceOnly Order is rejected.");
    }
    if (open(o.symbol).stream().anyMatch(x -> x.clientOrderId.equals(o.clientOrderId))) {
      throw new BinanceError(400, -4116, "ClientOrderId is duplicated.");
    }
    Contract c = positions.contract(o.symbol);
    if (!reduces && FuturesPositions.margin(o.quantity.multiply(priceOf(o, c)), c.leverage)
        .compareTo(positions.available(ordersMargin(null))) > 0) {
      throw new BinanceError(400, -2019, "Margin is insufficient.");
    }
    o.id = nextOrderId++;
    o.time = now();
    o.updateTime = o.time;
    orders.add(o);
    changed(o, "NEW", null);
    if (o.type.equals("MARKET") || (o.buy ? o.price.compareTo(c.mark) >= 0 : o.price.compareTo(c.mark) <= 0)) {
      execute(o, c.mark, false);
    } else if (o.timeInForce.equals("IOC") || o.timeInForce.equals("FOK")) {
      o.status = "EXPIRED";
      changed(o, "EXPIRED", null);
    }
    return o;
  }

  /** A GTX (post-only) order that would fill at once, refused as Binance refuses it. */
  synchronized boolean wouldTake(String symbol, boolean buy, BigDecimal price) throws BinanceError {
    BigDecimal mark = positions.contract(symbol).mark;
    return buy ? price.compareTo(mark) >= 0 : price.compareTo(mark) <= 0;
  }

  private static BigDecimal priceOf(Order o, Contract c) {
    return o.price == null ? c.mark : o.price;
  }

  /** The initial margin of the open orders (of {@code symbol}, or all) that do not only reduce. */
  synchronized BigDecimal ordersMargin(String symbol) {
    BigDecimal m = BigDecimal.ZERO;
    for (Order o : orders) {
      if (o.isOpen() && !o.reduceOnly && (symbol == null || o.symbol.equals(symbol))) {
        Contract c = positions.contractOrNull(o.symbol);
        m = m.add(FuturesPositions.margin(o.quantity.subtract(o.executed).multiply(priceOf(o, c)), c.leverage));
      }
    }
    return m;
  }

  /** Fills what is left of {@code o} at {@code price}, capped at the position when it only reduces. */
  private void execute(Order o, BigDecimal price, boolean maker) {
    Position p = positions.position(o.symbol, o.positionSide);
    BigDecimal qty = o.quantity.subtract(o.executed);
    boolean closing = o.reduceOnly || o.closePosition || !o.positionSide.equals("BOTH");
    if (closing && FuturesPositions.reduces(p, o.buy)) {
      qty = qty.min(p.amount.abs());
    }
    o.updateTime = now();
    boolean filled = o.executed.add(qty.max(BigDecimal.ZERO)).compareTo(o.quantity) == 0;
    if (qty.signum() > 0) {
      BigDecimal realized = positions.fill(p, o.buy, qty, price);
      o.executed = o.executed.add(qty);
      o.cumQuote = o.cumQuote.add(qty.multiply(price));
      o.status = filled ? "FILLED" : "PARTIALLY_FILLED";
      changed(o, "TRADE", new FuturesOrderListener.Fill(qty, price, maker, realized));
      accountChanged("ORDER", List.of(p));
    }
    if (!filled) {
      o.status = "EXPIRED";
      changed(o, "EXPIRED", null);
    }
  }

  /** Moves the mark price and trades what it crosses: resting orders oldest first, then algo triggers. */
  synchronized void setMark(String symbol, BigDecimal mark) throws BinanceError {
    Contract c = positions.contract(symbol);
    c.mark = mark;
    tick();
    for (Order o : new ArrayList<>(orders)) {
      if (o.isOpen() && o.symbol.equals(symbol) && (o.buy ? mark.compareTo(o.price) <= 0 : mark.compareTo(o.price) >= 0)) {
        execute(o, o.price, true);
      }
    }
    for (Algo a : new ArrayList<>(algos)) {
      if (a.status.equals("NEW") && a.symbol.equals(symbol) && crossed(a, mark)) {
        trigger(a);
      }
    }
  }

  /** True when {@code mark} has reached {@code a}'s trigger price. */
  static boolean crossed(Algo a, BigDecimal mark) {
    if (a.triggerPrice == null) {
      return false;
    }
    boolean stop = a.orderType.startsWith("STOP");
    boolean up = stop == a.buy;
    return up ? mark.compareTo(a.triggerPrice) >= 0 : mark.compareTo(a.triggerPrice) <= 0;
  }

  private void trigger(Algo a) {
    a.triggerTime = now();
    a.updateTime = a.triggerTime;
    Position p = positions.position(a.symbol, a.positionSide);
    BigDecimal qty = a.closePosition ? p.amount.abs() : a.quantity;
    if (qty.signum() == 0) {
      a.status = "EXPIRED";
      return;
    }
    Order o = new Order();
    o.clientOrderId = a.clientAlgoId;
    o.symbol = a.symbol;
    o.buy = a.buy;
    o.positionSide = a.positionSide;
    o.type = a.orderType.endsWith("MARKET") ? "MARKET" : "LIMIT";
    o.origType = a.orderType;
    o.timeInForce = o.type.equals("MARKET") ? "GTC" : a.timeInForce;
    o.quantity = qty;
    o.price = o.type.equals("MARKET") ? null : a.price != null ? a.price : positions.contractOrNull(a.symbol).mark;
    o.reduceOnly = a.reduceOnly;
    o.closePosition = a.closePosition;
    try {
      a.placed = place(o);
      a.status = "TRIGGERED";
    } catch (BinanceError e) {
      a.status = "REJECTED";
    }
  }

  synchronized Algo placeAlgo(Algo a) throws BinanceError {
    Contract c = positions.contract(a.symbol);
    if (crossed(a, c.mark)) {
      throw new BinanceError(400, -2021, "Order would immediately trigger.");
    }
    a.algoId = nextAlgoId++;
    a.createTime = now();
    a.updateTime = a.createTime;
    algos.add(a);
    return a;
  }

  synchronized List<Order> open(String symbol) {
    return orders.stream().filter(o -> o.isOpen() && (symbol == null || o.symbol.equals(symbol))).toList();
  }

  synchronized Optional<Order> find(String symbol, Long id, String clientOrderId) {
    return orders.stream().filter(o -> o.symbol.equals(symbol)
        && (id != null ? o.id == id : o.clientOrderId.equals(clientOrderId))).reduce((x, y) -> y);
  }

  synchronized void cancel(Order o) {
    o.status = "CANCELED";
    o.updateTime = now();
    changed(o, "CANCELED", null);
  }

  /** Sets a LIMIT order's quantity and price (cancelling it when no more than is filled) and matches it. */
  synchronized void modify(Order o, BigDecimal quantity, BigDecimal price) {
    o.updateTime = now();
    if (quantity.compareTo(o.executed) <= 0) {
      o.status = "CANCELED";
      changed(o, "CANCELED", null);
      return;
    }
    o.quantity = quantity;
    o.price = price;
    changed(o, "AMENDMENT", null);
    BigDecimal mark = positions.contractOrNull(o.symbol).mark;
    if (o.buy ? price.compareTo(mark) >= 0 : price.compareTo(mark) <= 0) {
      execute(o, mark, false);
    }
  }

  synchronized List<Algo> openAlgos(String symbol) {
    return algos.stream().filter(a -> a.status.equals("NEW") && (symbol == null || a.symbol.equals(symbol))).toList();
  }

  synchronized Optional<Algo> findAlgo(Long algoId, String clientAlgoId) {
    return algos.stream().filter(a -> algoId != null ? a.algoId == algoId : a.clientAlgoId.equals(clientAlgoId))
        .reduce((x, y) -> y);
  }

  synchronized void cancelAlgo(Algo a) {
    a.status = "CANCELED";
    a.updateTime = now();
  }

  /** Arms (or with 0 stops) the dead-man switch of {@code symbol}. */
  synchronized void countdown(String symbol, long millis) {
    if (millis == 0) {
      countdowns.remove(symbol);
    } else {
      countdowns.put(symbol, now() + millis);
    }
  }

  /** Expires GTD orders past their {@code goodTillDate} and cancels every open order of a symbol whose countdown ran out. */
  synchronized void tick() {
    long now = now();
    for (Order o : orders) {
      if (o.isOpen() && o.timeInForce.equals("GTD") && o.goodTillDate <= now) {
        o.status = "EXPIRED";
        o.updateTime = now;
        changed(o, "EXPIRED", null);
      }
    }
    countdowns.entrySet().removeIf(e -> {
      if (now < e.getValue()) {
        return false;
      }
      open(e.getKey()).forEach(this::cancel);
      openAlgos(e.getKey()).forEach(this::cancelAlgo);
      return true;
    });
  }
}
