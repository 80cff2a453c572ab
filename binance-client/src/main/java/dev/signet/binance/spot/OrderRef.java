package dev.signet.binance.spot;

import dev.signet.binance.internal.Symbols;
import dev.signet.core.Params;
import java.util.Objects;

/**
 * Which order a query or cancel is about: by Binance's order id or by the client order id.
 *
 * <pre>{@code
 * client.spot().accountData().queryOrder(OrderRef.byId("BTCUSDT", 28));
 * client.spot().trading().cancelOrder(OrderRef.byClientId("BTCUSDT", "bot-42"));
 * }</pre>
 *
 * @param symbol the symbol
 * @param orderId Binance's order id, or null when {@code clientOrderId} is used
 * @param clientOrderId the client order id, or null when {@code orderId} is used
 */
public record OrderRef(String symbol, Long orderId, String clientOrderId) {
  /**
   * Checks the symbol's syntax ({@code Symbols}) and that exactly one id is given.
   *
   * @param symbol the symbol
   * @param orderId Binance's order id, or null when {@code clientOrderId} is used
   * @param clientOrderId the client order id, or null when {@code orderId} is used
   */
  public OrderRef {
    Symbols.check("symbol", symbol);
    if ((orderId == null) == (clientOrderId == null)) {
      throw new IllegalArgumentException("Give exactly one of orderId and origClientOrderId.");
    }
    if (clientOrderId != null) {
      NewOrder.checkClientOrderId(clientOrderId, "origClientOrderId");
    }
  }

  /**
   * The order with Binance's id {@code orderId}.
   *
   * @param symbol the symbol
   * @param orderId Binance's order id, or null when {@code clientOrderId} is used
   * @return the order with Binance's id {@code orderId}
   */
  public static OrderRef byId(String symbol, long orderId) {
    return new OrderRef(symbol, orderId, null);
  }

  /**
   * The order with client order id {@code clientOrderId}.
   *
   * @param symbol the symbol
   * @param clientOrderId the client order id, or null when {@code orderId} is used
   * @return the order with client order id {@code clientOrderId}
   */
  public static OrderRef byClientId(String symbol, String clientOrderId) {
    return new OrderRef(symbol, null, Objects.requireNonNull(clientOrderId, "clientOrderId"));
  }

  /**
   * {@code symbol} then {@code orderId} or {@code origClientOrderId}.
   *
   * @return {@code symbol} then {@code orderId} or {@code origClientOrderId}
   */
  public Params toParams() {
    return Params.of("symbol", symbol).addIfPresent("orderId", orderId).addIfPresent("origClientOrderId", clientOrderId);
  }
}
