package dev.signet.testkit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Told by {@link FuturesBook} of every change of a USD-M order, inside the book's lock, in the
 * order the changes happen (a MARKET order's {@code NEW} before its {@code TRADE}, a fill's
 * {@code TRADE} before the account change it makes); the fake user data stream turns them into
 * {@code ORDER_TRADE_UPDATE}s and {@code ACCOUNT_UPDATE}s ({@link FuturesUserEvents}).
 *
 * <p>Example: {@code book.listen((o, type, fill) -> log.add(o.id + " " + type))}
 */
@FunctionalInterface
interface FuturesOrderListener {
  /**
   * One fill of an order.
   *
   * @param quantity the quantity filled
   * @param price its price
   * @param maker whether the order rested (filled at its limit price when the mark reached it)
   * @param realizedProfit the profit the fill realized on the position
   */
  record Fill(BigDecimal quantity, BigDecimal price, boolean maker, BigDecimal realizedProfit) {}

  /**
   * One change.
   *
   * @param o the order, already changed
   * @param executionType {@code NEW}, {@code TRADE}, {@code CANCELED}, {@code EXPIRED} or {@code AMENDMENT}
   * @param fill the fill of a {@code TRADE}, else null
   */
  void changed(FuturesBook.Order o, String executionType, Fill fill);

  /**
   * The USDT wallet or positions changed; the default ignores it.
   *
   * @param reason {@code ORDER} (a fill) or {@code FUNDING_FEE}
   * @param moved the positions to report: the one a fill moved; for funding only isolated ones
   */
  default void accountChanged(String reason, List<FuturesPositions.Position> moved) {}
}
