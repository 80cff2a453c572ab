package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One execution rule of a symbol ({@code GET /api/v3/executionRules}). {@code PRICE_RANGE} (the only
 * type documented, 2026-03-09) carries four multipliers of the reference price; another type is
 * kept with its name and null multipliers.
 *
 * <p>{@code ruleType} is required, and a {@code PRICE_RANGE} rule's four multipliers.
 *
 * <p>Example: {@code ExecutionRule r = rules.forSymbol("BAZUSD").get(0);   // PRICE_RANGE, 1.0001, 0.9999, ...}
 *
 * @param ruleType the rule type, e.g. {@code PRICE_RANGE} (kept as sent)
 * @param bidLimitMultUp highest bid as a multiple of the reference price; null for another type
 * @param bidLimitMultDown lowest bid as a multiple of the reference price; null for another type
 * @param askLimitMultUp highest ask as a multiple of the reference price; null for another type
 * @param askLimitMultDown lowest ask as a multiple of the reference price; null for another type
 */
public record ExecutionRule(
    String ruleType,
    BigDecimal bidLimitMultUp,
    BigDecimal bidLimitMultDown,
    BigDecimal askLimitMultUp,
    BigDecimal askLimitMultDown) {
  /**
   * Checks {@code ruleType}, and the multipliers of a {@code PRICE_RANGE} rule.
   *
   * @param ruleType the rule type, e.g. {@code PRICE_RANGE} (kept as sent)
   * @param bidLimitMultUp highest bid as a multiple of the reference price; null for another type
   * @param bidLimitMultDown lowest bid as a multiple of the reference price; null for another type
   * @param askLimitMultUp highest ask as a multiple of the reference price; null for another type
   * @param askLimitMultDown lowest ask as a multiple of the reference price; null for another type
   */
  public ExecutionRule {
    Required.field(ruleType, "ruleType");
    if (ruleType.equals(PRICE_RANGE)) {
      Required.field(bidLimitMultUp, "bidLimitMultUp");
      Required.field(bidLimitMultDown, "bidLimitMultDown");
      Required.field(askLimitMultUp, "askLimitMultUp");
      Required.field(askLimitMultDown, "askLimitMultDown");
    }
  }

  /** {@code ruleType} of the price range execution rule. */
  public static final String PRICE_RANGE = "PRICE_RANGE";
}
