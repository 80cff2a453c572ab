package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One asset's entry in BalanceEx. Kraken's schema sends decimal strings, its published example JSON
 * numbers; both decode exactly (the number's text, never a {@code double}). Kraken leaves out
 * {@code credit} and {@code credit_used} for accounts without credit (null here).
 *
 * <pre>{@code
 * ExtendedBalance usd = kraken.accountData().balanceEx().get("ZUSD").orElseThrow();
 * BigDecimal free = usd.available();
 * }</pre>
 *
 * @param balance the total balance
 * @param credit the credit line, or null when Kraken sent none
 * @param creditUsed the credit used, or null when Kraken sent none
 * @param holdTrade the amount held by open spot orders, or null when Kraken sent none
 */
public record ExtendedBalance(
    BigDecimal balance,
    BigDecimal credit,
    @JsonProperty("credit_used") BigDecimal creditUsed,
    @JsonProperty("hold_trade") BigDecimal holdTrade) {
  /**
   * Checks that {@code balance} is present.
   *
   * @param balance the total balance
   * @param credit the credit line, or null when Kraken sent none
   * @param creditUsed the credit used, or null when Kraken sent none
   * @param holdTrade the amount held by open spot orders, or null when Kraken sent none
   */
  public ExtendedBalance {
    Required.field(balance, "balance");
  }

  /**
   * The available balance as Kraken defines it: balance + credit − credit_used − hold_trade, an
   * absent member counting as zero.
   *
   * @return the amount available for new orders or withdrawals
   */
  public BigDecimal available() {
    return balance.add(orZero(credit)).subtract(orZero(creditUsed)).subtract(orZero(holdTrade));
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
