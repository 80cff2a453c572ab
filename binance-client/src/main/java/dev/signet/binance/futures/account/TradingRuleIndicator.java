package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One quantitative-rules indicator of {@link TradingRuleIndicators} ({@code GET /fapi/v1/apiTradingStatus}).
 *
 * <pre>{@code
 * for (TradingRuleIndicator i : client.futures().accountData().apiTradingStatus("BTCUSDT").indicators().get("BTCUSDT")) {
 *   if (i.isLocked()) { pauseUntil(i.plannedRecoverTime()); }
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it; the others are null when Binance leaves them out.
 *
 * @param isLocked whether trading the symbol (or the account, under {@code ACCOUNT}) is locked by this rule
 * @param plannedRecoverTime when the lock is planned to end, or null when Binance leaves it out (once that time has passed)
 * @param indicator the indicator, e.g. {@code UFR} (unfilled ratio), {@code IFER}, {@code GCR}, {@code DR} or {@code TMV} (kept as sent)
 * @param value the account's current value
 * @param triggerValue the value at which the rule triggers
 */
public record TradingRuleIndicator(
    @JsonProperty(value = "isLocked", required = true) boolean isLocked,
    Instant plannedRecoverTime,
    String indicator,
    BigDecimal value,
    BigDecimal triggerValue) {
  /**
   * Checks the required fields are present.
   *
   * @param isLocked whether trading the symbol (or the account, under {@code ACCOUNT}) is locked by this rule
   * @param plannedRecoverTime when the lock is planned to end, or null when Binance leaves it out (once that time has passed)
   * @param indicator the indicator, e.g. {@code UFR} (unfilled ratio), {@code IFER}, {@code GCR}, {@code DR} or {@code TMV} (kept as sent)
   * @param value the account's current value
   * @param triggerValue the value at which the rule triggers
   */
  public TradingRuleIndicator {
    Required.field(indicator, "indicator");
    Required.field(value, "value");
    Required.field(triggerValue, "triggerValue");
  }
}
