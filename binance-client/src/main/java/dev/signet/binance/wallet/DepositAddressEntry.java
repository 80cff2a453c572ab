package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * One of the account's deposit addresses: an element of {@code GET /sapi/v1/capital/deposit/address/list}.
 *
 * <pre>{@code
 * DepositAddressEntry def = client.wallet().depositAddresses("ETH", null).stream()
 *     .filter(DepositAddressEntry::isDefaultAddress).findFirst().orElseThrow();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param coin the coin
 * @param address the address
 * @param tag the memo/tag, or the empty string
 * @param isDefault {@code 1} for the default address (shown in the app), else {@code 0}
 */
public record DepositAddressEntry(
    String coin,
    String address,
    String tag,
    @JsonProperty(value = "isDefault", required = true) int isDefault) {
  /**
   * Checks the required fields are present.
   *
   * @param coin the coin
   * @param address the address
   * @param tag the memo/tag, or the empty string
   * @param isDefault {@code 1} for the default address (shown in the app), else {@code 0}
   */
  public DepositAddressEntry {
    Required.field(coin, "coin");
    Required.field(address, "address");
    Required.field(tag, "tag");
  }

  /**
   * True for the default address ({@code isDefault} is 1).
   *
   * @return {@code true} when {@code isDefault} is 1
   */
  public boolean isDefaultAddress() {
    return isDefault == 1;
  }
}
