package dev.signet.testkit;

import dev.signet.testkit.FakeBinance.IncomeRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The USD-M futures account {@link FakeFutures} keeps: the USDT wallet balance, each contract's mark
 * price, leverage (default 20) and margin type (default cross), the position mode (default one-way)
 * and the positions per symbol and position side, with entry price and isolated margin. Fills move
 * positions here: a closing fill realizes {@code amount × (price − entry)} into the wallet and records a
 * {@code REALIZED_PNL} income entry; no commission is charged. Guarded by its {@link FuturesBook}'s lock.
 */
final class FuturesPositions {
  /** One contract's price and settings. */
  static final class Contract {
    final String symbol;
    final BigDecimal tickSize;
    final BigDecimal stepSize;
    BigDecimal mark;
    int leverage = 20;
    boolean isolated;

    Contract(String symbol, BigDecimal mark, BigDecimal tickSize, BigDecimal stepSize) {
      this.symbol = symbol;
      this.mark = mark;
      this.tickSize = tickSize;
      this.stepSize = stepSize;
    }
  }

  /** One position: signed amount (negative is short), average entry price, isolated wallet. */
  static final class Position {
    final String symbol;
    final String side;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal entry = BigDecimal.ZERO;
    BigDecimal isolatedWallet = BigDecimal.ZERO;
    BigDecimal realized = BigDecimal.ZERO; // accumulated, pre-fee (the fake charges none)
    long updateTime;

    Position(String symbol, String side) {
      this.symbol = symbol;
      this.side = side;
    }
  }

  private final Map<String, Contract> contracts = new LinkedHashMap<>();
  private final Map<String, Position> positions = new LinkedHashMap<>();
  private final BinanceFutures income;
  private final Clock clock;
  BigDecimal wallet;
  boolean hedge;
  boolean multiAssets;

  FuturesPositions(BigDecimal wallet, BinanceFutures income, Clock clock) {
    this.wallet = wallet;
    this.income = income;
    this.clock = clock;
  }

  void add(Contract c) {
    contracts.put(c.symbol, c);
  }

  /** The contract, or Binance's {@code -1121 Invalid symbol.} */
  Contract contract(String symbol) throws BinanceError {
    Contract c = symbol == null ? null : contracts.get(symbol);
    if (c == null) {
      throw new BinanceError(400, -1121, "Invalid symbol.");
    }
    return c;
  }

  Contract contractOrNull(String symbol) {
    return contracts.get(symbol);
  }

  List<Contract> contracts() {
    return List.copyOf(contracts.values());
  }

  /** The position of {@code symbol} on {@code side} ({@code BOTH}, {@code LONG}, {@code SHORT}), created flat. */
  Position position(String symbol, String side) {
    return positions.computeIfAbsent(symbol + " " + side, k -> new Position(symbol, side));
  }

  /** The positions the current mode shows for {@code symbol}: BOTH, or LONG then SHORT. */
  List<Position> shown(String symbol) {
    return hedge ? List.of(position(symbol, "LONG"), position(symbol, "SHORT")) : List.of(position(symbol, "BOTH"));
  }

  boolean anyOpen() {
    return positions.values().stream().anyMatch(p -> p.amount.signum() != 0);
  }

  boolean anyOpen(String symbol) {
    return positions.values().stream().anyMatch(p -> p.symbol.equals(symbol) && p.amount.signum() != 0);
  }

  /** True when a {@code buy} (or sell) on {@code p} reduces it. */
  static boolean reduces(Position p, boolean buy) {
    return switch (p.side) {
      case "LONG" -> !buy;
      case "SHORT" -> buy;
      default -> buy ? p.amount.signum() < 0 : p.amount.signum() > 0;
    };
  }

