package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A {@code POST /api/v3/orderList/oco} request: two orders, one above and one below the market;
 * when one fills or triggers, the other is cancelled. Refuses, before anything is sent, a leg type
 * the docs do not allow on its side. The list carries a {@code listClientOrderId} (yours or one
 * generated when built). Parameters go out in the docs' order. Immutable.
 *
 * <pre>{@code
 * OcoOrder oco = OcoOrder.of("BTCUSDT", OrderSide.SELL, new BigDecimal("0.01"),
 *     OrderListLeg.limitMaker(new BigDecimal("45000")),
 *     OrderListLeg.stopLoss(new BigDecimal("39000")));
 * }</pre>
 *
 * @param symbol the symbol
 * @param side both orders' side
 * @param quantity both orders' quantity
 * @param above the order above the market price
 * @param below the order below the market price
 * @param listClientOrderId the list's client id
 */
public record OcoOrder(String symbol, OrderSide side, BigDecimal quantity, OrderListLeg above, OrderListLeg below,
    String listClientOrderId) {
  /**
   * Checks every part and the leg types.
   *
   * @param symbol the symbol
   * @param side both orders' side
   * @param quantity both orders' quantity
   * @param above the order above the market price
   * @param below the order below the market price
   * @param listClientOrderId the list's client id
   */
  public OcoOrder {
    Symbols.check("symbol", symbol);
    Objects.requireNonNull(side, "side");
    Checks.positive(quantity, "quantity");
    Objects.requireNonNull(above, "above");
    Objects.requireNonNull(below, "below");
    NewOrder.checkClientOrderId(listClientOrderId, "listClientOrderId");
    OrderListLeg.checkPair("above", above, "below", below, "an OCO");
  }

  /**
   * An OCO with a generated {@code listClientOrderId}.
   *
   * @param symbol the symbol
   * @param side both orders' side
   * @param quantity both orders' quantity
   * @param above the order above the market price
   * @param below the order below the market price
   * @return the request
   */
  public static OcoOrder of(String symbol, OrderSide side, BigDecimal quantity, OrderListLeg above, OrderListLeg below) {
    return new OcoOrder(symbol, side, quantity, above, below, BinanceOrderIds.generate());
  }

  /**
   * The parameters in the docs' order, with {@code newOrderRespType=RESULT}.
   *
   * @return the parameters in sending order
   */
  public Params toParams() {
    Params p = Params.of("symbol", symbol).add("listClientOrderId", listClientOrderId).add("side", side)
        .add("quantity", quantity);
    above.addTo(p, "above", null, null);
    below.addTo(p, "below", null, null);
    return p.add("newOrderRespType", ResponseType.RESULT);
  }
}
