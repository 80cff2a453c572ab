package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;

/**
 * The checks {@link KrakenMatcher} makes before it changes anything: what an order holds, whether the
 * balance pays a fill, whether a price reaches a limit or a trigger, whether an amend's values fit the
 * order, and whether a new order would be refused. Pure: reads the ledger's balances, writes nothing.
 */
final class KrakenOrderRules {
  private final Ledger ledger;
  private final BigDecimal makerFee;
  private final BigDecimal takerFee;

  KrakenOrderRules(Ledger ledger, BigDecimal makerFee, BigDecimal takerFee) {
    this.ledger = ledger;
    this.makerFee = makerFee;
    this.takerFee = takerFee;
  }

  BigDecimal makerFee() {
    return makerFee;
  }

  BigDecimal takerFee() {
    return takerFee;
  }

  /** Whether {@code r} takes liquidity at once at {@code current}: a market order, or a resting type whose limit the price crosses. */
  static boolean takesNow(KrakenTradeRequest r, BigDecimal current) {
    return r.ordertype().equals("market") || r.rests() && crosses(r.buy(), r.price(), current);
  }

  /**
   * Refuses {@code t} (built from {@code r}, not placed yet) the way placing it would before the ledger
   * sees it, counting {@code credit} (what an order it replaces holds of the same asset) as free.
   * @throws KrakenError {@code EOrder:Post only order} for a post-only order that would take,
   *     {@code EOrder:Insufficient funds} when it takes now and the balance does not pay the fill
   */
  void checkTake(KrakenTradeRequest r, KrakenTradeOrder t, BigDecimal current, BigDecimal credit) throws KrakenError {
    boolean now = takesNow(r, current);
    if (r.post() && now) {
      throw new KrakenError("EOrder:Post only order");
    }
    if (now && !covers(t, current, takerFee, credit)) {
      throw new KrakenError("EOrder:Insufficient funds");
    }
  }

  /**
   * Refuses {@code t} (not placed yet) whose hold the free balance plus {@code credit} does not pay, as
   * the ledger would.
   * @throws KrakenError {@code EOrder:Insufficient funds}
   */
  void checkHold(KrakenTradeOrder t, BigDecimal current, BigDecimal credit) throws KrakenError {
    if (free(t).add(credit).compareTo(hold(t, current)) < 0) {
      throw new KrakenError("EOrder:Insufficient funds");
    }
  }

  /**
   * Refuses an amend's values that do not fit {@code t}.
   * @throws KrakenError {@code EGeneral:Invalid arguments:<name>} for a limit or trigger the order type has no
   *     use for, a volume not above what has filled, a display volume below 1/15 of the rest, a price off the
   *     pair's rules
   */
  static void checkAmend(KrakenTradeOrder t, BigDecimal newQty, BigDecimal limit, BigDecimal trigger, BigDecimal display)
      throws KrakenError {
    Ledger.Order o = t.order;
    if (limit != null && t.limit() == null || trigger != null && o.stopPrice == null) {
      throw KrakenTradeParams.invalid(limit != null && t.limit() == null ? "limit_price" : "trigger_price");
    }
    if (newQty.compareTo(o.executed) <= 0) {
      throw KrakenTradeParams.invalid("order_qty");
    }
    if (display != null && (t.displayvol == null || display.multiply(BigDecimal.valueOf(15)).compareTo(newQty.subtract(o.executed)) < 0)) {
      throw KrakenTradeParams.invalid("display_qty");
    }
    KrakenTradeRequest.checkPrice(t.pair.rules(), limit);
    KrakenTradeRequest.checkPrice(t.pair.rules(), trigger);
  }

  /** Whether the free balance plus the order's hold (and {@code credit}) pays the rest of {@code t} at {@code price}, fee included. */
  boolean covers(KrakenTradeOrder t, BigDecimal price, BigDecimal feeRate, BigDecimal credit) {
    Ledger.Order o = t.order;
    BigDecimal vol = o.quantity.subtract(o.executed);
    BigDecimal cost = vol.multiply(price);
    BigDecimal fee = KrakenHistory.round(t.pair.quote(), cost.multiply(feeRate));
    BigDecimal need = o.buy ? cost.add(fee) : vol;
    return free(t).add(o.locked).add(credit).compareTo(need) >= 0 && (o.buy || cost.compareTo(fee) >= 0);
  }

  /** The free balance of what {@code t} pays with: the quote asset for a buy, the base for a sell. */
  private BigDecimal free(KrakenTradeOrder t) {
    BigDecimal[] pay = ledger.balances().get(t.order.buy ? t.pair.quote() : t.pair.base());
    return pay == null ? BigDecimal.ZERO : pay[0];
  }

  /** What {@code t} holds: a buy its cost at its limit (else trigger, else current) price, a sell its volume. */
  static BigDecimal hold(KrakenTradeOrder t, BigDecimal current) {
    Ledger.Order o = t.order;
    BigDecimal vol = o.quantity.subtract(o.executed);
    if (!o.buy) {
      return vol;
    }
    return vol.multiply(t.limit() != null ? t.limit() : o.stopPrice != null ? o.stopPrice : current);
  }

  /** Whether {@code price} reaches a limit: a buy's at or below it, a sell's at or above. */
  static boolean crosses(boolean buy, BigDecimal limit, BigDecimal price) {
    return buy ? price.compareTo(limit) <= 0 : price.compareTo(limit) >= 0;
  }

  /** Whether {@code price} reaches a waiting order's trigger: a stop-loss against the order, a take-profit for it. */
  static boolean triggers(KrakenTradeOrder t, BigDecimal price) {
    int c = price.compareTo(t.order.stopPrice);
    boolean rising = t.ordertype.startsWith("stop-loss") == t.order.buy;
    return rising ? c >= 0 : c <= 0;
  }
}
