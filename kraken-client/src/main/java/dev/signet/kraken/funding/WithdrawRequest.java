package dev.signet.kraken.funding;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.internal.FundingChecks;
import java.math.BigDecimal;

/**
 * The arguments of {@code Withdraw}: the asset, the withdrawal key (as set up on the account) and
 * the amount, and optionally the asset class, the address the key must point to (Kraken answers
 * {@code Invalid withdrawal address} when it does not) and the highest fee to accept (Kraken answers
 * {@code EFunding:Max fee exceeded} when the fee is higher). Immutable; the {@code with}-style
 * methods return checked copies.
 *
 * <pre>{@code
 * WithdrawRequest r = WithdrawRequest.of("XBT", "btc_2709", new BigDecimal("0.725"))
 *     .address("bc1kar0ssrr7xf3vy5l6d3lydnwkre5og2zz3f5ldq").maxFee(new BigDecimal("0.0002"));
 * }</pre>
 *
 * @param asset the asset, e.g. {@code XBT}
 * @param key the withdrawal key's name
 * @param amount the amount to withdraw, positive
 * @param assetClass the asset class ({@code aclass}), or null (Kraken's default currency)
 * @param address the address the key must point to, or null
 * @param maxFee the highest fee to accept ({@code max_fee}), or null
 */
public record WithdrawRequest(String asset, String key, BigDecimal amount, AssetClass assetClass, String address,
    BigDecimal maxFee) {
  /**
   * Checks the asset, the key, a positive amount and the optional fields.
   *
   * @param asset the asset
   * @param key the withdrawal key's name
   * @param amount the amount to withdraw
   * @param assetClass the asset class, or null
   * @param address the address the key must point to, or null
   * @param maxFee the highest fee to accept, or null
   */
  public WithdrawRequest {
    FundingChecks.asset(asset, "asset");
    Checks.notBlank(key, "key", "the name of a withdrawal key set up on the account (see withdrawAddresses)");
    Checks.positive(amount, "amount");
    FundingChecks.optional(address, "address", "the address the key points to, or leave it out");
    if (maxFee != null && maxFee.signum() < 0) {
      throw new IllegalArgumentException("max_fee is " + maxFee.toPlainString() + "; pass zero or more.");
    }
  }

  /**
   * A withdrawal of {@code amount} of {@code asset} to the address named {@code key}.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param key the withdrawal key's name
   * @param amount the amount, positive
   * @return the request
   */
  public static WithdrawRequest of(String asset, String key, BigDecimal amount) {
    return new WithdrawRequest(asset, key, amount, null, null, null);
  }

  /**
   * The asset class.
   *
   * @param value the asset class
   * @return a copy with {@code aclass} set
   */
  public WithdrawRequest assetClass(AssetClass value) {
    return new WithdrawRequest(asset, key, amount, value, address, maxFee);
  }

  /**
   * The address the key must point to.
   *
   * @param value the address
   * @return a copy with {@code address} set
   */
  public WithdrawRequest address(String value) {
    return new WithdrawRequest(asset, key, amount, assetClass, value, maxFee);
  }

  /**
   * The highest fee to accept.
   *
   * @param value zero or more
   * @return a copy with {@code max_fee} set
   */
  public WithdrawRequest maxFee(BigDecimal value) {
    return new WithdrawRequest(asset, key, amount, assetClass, address, value);
  }

  /**
   * The parameters, in the order Kraken documents them.
   *
   * @return {@code asset, aclass, key, address, amount, max_fee}, the optional ones only when set
   */
  public Params toParams() {
    return Params.of("asset", asset).addIfPresent("aclass", assetClass).add("key", key)
        .addIfPresent("address", address).add("amount", amount).addIfPresent("max_fee", maxFee);
  }
}
