package dev.signet.kraken.funding;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.internal.FundingChecks;
import java.math.BigDecimal;

/**
 * The arguments of {@code DepositAddresses}: the asset and the method (from
 * {@code DepositMethods}), whether to generate a new address, and the amount, which Kraken needs
 * only for {@code Bitcoin Lightning} (an invoice is for one amount). Immutable; the
 * {@code with}-style methods return checked copies. The method's name goes on the wire as written,
 * spaces as {@code %20} ({@code method=Bitcoin%20Lightning}), the same bytes signed and sent.
 *
 * <pre>{@code
 * DepositAddressRequest r = DepositAddressRequest.of("BTC", "Bitcoin Lightning").amount(new BigDecimal("0.2")).generateNew();
 * }</pre>
 *
 * @param asset the asset, e.g. {@code XBT}
 * @param method the deposit method's name, e.g. {@code Bitcoin}
 * @param newAddress true to generate a new address ({@code new=true})
 * @param amount the amount to deposit (Lightning only), or null
 */
public record DepositAddressRequest(String asset, String method, boolean newAddress, BigDecimal amount) {
  /**
   * Checks the asset, the method and a positive amount.
   *
   * @param asset the asset
   * @param method the deposit method's name
   * @param newAddress true to generate a new address
   * @param amount the amount to deposit, or null
   */
  public DepositAddressRequest {
    FundingChecks.asset(asset, "asset");
    Checks.notBlank(method, "method", "a deposit method name from depositMethods(asset), such as Bitcoin");
    if (amount != null) {
      Checks.positive(amount, "amount");
    }
  }

  /**
   * The existing addresses of {@code asset} for {@code method}.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param method the deposit method's name, e.g. {@code Bitcoin}
   * @return the request, without {@code new} or {@code amount}
   */
  public static DepositAddressRequest of(String asset, String method) {
    return new DepositAddressRequest(asset, method, false, null);
  }

  /**
   * Asks Kraken for a new address ({@code new=true}).
   *
   * @return a copy with {@code new=true}
   */
  public DepositAddressRequest generateNew() {
    return new DepositAddressRequest(asset, method, true, amount);
  }

  /**
   * The amount to deposit (needed for {@code Bitcoin Lightning}).
   *
   * @param value a positive amount
   * @return a copy with {@code amount} set
   */
  public DepositAddressRequest amount(BigDecimal value) {
    return new DepositAddressRequest(asset, method, newAddress, Checks.positive(value, "amount"));
  }

  /**
   * The parameters, in the order Kraken documents them.
   *
   * @return {@code asset, method, new, amount}, the last two only when set
   */
  public Params toParams() {
    Params p = Params.of("asset", asset).add("method", method);
    if (newAddress) {
      p.add("new", true);
    }
    return p.addIfPresent("amount", amount);
  }
}
