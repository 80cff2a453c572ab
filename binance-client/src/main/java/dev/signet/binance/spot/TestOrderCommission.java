package dev.signet.binance.spot;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The answer to {@code POST /api/v3/order/test} (and {@code sor/order/test}) with
 * {@code computeCommissionRates=true}: the commission rates the order would pay, as fractions.
 *
 * <pre>{@code
 * TestOrderCommission c = client.spot().trading().testOrderCommission(order);
 * BigDecimal taker = c.standardCommissionForOrder().taker();
 * }</pre>
 *
 * @param standardCommissionForOrder standard rates on the order's trades
 * @param specialCommissionForOrder special rates on the order's trades; null when absent (the SOR test omits it)
 * @param taxCommissionForOrder tax rates on the order's trades
 * @param discount the BNB discount on standard commissions
 */
public record TestOrderCommission(
    Rates standardCommissionForOrder,
    Rates specialCommissionForOrder,
    Rates taxCommissionForOrder,
    Discount discount) {
  /**
   * Checks the documented parts are present.
   *
   * @param standardCommissionForOrder standard rates on the order's trades
   * @param specialCommissionForOrder special rates on the order's trades; null when absent
   * @param taxCommissionForOrder tax rates on the order's trades
   * @param discount the BNB discount on standard commissions
   */
  public TestOrderCommission {
    Required.field(standardCommissionForOrder, "standardCommissionForOrder");
    Required.field(taxCommissionForOrder, "taxCommissionForOrder");
    Required.field(discount, "discount");
  }

  /**
   * A maker and taker rate pair. Example: {@code c.taxCommissionForOrder().maker()}.
   *
   * @param maker rate on maker trades
   * @param taker rate on taker trades
   */
  public record Rates(BigDecimal maker, BigDecimal taker) {
    /**
     * Checks both rates are present.
     *
     * @param maker rate on maker trades
     * @param taker rate on taker trades
     */
    public Rates {
      Required.field(maker, "maker");
      Required.field(taker, "taker");
    }
  }

  /**
   * The BNB discount. Example: {@code if (c.discount().enabledForSymbol()) { ... }}.
   *
   * @param enabledForAccount whether the account pays in BNB
   * @param enabledForSymbol whether the discount applies to the symbol
   * @param discountAsset the asset paid with ({@code BNB})
   * @param discount the rate standard commission is reduced by
   */
  public record Discount(Boolean enabledForAccount, Boolean enabledForSymbol, String discountAsset, BigDecimal discount) {
    /**
     * Checks every field is present.
     *
     * @param enabledForAccount whether the account pays in BNB
     * @param enabledForSymbol whether the discount applies to the symbol
     * @param discountAsset the asset paid with ({@code BNB})
     * @param discount the rate standard commission is reduced by
     */
    public Discount {
      Required.field(enabledForAccount, "enabledForAccount");
      Required.field(enabledForSymbol, "enabledForSymbol");
      Required.field(discountAsset, "discountAsset");
      Required.field(discount, "discount");
    }
  }
}
