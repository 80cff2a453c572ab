package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns {@link FakeFutures}' order changes into the USD-M user data stream's documented
 * {@code ORDER_TRADE_UPDATE} events: execution type {@code NEW}, {@code TRADE}, {@code CANCELED},
 * {@code EXPIRED} or {@code AMENDMENT}; cumulative and last quantities, the average and last price,
 * the fill's realized profit and maker side; commission zero in USDT (the fake charges none); trade
 * ids count from 1. And its account changes into {@code ACCOUNT_UPDATE}s: reason {@code ORDER}
 * after each fill (the USDT balance and the position the fill moved) and {@code FUNDING_FEE} (the
 * balance, and only isolated positions); {@code bc} is 0 (no deposits or transfers), the
 * break-even price is the entry (no commission). Each event goes to {@code sink} in order, inside
 * the book's lock.
 *
 * <p>Example: {@code book.listen(new FuturesUserEvents(book::now, book.positions, json -> streams.publishUserData(key, json)))}
 */
final class FuturesUserEvents implements FuturesOrderListener {
  private final LongSupplier clock;
  private final FuturesPositions positions;
  private final Consumer<String> sink;
  private long tradeId;

  /**
   * @param clock the fake's time, epoch millis
   * @param positions the account (wallet, marks, positions), read inside the book's lock
   * @param sink where each event's JSON goes
   */
  FuturesUserEvents(LongSupplier clock, FuturesPositions positions, Consumer<String> sink) {
    this.clock = clock;
    this.positions = positions;
    this.sink = sink;
  }

  @Override
  public void accountChanged(String reason, List<FuturesPositions.Position> moved) {
    long now = clock.getAsLong();
    Map<String, Object> usdt = Json.object();
    usdt.put("a", "USDT");
    usdt.put("wb", plain(positions.wallet));
    usdt.put("cw", plain(positions.crossWallet()));
    usdt.put("bc", "0");
    List<Object> shown = new ArrayList<>();
    for (FuturesPositions.Position p : moved) {
      Map<String, Object> position = Json.object();
      position.put("s", p.symbol);
      position.put("pa", plain(p.amount));
      position.put("ep", plain(p.entry));
      position.put("bep", plain(p.entry));
      position.put("cr", plain(p.realized));
      position.put("up", plain(positions.unrealized(p)));
      position.put("mt", positions.isolated(p) ? "isolated" : "cross");
      position.put("iw", plain(p.isolatedWallet));
      position.put("ps", p.side);
      shown.add(position);
    }
    Map<String, Object> update = Json.object();
    update.put("m", reason);
    update.put("B", List.of(usdt));
    update.put("P", shown);
    Map<String, Object> e = Json.object();
    e.put("e", "ACCOUNT_UPDATE");
    e.put("E", now);
    e.put("T", now);
    e.put("a", update);
    sink.accept(Json.write(e));
  }

  @Override
  public void changed(FuturesBook.Order o, String executionType, Fill fill) {
    long now = clock.getAsLong();
    Map<String, Object> order = Json.object();
    order.put("s", o.symbol);
    order.put("c", o.clientOrderId);
    order.put("S", o.buy ? "BUY" : "SELL");
    order.put("o", o.type);
    order.put("f", o.timeInForce);
    order.put("q", plain(o.quantity));
    order.put("p", plain(o.price));
    order.put("ap", plain(o.executed.signum() == 0 ? BigDecimal.ZERO
        : o.cumQuote.divide(o.executed, 8, RoundingMode.HALF_UP).stripTrailingZeros()));
    order.put("sp", "0");
    order.put("x", executionType);
    order.put("X", o.status);
    order.put("i", o.id);
    order.put("l", plain(fill == null ? null : fill.quantity()));
    order.put("z", plain(o.executed));
    order.put("L", plain(fill == null ? null : fill.price()));
    if (fill != null) {
      order.put("N", "USDT");
      order.put("n", "0");
    }
    order.put("T", o.updateTime);
    order.put("t", fill == null ? 0 : ++tradeId);
    order.put("b", "0");
    order.put("a", "0");
    order.put("m", fill != null && fill.maker());
    order.put("R", o.reduceOnly);
    order.put("wt", "CONTRACT_PRICE");
    order.put("ot", o.origType != null ? o.origType : o.type);
    order.put("ps", o.positionSide);
    order.put("cp", o.closePosition);
    order.put("rp", plain(fill == null ? null : fill.realizedProfit()));
    order.put("pP", false);
    order.put("si", 0);
    order.put("ss", 0);
    order.put("V", o.selfTradePreventionMode);
    order.put("pm", o.priceMatch);
    order.put("gtd", o.goodTillDate);
    order.put("er", expiryReason(o, executionType));
    Map<String, Object> e = Json.object();
    e.put("e", "ORDER_TRADE_UPDATE");
    e.put("E", now);
    e.put("T", o.updateTime);
    e.put("o", order);
    sink.accept(Json.write(e));
  }

  /** The docs' {@code er}: 2 an IOC/FOK not fully filled, 9 a MARKET not fully filled, else 0 (a GTD past its date has no code). */
  private static String expiryReason(FuturesBook.Order o, String executionType) {
    if (!executionType.equals("EXPIRED")) {
      return "0";
    }
    return o.type.equals("MARKET") ? "9" : o.timeInForce.equals("IOC") || o.timeInForce.equals("FOK") ? "2" : "0";
  }

  private static String plain(BigDecimal value) {
    return value == null || value.signum() == 0 ? "0" : value.toPlainString();
  }
}
