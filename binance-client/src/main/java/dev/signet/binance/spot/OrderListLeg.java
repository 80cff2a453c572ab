package dev.signet.binance.spot;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One order of an order list (an OCO's above or below leg), built complete for its type: the
 * factories take exactly what the type needs. Every leg carries a client order id, yours or one
 * generated when the leg is made. Immutable.
 *
 * <pre>{@code
 * OrderListLeg above = OrderListLeg.limitMaker(new BigDecimal("45000"));
 * OrderListLeg below = OrderListLeg.stopLossLimit(new BigDecimal("39000"), new BigDecimal("39100"), TimeInForce.GTC);
 * }</pre>
 *
 * @param type the order type
 * @param price the limit price, or null for a type without one
 * @param stopPrice the trigger price, or null for a type without one
 * @param timeInForce the time in force, or null for a type without one
 * @param clientOrderId the leg's client order id
 */
public record OrderListLeg(OrderType type, BigDecimal price, BigDecimal stopPrice, TimeInForce timeInForce,
    String clientOrderId) {
  private static final List<OrderType> ABOVE = List.of(OrderType.STOP_LOSS_LIMIT, OrderType.STOP_LOSS,
      OrderType.LIMIT_MAKER, OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_LIMIT);
  private static final List<OrderType> BELOW = List.of(OrderType.STOP_LOSS, OrderType.STOP_LOSS_LIMIT,
      OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_LIMIT);
  private static final List<OrderType> STOPS = List.of(OrderType.STOP_LOSS, OrderType.STOP_LOSS_LIMIT);

  /**
   * Checks the type and the client order id.
   *
   * @param type the order type
   * @param price the limit price, or null
   * @param stopPrice the trigger price, or null
   * @param timeInForce the time in force, or null
   * @param clientOrderId the leg's client order id
   */
  public OrderListLeg {
    Objects.requireNonNull(type, "type");
    NewOrder.checkClientOrderId(clientOrderId, "clientOrderId");
  }

  /**
   * A LIMIT leg (an OTO's or OPO's working or pending order; not allowed in an OCO pair).
   *
   * @param price the limit price
   * @param timeInForce the time in force
   * @return the leg
   */
  public static OrderListLeg limit(BigDecimal price, TimeInForce timeInForce) {
    return new OrderListLeg(OrderType.LIMIT, Checks.positive(price, "price"), null,
        Objects.requireNonNull(timeInForce, "timeInForce"), generated());
  }

  /**
   * A MARKET leg (an OTO's or OPO's pending order only).
   *
   * @return the leg
   */
  public static OrderListLeg market() {
    return new OrderListLeg(OrderType.MARKET, null, null, null, generated());
  }

  /**
   * A LIMIT_MAKER leg.
   *
   * @param price the limit price
   * @return the leg
   */
  public static OrderListLeg limitMaker(BigDecimal price) {
    return new OrderListLeg(OrderType.LIMIT_MAKER, Checks.positive(price, "price"), null, null, generated());
  }

  /**
   * A STOP_LOSS leg (a market order once triggered).
   *
   * @param stopPrice the trigger price
   * @return the leg
   */
  public static OrderListLeg stopLoss(BigDecimal stopPrice) {
    return new OrderListLeg(OrderType.STOP_LOSS, null, Checks.positive(stopPrice, "stopPrice"), null, generated());
  }

  /**
   * A STOP_LOSS_LIMIT leg.
   *
   * @param price the limit price
   * @param stopPrice the trigger price
   * @param timeInForce the time in force
   * @return the leg
   */
  public static OrderListLeg stopLossLimit(BigDecimal price, BigDecimal stopPrice, TimeInForce timeInForce) {
    return new OrderListLeg(OrderType.STOP_LOSS_LIMIT, Checks.positive(price, "price"),
        Checks.positive(stopPrice, "stopPrice"), Objects.requireNonNull(timeInForce, "timeInForce"), generated());
  }

  /**
   * A TAKE_PROFIT leg (a market order once triggered).
   *
   * @param stopPrice the trigger price
   * @return the leg
   */
  public static OrderListLeg takeProfit(BigDecimal stopPrice) {
    return new OrderListLeg(OrderType.TAKE_PROFIT, null, Checks.positive(stopPrice, "stopPrice"), null, generated());
  }

  /**
   * A TAKE_PROFIT_LIMIT leg.
   *
   * @param price the limit price
   * @param stopPrice the trigger price
   * @param timeInForce the time in force
   * @return the leg
   */
  public static OrderListLeg takeProfitLimit(BigDecimal price, BigDecimal stopPrice, TimeInForce timeInForce) {
    return new OrderListLeg(OrderType.TAKE_PROFIT_LIMIT, Checks.positive(price, "price"),
        Checks.positive(stopPrice, "stopPrice"), Objects.requireNonNull(timeInForce, "timeInForce"), generated());
  }

  /**
   * This leg with your client order id.
   *
   * @param id 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}
   * @return a copy with the id
   */
  public OrderListLeg withClientOrderId(String id) {
    return new OrderListLeg(type, price, stopPrice, timeInForce, id);
  }

  /**
   * Adds the leg's parameters in the docs' order, each named {@code prefix} + its name
   * ({@code aboveType}, {@code workingSide}, {@code pendingClientOrderId}, ...); {@code side} and
   * {@code quantity} only when given (an OCO's legs share the list's).
   *
   * @param params the parameters to add to
   * @param prefix {@code above}, {@code below}, {@code working}, {@code pending}, {@code pendingAbove}, ...
   * @param side the leg's side, or null
   * @param quantity the leg's quantity, or null
   * @return {@code params}
   */
  Params addTo(Params params, String prefix, OrderSide side, BigDecimal quantity) {
    return params.add(prefix + "Type", type)
        .addIfPresent(prefix + "Side", side)
        .add(prefix + "ClientOrderId", clientOrderId)
        .addIfPresent(prefix + "Price", price)
        .addIfPresent(prefix + "StopPrice", stopPrice)
        .addIfPresent(prefix + "Quantity", quantity)
        .addIfPresent(prefix + "TimeInForce", timeInForce);
  }

  /** Refuses a leg whose type is not in {@code allowed}, naming the parameter ({@code prefix + "Type"}). */
  static void checkType(String prefix, OrderListLeg leg, List<OrderType> allowed, String list) {
    if (!allowed.contains(leg.type())) {
      throw new IllegalArgumentException(prefix + "Type " + leg.type() + " is not allowed in " + list + "; "
          + prefix + "Type takes one of " + allowed + ".");
    }
  }

  /**
   * Refuses an OCO pair that is not one LIMIT_MAKER/TAKE_PROFIT/TAKE_PROFIT_LIMIT and one
   * STOP_LOSS/STOP_LOSS_LIMIT order, each allowed on its side.
   */
  static void checkPair(String above, OrderListLeg a, String below, OrderListLeg b, String list) {
    checkType(above, a, ABOVE, list);
    checkType(below, b, BELOW, list);
    if (STOPS.contains(a.type()) == STOPS.contains(b.type())) {
      throw new IllegalArgumentException(above + "Type " + a.type() + " and " + below + "Type " + b.type() + ": "
          + list + " needs one LIMIT_MAKER, TAKE_PROFIT or TAKE_PROFIT_LIMIT order and one STOP_LOSS or"
          + " STOP_LOSS_LIMIT order.");
    }
  }

  private static String generated() {
    return dev.signet.binance.internal.BinanceOrderIds.generate();
  }
}
