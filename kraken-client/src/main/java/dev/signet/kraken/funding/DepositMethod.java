package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.FundingValues;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One way to deposit an asset, as {@code DepositMethods} lists it. Kraken sends {@code limit} as a
 * decimal or as {@code false} when there is no limit; {@link #limit()} is then empty. The
 * documented example leaves {@code gen-address} and {@code address-setup-fee} out for some methods
 * (e.g. {@code Bitcoin Lightning}), so they may be null.
 *
 * <pre>{@code
 * for (DepositMethod m : kraken.funding().depositMethods("XBT")) {
 *   System.out.println(m.method() + " min " + m.minimum() + " limit " + m.limit().map(BigDecimal::toPlainString).orElse("none"));
 * }
 * }</pre>
 *
 * @param method the method's name, e.g. {@code Bitcoin}; pass it to {@code depositAddresses}
 * @param maximum the most that can be deposited now, or null for no limit ({@code limit: false})
 * @param fee the fee that will be paid, or null when not sent
 * @param addressSetupFee the fee for setting up an address ({@code address-setup-fee}), or null
 * @param canGenerateAddress whether new addresses can be generated ({@code gen-address}), or null when not sent
 * @param minimum the least net amount that can be deposited now, or null when not sent
 */
public record DepositMethod(
    String method,
    @JsonProperty("limit") @JsonDeserialize(using = FundingValues.LimitOrFalse.class) BigDecimal maximum,
    BigDecimal fee,
    @JsonProperty("address-setup-fee") BigDecimal addressSetupFee,
    @JsonProperty("gen-address") Boolean canGenerateAddress,
    BigDecimal minimum) {
  /**
   * Checks the method's name is present.
   *
   * @param method the method's name, e.g. {@code Bitcoin}
   * @param maximum the most that can be deposited now, or null for no limit
   * @param fee the fee that will be paid, or null
   * @param addressSetupFee the address setup fee, or null
   * @param canGenerateAddress whether new addresses can be generated, or null
   * @param minimum the least net amount that can be deposited now, or null
   */
  public DepositMethod {
    Required.field(method, "method");
  }

  /**
   * The deposit limit, when Kraken states one ({@code limit} is a decimal, not {@code false}).
   *
   * @return the most that can be deposited now; empty when there is no limit
   */
  public Optional<BigDecimal> limit() {
    return Optional.ofNullable(maximum);
  }
}
