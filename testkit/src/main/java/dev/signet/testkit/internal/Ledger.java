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
 * The state both fakes keep: balances, markets with a price, and orders, each holding its own
 * {@link Order#locked} amount until {@link #fill} or {@link #close}. {@link #place} is Kraken's simple
 * model; Binance's matching on these primitives is {@code SpotMatcher}'s. Synchronized. Not API.
 */
public final class Ledger {
  private static final class Balance {
    private BigDecimal free = BigDecimal.ZERO;
    private BigDecimal locked = BigDecimal.ZERO;
  }

  /**
   * A tradable symbol, with the trading rules the fake publishes (null: no such filter).
   *
   * @param symbol the exchange's symbol or pair
   * @param base base asset
   * @param quote quote asset
   * @param price the price market orders fill at
   * @param tickSize the price step ({@code PRICE_FILTER}), or null
   * @param stepSize the quantity step ({@code LOT_SIZE}), or null
   * @param minNotional the smallest price × quantity ({@code NOTIONAL}), or null
   */
  public record Market(String symbol, String base, String quote, BigDecimal price, BigDecimal tickSize,
      BigDecimal stepSize, BigDecimal minNotional) {
    /**
     * A market without published rules.
     * @param symbol the exchange's symbol or pair
     * @param base base asset
     * @param quote quote asset
     * @param price the price market orders fill at
     */
    public Market(String symbol, String base, String quote, BigDecimal price) {
      this(symbol, base, quote, price, null, null, null);
    }

    /**
     * This market with the given rules.
     * @param tickSize the price step, or null
     * @param stepSize the quantity step, or null
     * @param minNotional the smallest notional, or null
     * @return a copy with the rules
     */
    public Market withRules(BigDecimal tickSize, BigDecimal stepSize, BigDecimal minNotional) {
      return new Market(symbol, base, quote, price, tickSize, stepSize, minNotional);
    }

    /**
     * This market at another price.
     * @param newPrice the price market orders fill at from now on
     * @return a copy at {@code newPrice}, with the same rules
     */
    public Market withPrice(BigDecimal newPrice) {
      return new Market(symbol, base, quote, newPrice, tickSize, stepSize, minNotional);
    }
  }

  /** An order's state. */
  public static final class Order {
    /** The numeric order id, from 1. */
    public long id;
    /** The Kraken-style transaction id. */
    public String txid;
    /** The client order id, or null. */
    public String clientOrderId;
    /** The symbol or pair. */
    public String symbol;
    /** The true for a buy, false for a sell. */
    public boolean buy;
    /** The true for a market order. */
    public boolean market;
    /** The quantity, in base asset units. */
    public BigDecimal quantity;
    /** The limit price in quote units; null for a market order. */
    public BigDecimal price;
    /** The executed quantity, in base asset units. */
    public BigDecimal executed = BigDecimal.ZERO;
    /** The executed cost, in quote asset units. */
    public BigDecimal quoteExecuted = BigDecimal.ZERO;
    /** The status: {@code NEW}, {@code PENDING_NEW}, {@code FILLED}, {@code CANCELED} or {@code EXPIRED}. */
    public String status;
    /** The exchange's order type, e.g. {@code LIMIT}, {@code MARKET}, {@code STOP_LOSS_LIMIT}. */
    public String type;
    /** The trigger price of a stop-loss or take-profit order; null for other types. */
    public BigDecimal stopPrice;
    /** The time in force, e.g. {@code GTC}. */
    public String timeInForce = "GTC";
    /** The order list the order is in, or -1. */
    public long orderListId = -1;
    /** What the order holds locked: quote units for a buy, base units for a sell. */
    public BigDecimal locked = BigDecimal.ZERO;
    /** When the order went on the book, epoch milliseconds; -1 while pending or not triggered. */
    public long workingMillis = -1;
    /** The when placed, epoch milliseconds. */
    public long createdMillis;
    /** The when last changed, epoch milliseconds. */
    public long updatedMillis;
  }

  /** Why an order was refused. */
  public static final class Rejection extends Exception {
    /**
     * The reason.
     * @param reason the reason, worded for the exchange's error message, e.g. {@code insufficient balance}
     */
    public Rejection(String reason) {
      super(reason, null, false, false);
    }
  }

  private final Map<String, Balance> balances = new TreeMap<>();
  private final Map<String, Market> markets = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private long nextId = 1;

  /**
   * Adds {@code amount} to the free balance of {@code asset}.
   * @param asset the asset code, e.g. {@code USDT}
   * @param amount the amount to add, in units of {@code asset}
   */
  public synchronized void deposit(String asset, BigDecimal amount) {
    balance(asset).free = balance(asset).free.add(amount);
  }

  /**
   * Adds or replaces a market.
   * @param market the market, keyed by its symbol
   */
  public synchronized void market(Market market) {
    markets.put(market.symbol(), market);
  }

  /**
   * The market for {@code symbol}, if known.
   * @param symbol the exchange's symbol or pair
   * @return the market, or empty when none was added
   */
  public synchronized Optional<Market> findMarket(String symbol) {
    return Optional.ofNullable(markets.get(symbol));
  }

  /**
   * The markets, in the order added.
   * @return a copy of the markets
   */
  public synchronized List<Market> markets() {
    return List.copyOf(markets.values());
  }

  /**
   * A snapshot of the balances: asset to {free, locked}.
   * @return asset to a two-element array {free, locked}; a copy
   */
  public synchronized Map<String, BigDecimal[]> balances() {
    Map<String, BigDecimal[]> out = new TreeMap<>();
    balances.forEach((k, v) -> out.put(k, new BigDecimal[] {v.free, v.locked}));
    return out;
  }

  /**
   * Places an order: a limit order rests and locks its cost, a market order fills at the market's price.
   * @param symbol the market's symbol or pair
   * @param buy true to buy the base asset, false to sell it
   * @param market true for a market order, false for a limit order
   * @param quantity the quantity, in base asset units
   * @param price the limit price in quote units; ignored for a market order
   * @param clientOrderId the client order id, or null
   * @param nowMillis the current time, epoch milliseconds
   * @return the new order, {@code FILLED} for a market order, {@code NEW} for a limit order
   * @throws Rejection for an unknown symbol, a client order id already on an open order, or an insufficient free balance
   */
  public synchronized Order place(String symbol, boolean buy, boolean market, BigDecimal quantity, BigDecimal price,
      String clientOrderId, long nowMillis) throws Rejection {
    Market m = findMarket(symbol).orElseThrow(() -> new Rejection("unknown symbol"));
    Order o = new Order();
    o.clientOrderId = clientOrderId;
    o.symbol = symbol;
    o.buy = buy;
    o.market = market;
    o.type = market ? "MARKET" : "LIMIT";
    o.quantity = quantity;
    o.price = market ? null : price;
    add(o, buy ? quantity.multiply(market ? m.price() : price) : quantity, nowMillis);
    o.workingMillis = nowMillis;
    if (market) {
      fill(o, m.price(), nowMillis);
    }
    return o;
  }

  /**
   * Adds {@code o} as a {@code NEW} order, giving it an id and locking {@code lock} of what it pays with.
   * @param o the order: symbol, side, quantity, prices, type and client order id set by the caller
   * @param lock what to lock: quote units for a buy, base units for a sell; may be zero
   * @param nowMillis the current time, epoch milliseconds
   * @return the same order, with its id, status {@code NEW} and lock
   * @throws Rejection for an unknown symbol, a client order id already on an open order, or a free balance below {@code lock}
   */
  public synchronized Order add(Order o, BigDecimal lock, long nowMillis) throws Rejection {
    if (!markets.containsKey(o.symbol)) {
      throw new Rejection("unknown symbol");
    }
    if (o.clientOrderId != null && orders.stream().anyMatch(x -> o.clientOrderId.equals(x.clientOrderId) && isOpen(x))) {
      throw new Rejection("duplicate client order id");
    }
    o.id = nextId++;
    o.txid = String.format("O%05d-%05d-%06d", o.id % 100000, (o.id * 7919) % 100000, (o.id * 104729) % 1000000);
    lock(o, lock);
    o.status = "NEW";
    o.createdMillis = nowMillis;
    o.updatedMillis = nowMillis;
    orders.add(o);
    return o;
  }

  /**
   * Locks {@code amount} more of what {@code o} pays with (quote for a buy, base for a sell).
   * @param o the order that holds the lock
   * @param amount the amount, zero or more
   * @throws Rejection {@code insufficient balance} when the free balance is below {@code amount}
   */
  public synchronized void lock(Order o, BigDecimal amount) throws Rejection {
    Balance pay = paying(o);
    if (pay.free.compareTo(amount) < 0) {
      throw new Rejection("insufficient balance");
    }
    pay.free = pay.free.subtract(amount);
    pay.locked = pay.locked.add(amount);
    o.locked = o.locked.add(amount);
  }

  /**
   * Gives {@code amount} of what {@code o} holds locked back to the free balance.
   * @param o the order that holds the lock
   * @param amount the amount, at most {@link Order#locked}
   */
  public synchronized void release(Order o, BigDecimal amount) {
    Balance pay = paying(o);
    pay.locked = pay.locked.subtract(amount);
    pay.free = pay.free.add(amount);
    o.locked = o.locked.subtract(amount);
  }

  /**
   * Fills the rest of {@code o} at {@code price}: releases its lock, pays from the free balance and
   * credits what it buys or sells for; {@code FILLED}.
   * @param o an open order
   * @param price the fill price, in quote units
   * @param nowMillis the current time, epoch milliseconds
   * @throws Rejection {@code insufficient balance} when the lock and the free balance do not cover the fill (nothing changes)
   */
  public synchronized void fill(Order o, BigDecimal price, long nowMillis) throws Rejection {
    Market m = markets.get(o.symbol);
    BigDecimal qty = o.quantity.subtract(o.executed);
    BigDecimal cost = qty.multiply(price);
    Balance pay = paying(o);
    BigDecimal needed = o.buy ? cost : qty;
    if (pay.free.add(o.locked).compareTo(needed) < 0) {
      throw new Rejection("insufficient balance");
    }
    release(o, o.locked);
    pay.free = pay.free.subtract(needed);
    Balance receive = o.buy ? balance(m.base()) : balance(m.quote());
    receive.free = receive.free.add(o.buy ? qty : cost);
    o.executed = o.quantity;
    o.quoteExecuted = o.quoteExecuted.add(cost);
    o.status = "FILLED";
    o.updatedMillis = nowMillis;
  }

  /**
   * Ends {@code o} without a fill: releases what it holds locked and sets {@code status}.
   * @param o the order
   * @param status the final status, {@code CANCELED} or {@code EXPIRED}
   * @param nowMillis the current time, epoch milliseconds
   */
  public synchronized void close(Order o, String status, long nowMillis) {
    release(o, o.locked);
    o.status = status;
    o.updatedMillis = nowMillis;
  }

  /**
   * Cancels an open order and unlocks what it held; throws when it is not open.
   * @param o the order to cancel
   * @param nowMillis the current time, epoch milliseconds
   * @return the same order, now {@code CANCELED}
   * @throws Rejection if the order is not open
   */
  public synchronized Order cancel(Order o, long nowMillis) throws Rejection {
    if (!isOpen(o)) {
      throw new Rejection("order not open");
    }
    close(o, "CANCELED", nowMillis);
    return o;
  }

  /**
   * The order with {@code id}.
   * @param id the numeric order id
   * @return the order, or empty when none has that id
   */
  public synchronized Optional<Order> byId(long id) {
    return orders.stream().filter(o -> o.id == id).findFirst();
  }

  /**
   * The order with {@code txid}.
   * @param txid the Kraken-style transaction id
   * @return the order, or empty when none has that txid
   */
  public synchronized Optional<Order> byTxid(String txid) {
    return orders.stream().filter(o -> o.txid.equals(txid)).findFirst();
  }

  /**
   * The newest order with {@code clientOrderId}.
   * @param clientOrderId the client order id
   * @return the newest order with it, or empty when none
   */
  public synchronized Optional<Order> byClientId(String clientOrderId) {
    for (int i = orders.size() - 1; i >= 0; i--) {
      if (clientOrderId.equals(orders.get(i).clientOrderId)) {
        return Optional.of(orders.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Open orders, oldest first, optionally of one symbol.
   * @param symbol the symbol to filter by, or null for every symbol
   * @return the open orders, oldest first (unmodifiable)
   */
  public synchronized List<Order> open(String symbol) {
    return orders.stream().filter(Ledger::isOpen).filter(o -> symbol == null || o.symbol.equals(symbol)).toList();
  }

  /**
   * Every order placed, oldest first.
   * @return every order, oldest first (a copy)
   */
  public synchronized List<Order> all() {
    return List.copyOf(orders);
  }

  /**
   * True for orders still on (or waiting for) the book.
   * @param o the order
   * @return true when the order's status is {@code NEW} or {@code PENDING_NEW}
   */
  public static boolean isOpen(Order o) {
    return o.status.equals("NEW") || o.status.equals("PENDING_NEW");
  }

  /**
   * {@code value} with {@code scale} decimals, as a plain string.
   * @param value the number
   * @param scale the number of decimals, rounded half-even
   * @return the plain (non-scientific) string
   */
  public static String plain(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * Takes {@code amount} from the free balance of {@code asset}, or refuses when it is short.
   * @param asset the asset code, e.g. {@code USDT}
   * @param amount the amount to take, positive
   * @throws Rejection {@code insufficient balance} when the free balance is below {@code amount}
   */
  public synchronized void debit(String asset, BigDecimal amount) throws Rejection {
    Balance b = balance(asset);
    if (b.free.compareTo(amount) < 0) {
      throw new Rejection("insufficient balance");
    }
    b.free = b.free.subtract(amount);
  }

  private Balance paying(Order o) {
    Market m = markets.get(o.symbol);
    return o.buy ? balance(m.quote()) : balance(m.base());
  }

  private Balance balance(String asset) {
    return balances.computeIfAbsent(asset, a -> new Balance());
  }
}
