package dev.signet.binance.spot;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import java.util.Objects;

/**
 * Binance Spot trading ({@code /api/v3}, TRADE): placing and cancelling orders, and finding out
 * what became of one whose outcome was unknown. Get it from {@code client.spot().trading()}.
 * Stateless and thread-safe.
 *
 * <p>Orders are never resent once they may have reached Binance: when no answer says what
 * happened (timeout, connection reset, 5xx, {@code -1006}/{@code -1007}) a call throws
 * {@link dev.signet.core.OrderStatusUnknownException} with the order's client order id; call
 * {@link #reconcile(String, String)} to learn the truth.
 *
 * <pre>{@code
 * OrderResult r = client.spot().trading().newOrder(
 *     NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.01"), new BigDecimal("40000")).build());
 * client.spot().trading().cancelOrder(OrderRef.byId("BTCUSDT", r.orderId()));
 * }</pre>
 */
public final class SpotTrading {
  private static final Decoder<OrderResult> ORDER_RESULT = Decoder.of(OrderResult.class);
  private static final Decoder<CanceledOrder> CANCELED = Decoder.of(CanceledOrder.class);

  private final BinanceHost host;
  private final SpotAccountData accountData;

  SpotTrading(BinanceHost host, SpotAccountData accountData) {
    this.host = Objects.requireNonNull(host, "host");
    this.accountData = Objects.requireNonNull(accountData, "accountData");
  }

  /**
   * {@code POST /api/v3/order}: places an order. The parameters go in the form body, signed with
   * it. Weight 1 (0 when successful, since 2026-04-02); 1 on the unfilled-order count.
   *
   * @param order the order to place
   * @return Binance's answer, in the {@code newOrderRespType} asked for
   */
  public OrderResult newOrder(NewOrder order) {
    Objects.requireNonNull(order, "order");
    return host.execute(Operation.of(SpotEndpoints.NEW_ORDER, order.toParams(), ORDER_RESULT)
        .withClientOrderId(order.clientOrderId()));
  }

  /**
   * {@code DELETE /api/v3/order}: cancels one order by id or client order id. Weight 1.
   *
   * @param ref which order: by id or by client order id
   * @return the canceled order
   */
  public CanceledOrder cancelOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return host.execute(Operation.of(SpotEndpoints.CANCEL_ORDER, ref.toParams(), CANCELED)
        .withClientOrderId(ref.clientOrderId() != null ? ref.clientOrderId() : "orderId=" + ref.orderId()));
  }

  /**
   * Finds out what became of an order whose outcome was unknown: queries it by client order id
   * ({@code GET /api/v3/order}, retried like any read) and reports it placed, with its current
   * state, or not placed ({@code -2013 Order does not exist}).
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param clientOrderId the client order id ({@code newClientOrderId} on the wire)
   * @return whether the order was placed and, if so, its current state
   */
  public OrderOutcome reconcile(String symbol, String clientOrderId) {
    try {
      return OrderOutcome.placed(accountData.queryOrder(OrderRef.byClientId(symbol, clientOrderId)));
    } catch (BinanceApiException e) {
      if (e.code() == -2013) {
        return OrderOutcome.notPlaced(clientOrderId);
      }
      throw e;
    }
  }
}
