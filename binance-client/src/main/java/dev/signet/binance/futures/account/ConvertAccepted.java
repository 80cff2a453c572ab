package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * An accepted futures convert quote: {@code POST /fapi/v1/convert/acceptQuote}. Follow it with
 * {@code orderStatus(orderId)} until {@link ConvertStatus#isFinal()}.
 *
 * <pre>{@code
 * ConvertAccepted a = client.futures().convert().acceptQuote("12415572564");
 * ConvertOrder o = client.futures().convert().orderStatus(a.orderId());
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param orderId the convert order id (a string on the wire)
 * @param createTime when it was created (epoch millis on the wire)
 * @param orderStatus the order's state, e.g. {@code PROCESS}
 */
public record ConvertAccepted(
    @JsonProperty(required = true) long orderId,
    Instant createTime,
    ConvertStatus orderStatus) {
  /**
   * Checks the required fields are present.
   *
   * @param orderId the convert order id (a string on the wire)
   * @param createTime when it was created (epoch millis on the wire)
   * @param orderStatus the order's state, e.g. {@code PROCESS}
   */
  public ConvertAccepted {
    Required.field(createTime, "createTime");
    Required.field(orderStatus, "orderStatus");
  }
}
