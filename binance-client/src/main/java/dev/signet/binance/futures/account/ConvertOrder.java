package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A futures convert order: {@code GET /fapi/v1/convert/orderStatus}, every field the docs list.
 *
 * <pre>{@code
 * ConvertOrder o = client.futures().convert().orderStatus(933256278426274426L);
 * if (o.orderStatus() == ConvertStatus.SUCCESS) { credited(o.toAmount()); }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param orderId the convert order id
 * @param orderStatus the order's state
 * @param fromAsset the asset spent
 * @param fromAmount the amount spent
 * @param toAsset the asset received
 * @param toAmount the amount received
 * @param ratio how much {@code toAsset} one {@code fromAsset} bought
 * @param inverseRatio how much {@code fromAsset} one {@code toAsset} cost
 * @param createTime when it was created (epoch millis on the wire)
 */
public record ConvertOrder(
    @JsonProperty(required = true) long orderId,
    ConvertStatus orderStatus,
    String fromAsset,
    BigDecimal fromAmount,
    String toAsset,
    BigDecimal toAmount,
    BigDecimal ratio,
    BigDecimal inverseRatio,
    Instant createTime) {
  /**
   * Checks the required fields are present.
   *
   * @param orderId the convert order id
   * @param orderStatus the order's state
   * @param fromAsset the asset spent
   * @param fromAmount the amount spent
   * @param toAsset the asset received
   * @param toAmount the amount received
   * @param ratio how much {@code toAsset} one {@code fromAsset} bought
   * @param inverseRatio how much {@code fromAsset} one {@code toAsset} cost
   * @param createTime when it was created (epoch millis on the wire)
   */
  public ConvertOrder {
    Required.field(orderStatus, "orderStatus");
    Required.field(fromAsset, "fromAsset");
    Required.field(fromAmount, "fromAmount");
    Required.field(toAsset, "toAsset");
    Required.field(toAmount, "toAmount");
    Required.field(ratio, "ratio");
    Required.field(inverseRatio, "inverseRatio");
    Required.field(createTime, "createTime");
  }
}
