package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.CommissionRates;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The account's commission rates on one symbol, as {@code GET /api/v3/account/commission} reports
 * them (every documented field). Rates are fractions: {@code 0.001} is 0.1 %.
 *
 * <pre>{@code
 * AccountCommission c = client.spot().accountData().commission("BTCUSDT");
 * BigDecimal taker = c.standardCommission().taker().add(c.taxCommission().taker());
 * }</pre>
 *
 * <p>Every field is required: a missing or null one fails the decode naming it.
 *
 * @param symbol the symbol
 * @param standardCommission the standard rates on trades from the account's orders
 * @param specialCommission the special rates
 * @param taxCommission the tax rates
 * @param discount the discount when paying commission in BNB
 */
public record AccountCommission(String symbol, CommissionRates standardCommission, CommissionRates specialCommission,
    CommissionRates taxCommission, Discount discount) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param standardCommission the standard rates on trades from the account's orders
   * @param specialCommission the special rates
   * @param taxCommission the tax rates
   * @param discount the discount when paying commission in BNB
   */
  public AccountCommission {
    Required.field(symbol, "symbol");
    Required.field(standardCommission, "standardCommission");
    Required.field(specialCommission, "specialCommission");
    Required.field(taxCommission, "taxCommission");
    Required.field(discount, "discount");
  }

  /**
   * The discount on the standard commission when it is paid in {@code discountAsset}.
   *
   * <p>Example: {@code BigDecimal cut = c.discount().enabledForSymbol() ? c.discount().discount() : BigDecimal.ZERO;}
   *
   * @param enabledForAccount whether the account has the discount
   * @param enabledForSymbol whether the symbol has it
   * @param discountAsset the asset to pay in, e.g. {@code BNB}
   * @param discount the fraction the standard commission is reduced by
   */
  public record Discount(
      @JsonProperty(required = true) boolean enabledForAccount,
      @JsonProperty(required = true) boolean enabledForSymbol,
      String discountAsset,
      BigDecimal discount) {
    /**
     * Checks every field is present.
     *
     * @param enabledForAccount whether the account has the discount
     * @param enabledForSymbol whether the symbol has it
     * @param discountAsset the asset to pay in, e.g. {@code BNB}
     * @param discount the fraction the standard commission is reduced by
     */
    public Discount {
      Required.field(discountAsset, "discountAsset");
      Required.field(discount, "discount");
    }
  }
}
