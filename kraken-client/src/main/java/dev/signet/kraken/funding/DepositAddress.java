package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.FundingValues;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A deposit address, as {@code DepositAddresses} returns it. {@code expiretm} is unix seconds as a
 * string, {@code "0"} for an address that does not expire ({@link #expires()} is then empty).
 * Kraken's spec puts XRP tags and XLM/STX/EOS memos in {@code tag}; its example also shows a
 * {@code memo} member, kept in {@link #memo()}.
 *
 * <pre>{@code
 * DepositAddress a = kraken.funding().depositAddresses(DepositAddressRequest.of("XBT", "Bitcoin")).get(0);
 * }</pre>
 *
 * @param address the address
 * @param expireTime when the address expires, or null when it never does ({@code expiretm} "0")
 * @param isNew whether the address has never been used ({@code new}), or null when not sent
 * @param tag the XRP destination tag or memo, or null
 * @param memo the memo when Kraken sends it as {@code memo}, or null
 */
public record DepositAddress(
    String address,
    @JsonProperty("expiretm") @JsonDeserialize(using = FundingValues.SecondsOrNever.class) Instant expireTime,
    @JsonProperty("new") Boolean isNew,
    String tag,
    String memo) {
  /**
   * Checks the address is present.
   *
   * @param address the address
   * @param expireTime when the address expires, or null when it never does
   * @param isNew whether the address has never been used, or null
   * @param tag the destination tag or memo, or null
   * @param memo the memo, or null
   */
  public DepositAddress {
    Required.field(address, "address");
  }

  /**
   * When the address expires.
   *
   * @return the expiry; empty when the address does not expire
   */
  public Optional<Instant> expires() {
    return Optional.ofNullable(expireTime);
  }
}
