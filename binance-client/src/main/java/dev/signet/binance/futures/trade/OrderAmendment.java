package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One modification of a USD-M futures order, as {@code GET /fapi/v1/orderAmendment} answers it:
 * its price and quantity before and after, and how many times the order had been modified.
 *
 * <pre>{@code
 * List<OrderAmendment> history = client.futures().orders().orderAmendments(
 *     AmendmentQuery.of(OrderRef.byId("BTCUSDT", 20072994037L)));
 * BigDecimal newPrice = history.get(0).amendment().price().after();
 * }</pre>
 *
 * @param amendmentId the modification's id
 * @param symbol the contract
 * @param pair the underlying pair
 * @param orderId the order's id
 * @param clientOrderId the order's client id
 * @param time when it was modified
 * @param amendment what changed
 */
public record OrderAmendment(@JsonProperty(required = true) long amendmentId, String symbol, String pair,
    @JsonProperty(required = true) long orderId, String clientOrderId, Instant time, Amendment amendment) {
  /**
   * Checks the fields every answer sends.
   *
   * @param amendmentId the modification's id
   * @param symbol the contract
   * @param pair the underlying pair
   * @param orderId the order's id
   * @param clientOrderId the order's client id
   * @param time when it was modified
   * @param amendment what changed
   */
  public OrderAmendment {
    Required.field(symbol, "symbol");
    Required.field(pair, "pair");
    Required.field(clientOrderId, "clientOrderId");
    Required.field(time, "time");
    Required.field(amendment, "amendment");
  }

  /**
   * What one modification changed.
   *
   * <p>Example: {@code a.count()   // 3: the order's third modification}
   *
   * @param price the price before and after
   * @param origQty the quantity before and after
   * @param count how many times the order had been modified, this one included
   */
  public record Amendment(Change price, Change origQty, @JsonProperty(required = true) int count) {
    /**
     * Checks the fields every answer sends.
     *
     * @param price the price before and after
     * @param origQty the quantity before and after
     * @param count the modification count
     */
    public Amendment {
      Required.field(price, "price");
      Required.field(origQty, "origQty");
    }
  }

  /**
   * A value before and after a modification.
   *
   * <p>Example: {@code change.before()   // 30004}
   *
   * @param before the value before
   * @param after the value after
   */
  public record Change(BigDecimal before, BigDecimal after) {
    /**
     * Checks both values are present.
     *
     * @param before the value before
     * @param after the value after
     */
    public Change {
      Required.field(before, "before");
      Required.field(after, "after");
    }
  }
}