  /**
   * Trades {@code qty} at {@code price} on {@code p}: opens or adds at the average entry, closes realizing PnL.
   * @return the profit realized (zero when the fill only opens or adds)
   */
  BigDecimal fill(Position p, boolean buy, BigDecimal qty, BigDecimal price) {
    Contract c = contracts.get(p.symbol);
    BigDecimal signed = buy ? qty : qty.negate();
    BigDecimal remaining = signed;
    BigDecimal realizedProfit = BigDecimal.ZERO;
    if (p.amount.signum() != 0 && p.amount.signum() != signed.signum()) {
      BigDecimal closed = p.amount.abs().min(qty);
      BigDecimal realized = closed.multiply(price.subtract(p.entry)).multiply(BigDecimal.valueOf(p.amount.signum()));
      if (c.isolated && p.amount.signum() != 0) {
        BigDecimal share = p.isolatedWallet.multiply(closed).divide(p.amount.abs(), 8, RoundingMode.HALF_UP);
        p.isolatedWallet = p.isolatedWallet.subtract(share);
      }
      p.amount = p.amount.add(closed.multiply(BigDecimal.valueOf(signed.signum())));
      remaining = signed.subtract(closed.multiply(BigDecimal.valueOf(signed.signum())));
      credit(p.symbol, "REALIZED_PNL", realized);
      p.realized = p.realized.add(realized);
      realizedProfit = realized;
      if (p.amount.signum() == 0) {
        p.entry = BigDecimal.ZERO;
        p.isolatedWallet = BigDecimal.ZERO;
      }
    }
    if (remaining.signum() != 0) {
      BigDecimal size = p.amount.abs().add(remaining.abs());
      p.entry = p.amount.abs().multiply(p.entry).add(remaining.abs().multiply(price))
          .divide(size, 8, RoundingMode.HALF_UP).stripTrailingZeros();
      p.amount = p.amount.add(remaining);
      if (c.isolated) {
        p.isolatedWallet = p.isolatedWallet.add(margin(remaining.abs().multiply(price), c.leverage));
      }
    }
    p.updateTime = clock.millis();
    return realizedProfit;
  }

  /**
   * Charges funding on every open position of {@code symbol}: {@code −amount × mark × rate} each.
   *
   * @return the positions charged
   */
  List<Position> fund(String symbol, BigDecimal rate) throws BinanceError {
    Contract c = contract(symbol);
    List<Position> charged = new ArrayList<>();
    for (Position p : new ArrayList<>(positions.values())) {
      if (p.symbol.equals(symbol) && p.amount.signum() != 0
          && credit(symbol, "FUNDING_FEE", p.amount.multiply(c.mark).multiply(rate).negate())) {
        charged.add(p);
      }
    }
    return charged;
  }

  /** Whether {@code p}'s contract is on isolated margin. */
  boolean isolated(Position p) {
    return contracts.get(p.symbol).isolated;
  }

  /** The wallet less the isolated positions' margin. */
  BigDecimal crossWallet() {
    BigDecimal cw = wallet;
    for (Position p : positions.values()) {
      cw = cw.subtract(p.isolatedWallet);
    }
    return cw;
  }

  /** Books {@code amount} (8 decimals) into the wallet and the income history; false when it rounds to zero. */
  private boolean credit(String symbol, String type, BigDecimal amount) {
    BigDecimal exact = amount.setScale(8, RoundingMode.HALF_UP);
    if (exact.signum() == 0) {
      return false;
    }
    wallet = wallet.add(exact);
    income.addIncome(new IncomeRecord(symbol, type, exact, "USDT", clock.instant()));
    return true;
  }

  /** {@code amount × (mark − entry)}. */
  BigDecimal unrealized(Position p) {
    return p.amount.multiply(contracts.get(p.symbol).mark.subtract(p.entry));
  }

  /** The initial margin of {@code notional} at {@code leverage}, 8 decimals. */
  static BigDecimal margin(BigDecimal notional, int leverage) {
    return notional.abs().divide(BigDecimal.valueOf(leverage), 8, RoundingMode.HALF_UP);
  }

  /** The position's initial margin at the mark price. */
  BigDecimal initialMargin(Position p) {
    Contract c = contracts.get(p.symbol);
    return margin(p.amount.multiply(c.mark), c.leverage);
  }

  /** Wallet plus unrealized PnL minus the positions' initial margin and {@code ordersMargin}. */
  BigDecimal available(BigDecimal ordersMargin) {
    BigDecimal a = wallet.subtract(ordersMargin);
    for (Position p : positions.values()) {
      if (p.amount.signum() != 0) {
        a = a.add(unrealized(p)).subtract(initialMargin(p));
      }
    }
    return a;
  }
}
