package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import dev.signet.testkit.FakeBinance.IncomeRecord;
import dev.signet.testkit.FuturesPositions.Contract;
import dev.signet.testkit.FuturesPositions.Position;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The USD-M futures account of a {@link FakeBinance}: its contracts and starting USDT wallet, given
 * before the fake is built, and the handle a test drives it with afterwards — {@link #setMarkPrice}
 * fills resting orders and triggers algo orders, {@link #chargeFunding} books funding fees.
 *
 * <p>Orders fill whole, without commission: a MARKET order or a LIMIT crossing the mark price fills at
 * the mark, a resting LIMIT at its limit price. A closing fill realizes {@code amount × (price − entry)}
 * into the wallet as a {@code REALIZED_PNL} income entry. One-way mode, cross margin and leverage 20
 * at the start. The fake's routes are listed in {@code FuturesOrderRoutes}, {@code FuturesAlgoRoutes}
 * and {@code FuturesPositionRoutes}; answers have the documented shapes.
 *
 * <pre>{@code
 * FakeFutures futures = FakeFutures.withBalance(new BigDecimal("10000"))
 *     .market("BTCUSDT", new BigDecimal("40000"), new BigDecimal("0.10"), new BigDecimal("0.001"));
 * try (FakeBinance fake = FakeBinance.builder().hmacKey("k", "s").futures(futures).build()) {
 *   // the bot buys 0.010 BTCUSDT through fake.baseUrl(), then:
 *   futures.setMarkPrice("BTCUSDT", new BigDecimal("41000"));
 *   futures.chargeFunding("BTCUSDT", new BigDecimal("0.0001"));
 * }
 * }</pre>
 */
public final class FakeFutures {
  private final BigDecimal startingBalance;
  private final Map<String, Contract> markets = new LinkedHashMap<>();
  private BinanceFutures incomeRoutes;
  private FuturesPositionRoutes positionRoutes;
  private FuturesBook book;

  private FakeFutures(BigDecimal startingBalance) {
    this.startingBalance = startingBalance;
  }

  /**
   * A futures account holding {@code usdt} in its wallet and no contracts yet.
   * @param usdt the starting USDT wallet balance
   * @return a new account, to add markets to and give to {@link FakeBinance.Builder#futures}
   * @throws IllegalArgumentException if {@code usdt} is negative
   */
  public static FakeFutures withBalance(BigDecimal usdt) {
    if (Objects.requireNonNull(usdt, "usdt").signum() < 0) {
      throw new IllegalArgumentException("usdt must be zero or more, was " + usdt.toPlainString() + ".");
    }
    return new FakeFutures(usdt);
  }

  /**
   * A perpetual contract whose mark price starts at {@code markPrice}; prices must be multiples of
   * {@code tickSize} ({@code -4014}) and quantities of {@code stepSize} ({@code -4023}).
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param markPrice the starting mark price
   * @param tickSize the price step, e.g. {@code 0.10}
   * @param stepSize the quantity step, e.g. {@code 0.001}
   * @return this account
   * @throws IllegalStateException once the fake is built
   * @throws IllegalArgumentException if a price or step is not positive
   */
  public synchronized FakeFutures market(String symbol, BigDecimal markPrice, BigDecimal tickSize, BigDecimal stepSize) {
    if (book != null) {
      throw new IllegalStateException("add futures markets before building the FakeBinance.");
    }
    for (BigDecimal v : List.of(markPrice, tickSize, stepSize)) {
      if (v.signum() <= 0) {
        throw new IllegalArgumentException("markPrice, tickSize and stepSize must be positive, got " + v.toPlainString() + ".");
      }
    }
    markets.put(Objects.requireNonNull(symbol, "symbol"), new Contract(symbol, markPrice, tickSize, stepSize));
    return this;
  }

  /** Binds {@code configured} (or an empty account) to a fake's clock and income; once only. */
  static FakeFutures attach(FakeFutures configured, List<IncomeRecord> income, Clock clock) {
    FakeFutures f = configured != null ? configured : withBalance(BigDecimal.ZERO);
    synchronized (f) {
      if (f.book != null) {
        throw new IllegalStateException("this FakeFutures already belongs to a FakeBinance; make one per fake.");
      }
      f.incomeRoutes = new BinanceFutures(income);
      FuturesPositions positions = new FuturesPositions(f.startingBalance, f.incomeRoutes, clock);
      f.markets.values().forEach(positions::add);
      f.book = new FuturesBook(positions, clock);
      f.positionRoutes = new FuturesPositionRoutes(f.book);
    }
    return f;
  }

  /**
   * The contracts as markets, for the futures {@code exchangeInfo} to list with their tick and step
   * (quote asset USDT, the base the symbol's part before it).
   */
  List<Ledger.Market> contractMarkets() {
    FuturesBook book = book();
    synchronized (book) {
      return book.positions.contracts().stream().map(c -> new Ledger.Market(c.symbol,
          c.symbol.endsWith("USDT") ? c.symbol.substring(0, c.symbol.length() - 4) : c.symbol, "USDT", c.mark,
          c.tickSize, c.stepSize, null)).toList();
    }
  }

  /** The listen key in force now (started over REST and not lapsed), or null. */
  String activeListenKey() {
    return bound().positionRoutes.activeListenKey();
  }

  /** The shared futures state (wallet, contracts, positions, orders) for other futures routes to read, under its lock. */
  FuturesBook book() {
    return bound().book;
  }

  /**
   * Adds the signed routes to {@code signed} (each first expiring GTD orders and running the countdown
   * cancels due) and the API-key-only listenKey routes through {@code keyed}, as user routes.
   */
  void register(Map<String, FakeBinance.Endpoint> signed, Consumer<UserRoute> keyed) {
    signed.putAll(signedRoutes());
    positionRoutes.keyedRoutes().forEach(keyed);
  }

  private Map<String, FakeBinance.Endpoint> signedRoutes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.putAll(new FuturesOrderRoutes(book).routes());
    r.putAll(new FuturesAlgoRoutes(book).routes());
    r.putAll(positionRoutes.routes());
    r.replaceAll((route, endpoint) -> p -> {
      book.tick();
      return endpoint.handle(p);
    });
    r.put("GET /fapi/v1/income", incomeRoutes::income);
    return r;
  }

  void addIncome(IncomeRecord record) {
    bound().incomeRoutes.addIncome(record);
  }

  private synchronized FakeFutures bound() {
    if (book == null) {
      throw new IllegalStateException("give this FakeFutures to FakeBinance.Builder.futures(...) and build the fake first.");
    }
    return this;
  }

  /**
   * Moves the mark price of {@code symbol} and trades what it crosses: resting LIMIT orders oldest
   * first (at their limit price), then algo orders whose trigger price it reached (STOP_MARKET and
   * TAKE_PROFIT_MARKET fill at the mark, for the whole position with {@code closePosition}; STOP and
   * TAKE_PROFIT place their LIMIT order; TRAILING_STOP_MARKET orders never trigger). Also runs the
   * countdown cancels due on the fake's clock.
   * @param symbol a contract added with {@link #market}
   * @param price the new mark price
   * @throws IllegalArgumentException if there is no such contract
   */
  public void setMarkPrice(String symbol, BigDecimal price) {
    Objects.requireNonNull(price, "price");
    try {
      bound().book.setMark(Objects.requireNonNull(symbol, "symbol"), price);
    } catch (BinanceError e) {
      throw new IllegalArgumentException("no futures market " + symbol + "; add it with market(...).");
    }
  }

  /**
   * Books a funding payment on each open position of {@code symbol}: a {@code FUNDING_FEE} income entry
   * of {@code −amount × mark × rate} (longs pay a positive rate, shorts receive it), moving the wallet;
   * the user data stream gets an {@code ACCOUNT_UPDATE} (reason {@code FUNDING_FEE}) with the
   * balance, and the positions charged only where they are isolated, as Binance documents.
   * @param symbol a contract added with {@link #market}
   * @param rate the funding rate, e.g. {@code 0.0001}
   * @throws IllegalArgumentException if there is no such contract
   */
  public void chargeFunding(String symbol, BigDecimal rate) {
    Objects.requireNonNull(rate, "rate");
    FuturesBook b = bound().book;
    synchronized (b) {
      try {
        List<Position> charged = b.positions.fund(Objects.requireNonNull(symbol, "symbol"), rate);
        if (!charged.isEmpty()) {
          b.accountChanged("FUNDING_FEE", charged.stream().filter(b.positions::isolated).toList());
        }
      } catch (BinanceError e) {
        throw new IllegalArgumentException("no futures market " + symbol + "; add it with market(...).");
      }
    }
  }

  /**
   * The USDT wallet balance: the start, plus realized PnL and funding.
   * @return the wallet balance
   */
  public BigDecimal walletBalance() {
    FuturesBook b = bound().book;
    synchronized (b) {
      return b.positions.wallet;
    }
  }

  /**
   * A position's signed amount (negative: short).
   * @param symbol the contract
   * @param positionSide {@code BOTH} in one-way mode, {@code LONG} or {@code SHORT} in hedge mode
   * @return the amount, zero when flat
   */
  public BigDecimal positionAmount(String symbol, String positionSide) {
    FuturesBook b = bound().book;
    synchronized (b) {
      return position(symbol, positionSide).amount;
    }
  }

  /**
   * A position's average entry price.
   * @param symbol the contract
   * @param positionSide {@code BOTH}, {@code LONG} or {@code SHORT}
   * @return the entry price, zero when flat
   */
  public BigDecimal entryPrice(String symbol, String positionSide) {
    FuturesBook b = bound().book;
    synchronized (b) {
      return position(symbol, positionSide).entry;
    }
  }

  private Position position(String symbol, String positionSide) {
    return book.positions.position(Objects.requireNonNull(symbol, "symbol"), Objects.requireNonNull(positionSide, "positionSide"));
  }
}
