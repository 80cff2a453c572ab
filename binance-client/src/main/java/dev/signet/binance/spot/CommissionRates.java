package dev.signet.binance.spot;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The account's commission rates as fractions ({@code 0.00150000} is 0.15 %), part of
 * {@link Account}.
 *
 * <p>Example: {@code BigDecimal fee = notional.multiply(account.commissionRates().taker());}
 *
 * <p>Every field is required: a missing or null one fails the decode naming it.
 *
 * @param maker rate for maker fills
 * @param taker rate for taker fills
 * @param buyer extra rate on the buy side
 * @param seller extra rate on the sell side
 */
public record CommissionRates(BigDecimal maker, BigDecimal taker, BigDecimal buyer, BigDecimal seller) {
  /**
   * Checks every field is present.
   *
   * @param maker rate for maker fills
   * @param taker rate for taker fills
   * @param buyer extra rate on the buy side
   * @param seller extra rate on the sell side
   */
  public CommissionRates {
    Required.field(maker, "maker");
    Required.field(taker, "taker");
    Required.field(buyer, "buyer");
    Required.field(seller, "seller");
  }
}
