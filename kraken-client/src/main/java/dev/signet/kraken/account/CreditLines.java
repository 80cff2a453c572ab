package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@code POST /0/private/CreditLines} (VIP accounts with a credit line; Kraken answers
 * {@code null} otherwise, which {@code creditLines()} gives as an empty {@code Optional}).
 *
 * <pre>{@code
 * kraken.accountData().creditLines().ifPresent(c -> System.out.println(c.limitsMonitor().equityUsd()));
 * }</pre>
 *
 * @param assetDetails asset to its credit line, in Kraken's order; unmodifiable
 * @param limitsMonitor the account-wide credit figures
 */
public record CreditLines(
    @JsonProperty("asset_details") Map<String, AssetCredit> assetDetails,
    @JsonProperty("limits_monitor") Monitor limitsMonitor) {
  /**
   * Checks both members are present; copies the map.
   *
   * @param assetDetails asset to its credit line, in Kraken's order; unmodifiable
   * @param limitsMonitor the account-wide credit figures
   */
  public CreditLines {
    assetDetails = Collections.unmodifiableMap(new LinkedHashMap<>(Required.values(
        Required.field(assetDetails, "asset_details"), "asset_details")));
    Required.field(limitsMonitor, "limits_monitor");
  }

  /**
   * One asset's credit line. Example: {@code lines.assetDetails().get("USD").availableCredit()}.
   *
   * @param balance the asset's balance
   * @param creditLimit the credit limit
   * @param creditUsed the credit used
   * @param availableCredit the credit still available
   */
  public record AssetCredit(
      BigDecimal balance,
      @JsonProperty("credit_limit") BigDecimal creditLimit,
      @JsonProperty("credit_used") BigDecimal creditUsed,
      @JsonProperty("available_credit") BigDecimal availableCredit) {
    /**
     * Checks every member is present.
     *
     * @param balance the asset's balance
     * @param creditLimit the credit limit
     * @param creditUsed the credit used
     * @param availableCredit the credit still available
     */
    public AssetCredit {
      Required.field(balance, "balance");
      Required.field(creditLimit, "credit_limit");
      Required.field(creditUsed, "credit_used");
      Required.field(availableCredit, "available_credit");
    }
  }

  /**
   * The account-wide figures ({@code limits_monitor}); the docs mark each nullable, so any may be
   * null. Example: {@code lines.limitsMonitor().debtToEquity()}.
   *
   * @param totalCreditUsd total credit, in USD, or null
   * @param totalCreditUsedUsd credit used, in USD, or null
   * @param totalCollateralValueUsd collateral value, in USD, or null
   * @param equityUsd equity, in USD, or null
   * @param ongoingBalance the ongoing balance, or null
   * @param debtToEquity the debt-to-equity ratio, or null
   */
  public record Monitor(
      @JsonProperty("total_credit_usd") BigDecimal totalCreditUsd,
      @JsonProperty("total_credit_used_usd") BigDecimal totalCreditUsedUsd,
      @JsonProperty("total_collateral_value_usd") BigDecimal totalCollateralValueUsd,
      @JsonProperty("equity_usd") BigDecimal equityUsd,
      @JsonProperty("ongoing_balance") BigDecimal ongoingBalance,
      @JsonProperty("debt_to_equity") BigDecimal debtToEquity) {}
}
