package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * One address of the withdrawal address book: an element of {@code GET /sapi/v1/capital/withdraw/address/list}.
 *
 * <pre>{@code
 * List<WithdrawAddress> book = client.wallet().withdrawAddresses();
 * boolean whitelisted = book.get(0).whiteStatus();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param address the address
 * @param addressTag the memo/tag, or the empty string
 * @param coin the coin
 * @param name the user's name for it
 * @param network the network
 * @param origin where it came from when {@code originType} is {@code others} (else empty)
 * @param originType the kind of source, e.g. {@code others} or an exchange's name
 * @param whiteStatus whether it is whitelisted
 */
public record WithdrawAddress(
    String address,
    String addressTag,
    String coin,
    String name,
    Network network,
    String origin,
    String originType,
    @JsonProperty(required = true) boolean whiteStatus) {
  /**
   * Checks the required fields are present.
   *
   * @param address the address
   * @param addressTag the memo/tag, or the empty string
   * @param coin the coin
   * @param name the user's name for it
   * @param network the network
   * @param origin where it came from when {@code originType} is {@code others} (else empty)
   * @param originType the kind of source, e.g. {@code others} or an exchange's name
   * @param whiteStatus whether it is whitelisted
   */
  public WithdrawAddress {
    Required.field(address, "address");
    Required.field(addressTag, "addressTag");
    Required.field(coin, "coin");
    Required.field(name, "name");
    Required.field(network, "network");
    Required.field(origin, "origin");
    Required.field(originType, "originType");
  }
}
