package dev.signet.kraken.funding;

import dev.signet.core.internal.json.Required;

/**
 * A withdrawal address set up on the account, as {@code WithdrawAddresses} lists it; its
 * {@link #key()} is what {@code WithdrawInfo} and {@code Withdraw} take.
 *
 * <pre>{@code
 * String key = kraken.funding().withdrawAddresses(WithdrawAddressQuery.forAsset("XBT")).get(0).key();
 * }</pre>
 *
 * @param address the address
 * @param asset the asset, e.g. {@code XBT}
 * @param method the withdrawal method's name
 * @param key the withdrawal key's name, as set up on the account
 * @param tag the XRP destination tag or memo, or null
 * @param verified whether the address passed e-mail confirmation, or null when not sent
 */
public record WithdrawAddress(String address, String asset, String method, String key, String tag, Boolean verified) {
  /**
   * Checks the address, asset, method and key are present.
   *
   * @param address the address
   * @param asset the asset
   * @param method the withdrawal method's name
   * @param key the withdrawal key's name
   * @param tag the destination tag or memo, or null
   * @param verified whether the address passed e-mail confirmation, or null
   */
  public WithdrawAddress {
    Required.field(address, "address");
    Required.field(asset, "asset");
    Required.field(method, "method");
    Required.field(key, "key");
  }
}
