package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The futures quantitative-rules indicators: {@code GET /fapi/v1/apiTradingStatus}. Binance lists only
 * the indicators past their recording threshold, per symbol, and account-wide ones under the key
 * {@code ACCOUNT}.
 *
 * <pre>{@code
 * TradingRuleIndicators s = client.futures().accountData().apiTradingStatus();
 * boolean locked = s.indicators().values().stream().flatMap(List::stream).anyMatch(TradingRuleIndicator::isLocked);
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param indicators the indicators per symbol (or {@code ACCOUNT}), unmodifiable, in the order sent
 * @param updateTime when they were last updated (epoch millis on the wire)
 */
public record TradingRuleIndicators(
    Map<String, List<TradingRuleIndicator>> indicators,
    Instant updateTime) {
  /**
   * Checks the required fields are present; copies the map and its lists.
   *
   * @param indicators the indicators per symbol (or {@code ACCOUNT}), unmodifiable, in the order sent
   * @param updateTime when they were last updated (epoch millis on the wire)
   */
  public TradingRuleIndicators {
    Map<String, List<TradingRuleIndicator>> copy = new LinkedHashMap<>();
    Required.values(indicators, "indicators").forEach((k, v) -> copy.put(k, Required.list(v, "indicators." + k)));
    indicators = Collections.unmodifiableMap(copy);
    Required.field(updateTime, "updateTime");
  }
}
