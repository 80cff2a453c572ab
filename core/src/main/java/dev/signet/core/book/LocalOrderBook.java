package dev.signet.core.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An order book kept locally: price levels by side, each change applied atomically, readable from
 * any thread while a stream thread writes. Prices are compared by value ({@code 45281.0} and
 * {@code 45281.00} are one level); a level keeps the price and quantity as last sent.
 *
 * <p>It knows nothing of an exchange's sequence rules: Binance's {@code DepthBook} and Kraken's
 * {@code KrakenBook} decide what to apply and when to start over, and keep their update id here.
 *
 * <pre>{@code
 * LocalOrderBook book = new LocalOrderBook();
 * book.reset(List.of(Level.of("100", "2")), List.of(Level.of("101", "1")), 7);
 * book.apply(List.of(Level.of("100", "0")), List.of(), 8);     // quantity zero removes the bid
 * Optional<Level> ask = book.bestAsk();                          // 101 x 1
 * }</pre>
 */
public final class LocalOrderBook implements OrderBookView {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final OrderBookView view = new ReadOnly(this);
  private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
  private long updateId = -1;

  /** An empty book with no update id (-1). */
  public LocalOrderBook() {}

  /**
   * Replaces the whole book with a snapshot. Levels with quantity zero are left out.
   *
   * @param bids the snapshot's bids, in any order
   * @param asks the snapshot's asks, in any order
   * @param updateId the snapshot's update id (e.g. Binance's {@code lastUpdateId}), or -1
   */
  public void reset(Collection<Level> bids, Collection<Level> asks, long updateId) {
    lock.writeLock().lock();
    try {
      this.bids.clear();
      this.asks.clear();
      put(this.bids, bids);
      put(this.asks, asks);
      this.updateId = updateId;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Applies one update in order: each level sets the quantity at its price, zero removes it (a zero
   * for a price the book does not have is normal and ignored).
   *
   * @param bids changed bid levels, applied in the order given
   * @param asks changed ask levels, applied in the order given
   * @param updateId the update's id, now the book's, or -1
   */
  public void apply(Collection<Level> bids, Collection<Level> asks, long updateId) {
    lock.writeLock().lock();
    try {
      put(this.bids, bids);
      put(this.asks, asks);
      this.updateId = updateId;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Applies one update as {@link #apply(Collection, Collection, long)} does and, in the same step,
   * keeps only the best {@code depth} levels of each side (Kraken: levels pushed out of the
   * subscribed depth get no removal of their own), so no reader sees the book between the two.
   *
   * @param bids changed bid levels, applied in the order given
   * @param asks changed ask levels, applied in the order given
   * @param updateId the update's id, now the book's, or -1
   * @param depth the levels to keep per side, at least 1
   */
  public void apply(Collection<Level> bids, Collection<Level> asks, long updateId, int depth) {
    checkDepth(depth);
    lock.writeLock().lock();
    try {
      put(this.bids, bids);
      put(this.asks, asks);
      cut(this.bids, depth);
      cut(this.asks, depth);
      this.updateId = updateId;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Keeps the best {@code depth} levels of each side and drops the rest (Kraken: after each update
   * the book is cut to the subscribed depth).
   *
   * @param depth the levels to keep per side, at least 1
   */
  public void truncate(int depth) {
    checkDepth(depth);
    lock.writeLock().lock();
    try {
      cut(bids, depth);
      cut(asks, depth);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * This book, read-only: hand it to code that must not change the book.
   *
   * @return a view that reads this book
   */
  public OrderBookView view() {
    return view;
  }

  /** Empties the book and forgets its update id, e.g. before a resync. */
  public void clear() {
    reset(List.of(), List.of(), -1);
  }

  /**
   * The id of the last snapshot or update applied.
   *
   * @return the update id, or -1 when the book has none
   */
  @Override
  public long updateId() {
    lock.readLock().lock();
    try {
      return updateId;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The highest bid.
   *
   * @return the best bid, or empty when there are no bids
   */
  @Override
  public Optional<Level> bestBid() {
    return best(bids);
  }

  /**
   * The lowest ask.
   *
   * @return the best ask, or empty when there are no asks
   */
  @Override
  public Optional<Level> bestAsk() {
    return best(asks);
  }

  /**
   * The best {@code depth} bids, highest first.
   *
   * @param depth the most levels to return, at least 1
   * @return the bids (unmodifiable), fewer when the side is shorter
   */
  @Override
  public List<Level> bids(int depth) {
    return top(bids, depth);
  }

  /**
   * The best {@code depth} asks, lowest first.
   *
   * @param depth the most levels to return, at least 1
   * @return the asks (unmodifiable), fewer when the side is shorter
   */
  @Override
  public List<Level> asks(int depth) {
    return top(asks, depth);
  }

  /**
   * Both sides' best {@code depth} levels and the update id, read together under one lock.
   *
   * @param depth the most levels per side, at least 1
   * @return a consistent copy
   */
  @Override
  public BookSnapshot snapshot(int depth) {
    checkDepth(depth);
    lock.readLock().lock();
    try {
      return new BookSnapshot(updateId, first(bids, depth), first(asks, depth));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * How many bid levels the book holds.
   *
   * @return the number of bid levels
   */
  public int bidLevels() {
    return count(bids);
  }

  /**
   * How many ask levels the book holds.
   *
   * @return the number of ask levels
   */
  public int askLevels() {
    return count(asks);
  }

  /** The best bid and ask, the level counts and the update id. */
  @Override
  public String toString() {
    lock.readLock().lock();
    try {
      return "LocalOrderBook{bid=" + show(bids) + ", ask=" + show(asks) + ", levels=" + bids.size() + "/"
          + asks.size() + ", updateId=" + updateId + "}";
    } finally {
      lock.readLock().unlock();
    }
  }

  private int count(Map<BigDecimal, Level> side) {
    lock.readLock().lock();
    try {
      return side.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  private static void put(Map<BigDecimal, Level> side, Collection<Level> levels) {
    for (Level level : levels) {
      if (level.quantity().signum() == 0) {
        side.remove(level.price());
      } else {
        side.put(level.price(), level);
      }
    }
  }

  private static void cut(NavigableMap<BigDecimal, Level> side, int depth) {
    while (side.size() > depth) {
      side.pollLastEntry();
    }
  }

  private Optional<Level> best(NavigableMap<BigDecimal, Level> side) {
    lock.readLock().lock();
    try {
      Map.Entry<BigDecimal, Level> e = side.firstEntry();
      return e == null ? Optional.empty() : Optional.of(e.getValue());
    } finally {
      lock.readLock().unlock();
    }
  }

  private List<Level> top(NavigableMap<BigDecimal, Level> side, int depth) {
    checkDepth(depth);
    lock.readLock().lock();
    try {
      return first(side, depth);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static List<Level> first(NavigableMap<BigDecimal, Level> side, int depth) {
    List<Level> out = new ArrayList<>(Math.min(depth, side.size()));
    for (Level level : side.values()) {
      if (out.size() == depth) {
        break;
      }
      out.add(level);
    }
    return List.copyOf(out);
  }

  private static String show(NavigableMap<BigDecimal, Level> side) {
    Map.Entry<BigDecimal, Level> e = side.firstEntry();
    return e == null ? "none" : e.getValue().price().toPlainString() + " x " + e.getValue().quantity().toPlainString();
  }

  private static void checkDepth(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, got " + depth);
    }
  }

  /** Reads a book, hides its writers. */
  private record ReadOnly(LocalOrderBook book) implements OrderBookView {
    @Override
    public Optional<Level> bestBid() {
      return book.bestBid();
    }

    @Override
    public Optional<Level> bestAsk() {
      return book.bestAsk();
    }

    @Override
    public List<Level> bids(int depth) {
      return book.bids(depth);
    }

    @Override
    public List<Level> asks(int depth) {
      return book.asks(depth);
    }

    @Override
    public BookSnapshot snapshot(int depth) {
      return book.snapshot(depth);
    }

    @Override
    public long updateId() {
      return book.updateId();
    }

    @Override
    public String toString() {
      return book.toString();
    }
  }
}
