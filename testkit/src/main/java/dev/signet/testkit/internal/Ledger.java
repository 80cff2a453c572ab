package dev.signet.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state both fakes keep: balances with locked amounts, markets with a fill price, and orders.
 * Limit orders rest until cancelled and lock their cost; market orders fill at the market's price.
 * Synchronized. Not API.
 */
public final class Ledger {
  /** One asset's balance. */
  public static final class Balance {
    public BigDecimal free = BigDecimal.ZERO;
    public BigDecimal locked = BigDecimal.ZERO;
  }

  /**
   * A tradable symbol.
   *
   * @param symbol the exchange's symbol or pair
   * @param base base asset
   * @param quote quote asset
   * @param price the price market orders fill at
   */
  public record Market(String symbol, String base, String quote, BigDecimal price) {}

  /** An order's state. */
  public static final class Order {
    public long id;
    public String txid;
    public String clientOrderId;
    public String symbol;
    public boolean buy;
    public boolean market;
    public BigDecimal quantity;
    public BigDecimal price;
    public BigDecimal executed = BigDecimal.ZERO;
    public BigDecimal quoteExecuted = BigDecimal.ZERO;
    public String status;
    public long createdMillis;
    public long updatedMillis;
  }

  /** Why an order was refused. */
  public static final class Rejection extends Exception {
    /** The reason. */
    public Rejection(String reason) {
      super(reason, null, false, false);
    }
  }

  private final Map<String, Balance> balances = new TreeMap<>();
  private final Map<String, Market> markets = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private long nextId = 1;

  /** Adds {@code amount} to the free balance of {@code asset}. */
  public synchronized void deposit(String asset, BigDecimal amount) {
    balance(asset).free = balance(asset).free.add(amount);
  }

  /** Adds or replaces a market. */
  public synchronized void market(Market market) {
    markets.put(market.symbol(), market);
  }

  /** The market for {@code symbol}, if known. */
  public synchronized Optional<Market> findMarket(String symbol) {
    return Optional.ofNullable(markets.get(symbol));
  }

  /** A snapshot of the balances: asset to {free, locked}. */
  public synchronized Map<String, BigDecimal[]> balances() {
    Map<String, BigDecimal[]> out = new TreeMap<>();
    balances.forEach((k, v) -> out.put(k, new BigDecimal[] {v.free, v.locked}));
    return out;
  }

  /** Places an order, or throws a {@link Rejection} with the reason. */
  public synchronized Order place(String symbol, boolean buy, boolean market, BigDecimal quantity, BigDecimal price,
      String clientOrderId, long nowMillis) throws Rejection {
    Market m = markets.get(symbol);
    if (m == null) {
      throw new Rejection("unknown symbol");
    }
    if (clientOrderId != null && orders.stream().anyMatch(o -> clientOrderId.equals(o.clientOrderId) && isOpen(o))) {
      throw new Rejection("duplicate client order id");
    }
    BigDecimal fillPrice = market ? m.price() : price;
    BigDecimal cost = quantity.multiply(fillPrice);
    Balance pay = buy ? balance(m.quote()) : balance(m.base());
    BigDecimal needed = buy ? cost : quantity;
    if (pay.free.compareTo(needed) < 0) {
      throw new Rejection("insufficient balance");
    }
    Order o = new Order();
    o.id = nextId++;
    o.txid = String.format("O%05d-%05d-%06d", o.id % 100000, (o.id * 7919) % 100000, (o.id * 104729) % 1000000);
    o.clientOrderId = clientOrderId;
    o.symbol = symbol;
    o.buy = buy;
    o.market = market;
    o.quantity = quantity;
    o.price = market ? null : price;
    o.createdMillis = nowMillis;
    o.updatedMillis = nowMillis;
    pay.free = pay.free.subtract(needed);
    if (market) {
      Balance receive = buy ? balance(m.base()) : balance(m.quote());
      receive.free = receive.free.add(buy ? quantity : cost);
      o.executed = quantity;
      o.quoteExecuted = cost;
      o.status = "FILLED";
    } else {
      pay.locked = pay.locked.add(needed);
      o.status = "NEW";
    }
    orders.add(o);
    return o;
  }

  /** Cancels an open order and unlocks what it held; throws when it is not open. */
  public synchronized Order cancel(Order o, long nowMillis) throws Rejection {
    if (!isOpen(o)) {
      throw new Rejection("order not open");
    }
    Market m = markets.get(o.symbol);
    Balance held = o.buy ? balance(m.quote()) : balance(m.base());
    BigDecimal amount = o.buy ? o.quantity.multiply(o.price) : o.quantity;
    held.locked = held.locked.subtract(amount);
    held.free = held.free.add(amount);
    o.status = "CANCELED";
    o.updatedMillis = nowMillis;
    return o;
  }

  /** The order with {@code id}. */
  public synchronized Optional<Order> byId(long id) {
    return orders.stream().filter(o -> o.id == id).findFirst();
  }

  /** The order with {@code txid}. */
  public synchronized Optional<Order> byTxid(String txid) {
    return orders.stream().filter(o -> o.txid.equals(txid)).findFirst();
  }

  /** The newest order with {@code clientOrderId}. */
  public synchronized Optional<Order> byClientId(String clientOrderId) {
    for (int i = orders.size() - 1; i >= 0; i--) {
      if (clientOrderId.equals(orders.get(i).clientOrderId)) {
        return Optional.of(orders.get(i));
      }
    }
    return Optional.empty();
  }

  /** Open orders, oldest first, optionally of one symbol. */
  public synchronized List<Order> open(String symbol) {
    return orders.stream().filter(Ledger::isOpen).filter(o -> symbol == null || o.symbol.equals(symbol)).toList();
  }

  /** Every order placed, oldest first. */
  public synchronized List<Order> all() {
    return List.copyOf(orders);
  }

  /** True for NEW orders. */
  public static boolean isOpen(Order o) {
    return o.status.equals("NEW");
  }

  /** {@code value} with {@code scale} decimals, as a plain string. */
  public static String plain(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  private Balance balance(String asset) {
    return balances.computeIfAbsent(asset, a -> new Balance());
  }
}
