package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The permissions of the calling API key: {@code GET /sapi/v1/account/apiRestrictions}.
 *
 * <pre>{@code
 * if (!client.wallet().apiRestrictions().enableWithdrawals()) { throw new IllegalStateException("key cannot withdraw"); }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param ipRestrict whether the key is restricted to trusted IPs
 * @param createTime when the key was created (epoch millis on the wire)
 * @param enableReading whether it may read
 * @param enableWithdrawals whether it may withdraw (needs an IP restriction)
 * @param enableInternalTransfer whether it may transfer between master and sub-accounts
 * @param enableMargin whether it may trade margin
 * @param enableFutures whether it may trade futures
 * @param permitsUniversalTransfer whether it may use the universal transfer
 * @param enableVanillaOptions whether it may trade options
 * @param enableFixApiTrade whether it may trade over FIX, or null
 * @param enableFixReadOnly whether it may read over FIX, or null
 * @param enableSpotAndMarginTrading whether it may trade spot and margin
 * @param enablePortfolioMarginTrading whether it may trade portfolio margin, or null
 * @param tradingAuthorityExpirationTime when its trading permission expires, or null when it does not
 */
public record ApiRestrictions(
    @JsonProperty(required = true) boolean ipRestrict,
    Instant createTime,
    @JsonProperty(required = true) boolean enableReading,
    @JsonProperty(required = true) boolean enableWithdrawals,
    @JsonProperty(required = true) boolean enableInternalTransfer,
    @JsonProperty(required = true) boolean enableMargin,
    @JsonProperty(required = true) boolean enableFutures,
    @JsonProperty(required = true) boolean permitsUniversalTransfer,
    @JsonProperty(required = true) boolean enableVanillaOptions,
    Boolean enableFixApiTrade,
    Boolean enableFixReadOnly,
    @JsonProperty(required = true) boolean enableSpotAndMarginTrading,
    Boolean enablePortfolioMarginTrading,
    Instant tradingAuthorityExpirationTime) {
  /**
   * Checks the required fields are present.
   *
   * @param ipRestrict whether the key is restricted to trusted IPs
   * @param createTime when the key was created (epoch millis on the wire)
   * @param enableReading whether it may read
   * @param enableWithdrawals whether it may withdraw (needs an IP restriction)
   * @param enableInternalTransfer whether it may transfer between master and sub-accounts
   * @param enableMargin whether it may trade margin
   * @param enableFutures whether it may trade futures
   * @param permitsUniversalTransfer whether it may use the universal transfer
   * @param enableVanillaOptions whether it may trade options
   * @param enableFixApiTrade whether it may trade over FIX, or null
   * @param enableFixReadOnly whether it may read over FIX, or null
   * @param enableSpotAndMarginTrading whether it may trade spot and margin
   * @param enablePortfolioMarginTrading whether it may trade portfolio margin, or null
   * @param tradingAuthorityExpirationTime when its trading permission expires, or null when it does not
   */
  public ApiRestrictions {
    Required.field(createTime, "createTime");
  }
}
