package dev.signet.kraken.funding;

import dev.signet.core.Params;
import dev.signet.kraken.internal.FundingChecks;

/**
 * The filters of {@code WithdrawAddresses}; every field optional. Immutable; the {@code with}-style
 * methods return checked copies.
 *
 * <pre>{@code
 * WithdrawAddressQuery q = WithdrawAddressQuery.forAsset("XBT").method("Bitcoin").verified(true);
 * }</pre>
 *
 * @param asset only this asset, or null
 * @param assetClass only this asset class ({@code aclass}), or null
 * @param method only this withdrawal method, or null
 * @param key only the address with this withdrawal key name, or null
 * @param verified only verified ({@code true}) or unverified ({@code false}) addresses, or null for both
 */
public record WithdrawAddressQuery(String asset, AssetClass assetClass, String method, String key, Boolean verified) {
  /**
   * Checks that no text field is blank.
   *
   * @param asset only this asset, or null
   * @param assetClass only this asset class, or null
   * @param method only this method, or null
   * @param key only this key, or null
   * @param verified only (un)verified addresses, or null
   */
  public WithdrawAddressQuery {
    FundingChecks.optional(asset, "asset", "an asset such as XBT, or leave it out");
    FundingChecks.optional(method, "method", "a method name such as Bitcoin, or leave it out");
    FundingChecks.optional(key, "key", "a withdrawal key name as set up on the account, or leave it out");
  }

  /**
   * Every withdrawal address.
   *
   * @return a query without filters
   */
  public static WithdrawAddressQuery all() {
    return new WithdrawAddressQuery(null, null, null, null, null);
  }

  /**
   * Only addresses for {@code asset}.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @return a query for that asset
   * @throws IllegalArgumentException when {@code asset} is null or blank
   */
  public static WithdrawAddressQuery forAsset(String asset) {
    return new WithdrawAddressQuery(FundingChecks.asset(asset, "asset"), null, null, null, null);
  }

  /**
   * Only this asset class.
   *
   * @param value the asset class
   * @return a copy with {@code aclass} set
   */
  public WithdrawAddressQuery assetClass(AssetClass value) {
    return new WithdrawAddressQuery(asset, value, method, key, verified);
  }

  /**
   * Only this method.
   *
   * @param value the method's name, e.g. {@code Bitcoin}
   * @return a copy with {@code method} set
   */
  public WithdrawAddressQuery method(String value) {
    return new WithdrawAddressQuery(asset, assetClass, value, key, verified);
  }

  /**
   * Only the address with this key name.
   *
   * @param value the withdrawal key's name
   * @return a copy with {@code key} set
   */
  public WithdrawAddressQuery key(String value) {
    return new WithdrawAddressQuery(asset, assetClass, method, value, verified);
  }

  /**
   * Only verified or only unverified addresses.
   *
   * @param value true for verified addresses, false for unverified ones
   * @return a copy with {@code verified} set
   */
  public WithdrawAddressQuery verified(boolean value) {
    return new WithdrawAddressQuery(asset, assetClass, method, key, value);
  }

  /**
   * The parameters, in the order Kraken documents them.
   *
   * @return {@code asset, aclass, method, key, verified}, each only when set
   */
  public Params toParams() {
    return Params.empty().addIfPresent("asset", asset).addIfPresent("aclass", assetClass)
        .addIfPresent("method", method).addIfPresent("key", key).addIfPresent("verified", verified);
  }
}
