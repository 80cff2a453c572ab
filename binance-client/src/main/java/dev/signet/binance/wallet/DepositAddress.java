package dev.signet.binance.wallet;

import dev.signet.core.internal.json.Required;

/**
 * A deposit address: {@code GET /sapi/v1/capital/deposit/address} (and the sub-account's, {@code GET /sapi/v1/capital/deposit/subAddress}).
 *
 * <pre>{@code
 * DepositAddress a = client.wallet().depositAddress("BTC");
 * String memo = a.tag();   // the empty string when the network has none
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param address the address
 * @param coin the coin
 * @param tag the memo/tag to send with it, or the empty string
 * @param url an explorer URL of the address (may be empty)
 */
public record DepositAddress(
    String address,
    String coin,
    String tag,
    String url) {
  /**
   * Checks the required fields are present.
   *
   * @param address the address
   * @param coin the coin
   * @param tag the memo/tag to send with it, or the empty string
   * @param url an explorer URL of the address (may be empty)
   */
  public DepositAddress {
    Required.field(address, "address");
    Required.field(coin, "coin");
    Required.field(tag, "tag");
    Required.field(url, "url");
  }
}
