package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * The account's unfilled order count in one interval, as {@code GET /api/v3/rateLimit/order}
 * reports it (every documented field).
 *
 * <pre>{@code
 * for (UnfilledOrderCount c : client.spot().accountData().unfilledOrderCount()) {
 *   int left = c.limit() - c.count();
 * }
 * }</pre>
 *
 * <p>Every field is required: a missing or null one fails the decode naming it.
 *
 * @param rateLimitType the limit type, {@code ORDERS} (kept as sent, like {@code exchangeInfo}'s rate limits)
 * @param interval {@code SECOND}, {@code MINUTE} or {@code DAY} (kept as sent)
 * @param intervalNum how many intervals the window spans
 * @param limit the most unfilled orders allowed in the window
 * @param count the unfilled orders placed in the window so far
 */
public record UnfilledOrderCount(
    String rateLimitType,
    String interval,
    @JsonProperty(required = true) int intervalNum,
    @JsonProperty(required = true) int limit,
    @JsonProperty(required = true) int count) {
  /**
   * Checks every field is present.
   *
   * @param rateLimitType the limit type, {@code ORDERS} (kept as sent, like {@code exchangeInfo}'s rate limits)
   * @param interval {@code SECOND}, {@code MINUTE} or {@code DAY} (kept as sent)
   * @param intervalNum how many intervals the window spans
   * @param limit the most unfilled orders allowed in the window
   * @param count the unfilled orders placed in the window so far
   */
  public UnfilledOrderCount {
    Required.field(rateLimitType, "rateLimitType");
    Required.field(interval, "interval");
  }
}
