package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * One of the account's order rate limits: {@code GET /fapi/v1/rateLimit/order}, every field the docs list.
 *
 * <pre>{@code
 * for (OrderRateLimit l : client.futures().accountData().orderRateLimits()) {
 *   System.out.println(l.limit() + " orders per " + l.intervalNum() + " " + l.interval());
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param rateLimitType the limit type, {@code ORDERS} (kept as sent, like {@code exchangeInfo}'s rate limits)
 * @param interval {@code SECOND} or {@code MINUTE} (kept as sent)
 * @param intervalNum how many intervals the window spans
 * @param limit the most orders allowed in the window
 */
public record OrderRateLimit(
    String rateLimitType,
    String interval,
    @JsonProperty(required = true) int intervalNum,
    @JsonProperty(required = true) int limit) {
  /**
   * Checks the required fields are present.
   *
   * @param rateLimitType the limit type, {@code ORDERS} (kept as sent, like {@code exchangeInfo}'s rate limits)
   * @param interval {@code SECOND} or {@code MINUTE} (kept as sent)
   * @param intervalNum how many intervals the window spans
   * @param limit the most orders allowed in the window
   */
  public OrderRateLimit {
    Required.field(rateLimitType, "rateLimitType");
    Required.field(interval, "interval");
  }
}
