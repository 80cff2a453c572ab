package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * One of the exchange's rate limits, from {@code exchangeInfo}'s {@code rateLimits}, e.g.
 * {@code REQUEST_WEIGHT} 6000 per 1 {@code MINUTE}. Type and interval are open value records: a
 * value Binance adds later (e.g. {@code CONNECTIONS} on the WebSocket API) keeps its text.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code RateLimitRule r = info.rateLimits().get(0);   // RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000}
 *
 * @param rateLimitType {@code REQUEST_WEIGHT}, {@code ORDERS} or {@code RAW_REQUESTS} (other text kept)
 * @param interval {@code SECOND}, {@code MINUTE}, {@code HOUR} or {@code DAY} (other text kept)
 * @param intervalNum how many intervals the window spans
 * @param limit the limit per window
 */
public record RateLimitRule(
    RateLimitType rateLimitType,
    RateLimitInterval interval,
    @JsonProperty(required = true) int intervalNum,
    @JsonProperty(required = true) int limit) {
  /**
   * Checks every required field is present.
   *
   * @param rateLimitType {@code REQUEST_WEIGHT}, {@code ORDERS} or {@code RAW_REQUESTS} (other text kept)
   * @param interval {@code SECOND}, {@code MINUTE}, {@code HOUR} or {@code DAY} (other text kept)
   * @param intervalNum how many intervals the window spans
   * @param limit the limit per window
   */
  public RateLimitRule {
    Required.field(rateLimitType, "rateLimitType");
    Required.field(interval, "interval");
  }
}
