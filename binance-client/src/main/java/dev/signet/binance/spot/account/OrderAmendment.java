package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One amendment of an order ({@code PUT /api/v3/order/amend/keepPriority}), as
 * {@code GET /api/v3/order/amendments} reports it (every documented field).
 *
 * <pre>{@code
 * List<OrderAmendment> a = client.spot().accountData().orderAmendments("BTCUSDT", 9);
 * BigDecimal now = a.get(a.size() - 1).newQty();
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol
 * @param orderId the order's id
 * @param executionId the amendment's execution id (what {@code fromExecutionId} pages by)
 * @param origClientOrderId the client order id before the amendment
 * @param newClientOrderId the client order id after it
 * @param origQty the quantity before
 * @param newQty the quantity after
 * @param time when the order was amended
 */
public record OrderAmendment(
    String symbol,
    @JsonProperty(required = true) long orderId,
    @JsonProperty(required = true) long executionId,
    String origClientOrderId,
    String newClientOrderId,
    BigDecimal origQty,
    BigDecimal newQty,
    Instant time) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param orderId the order's id
   * @param executionId the amendment's execution id (what {@code fromExecutionId} pages by)
   * @param origClientOrderId the client order id before the amendment
   * @param newClientOrderId the client order id after it
   * @param origQty the quantity before
   * @param newQty the quantity after
   * @param time when the order was amended
   */
  public OrderAmendment {
    Required.field(symbol, "symbol");
    Required.field(origClientOrderId, "origClientOrderId");
    Required.field(newClientOrderId, "newClientOrderId");
    Required.field(origQty, "origQty");
    Required.field(newQty, "newQty");
    Required.field(time, "time");
  }
}
