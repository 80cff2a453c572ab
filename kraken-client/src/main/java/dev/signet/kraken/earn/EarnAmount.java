package dev.signet.kraken.earn;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * An amount in the strategy's native asset and converted into the asset the caller chose
 * ({@code converted_asset}, USD by default).
 *
 * <pre>{@code
 * BigDecimal eth = allocation.amountAllocated().total().nativeAmount();
 * }</pre>
 *
 * @param nativeAmount the amount in the native asset ({@code native})
 * @param converted the amount in the converted asset
 */
public record EarnAmount(@JsonProperty("native") BigDecimal nativeAmount,
    BigDecimal converted) {
  /**
   * Checks both amounts are present.
   *
   * @param nativeAmount the amount in the native asset
   * @param converted the amount in the converted asset
   */
  public EarnAmount {
    Required.field(nativeAmount, "native");
    Required.field(converted, "converted");
  }
}
