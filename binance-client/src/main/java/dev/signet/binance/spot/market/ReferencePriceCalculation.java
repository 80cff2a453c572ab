package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;

/**
 * How a symbol's reference price is calculated: {@code GET /api/v3/referencePrice/calculation}.
 * {@code ARITHMETIC_MEAN} (by the matching engine) carries {@code bucketCount} and
 * {@code bucketWidthMs}; {@code EXTERNAL} carries {@code externalCalculationId}. The type is kept
 * as sent.
 *
 * <p>{@code symbol} and {@code calculationType} are required, and the fields of a documented type.
 *
 * <p>Example: {@code ReferencePriceCalculation c = client.spot().market().referencePriceCalculation("BAZUSD");}
 *
 * @param symbol the symbol
 * @param calculationType {@code ARITHMETIC_MEAN} or {@code EXTERNAL} (kept as sent)
 * @param bucketCount the number of buckets averaged; null unless {@code ARITHMETIC_MEAN}
 * @param bucketWidthMs the width of one bucket in milliseconds; null unless {@code ARITHMETIC_MEAN}
 * @param externalCalculationId the external calculation id; null unless {@code EXTERNAL}
 */
public record ReferencePriceCalculation(
    String symbol,
    String calculationType,
    Integer bucketCount,
    Long bucketWidthMs,
    Long externalCalculationId) {
  /**
   * Checks the fields the documented {@code calculationType} carries are present.
   *
   * @param symbol the symbol
   * @param calculationType {@code ARITHMETIC_MEAN} or {@code EXTERNAL} (kept as sent)
   * @param bucketCount the number of buckets averaged; null unless {@code ARITHMETIC_MEAN}
   * @param bucketWidthMs the width of one bucket in milliseconds; null unless {@code ARITHMETIC_MEAN}
   * @param externalCalculationId the external calculation id; null unless {@code EXTERNAL}
   */
  public ReferencePriceCalculation {
    Required.field(symbol, "symbol");
    Required.field(calculationType, "calculationType");
    if (calculationType.equals(ARITHMETIC_MEAN)) {
      Required.field(bucketCount, "bucketCount");
      Required.field(bucketWidthMs, "bucketWidthMs");
    } else if (calculationType.equals(EXTERNAL)) {
      Required.field(externalCalculationId, "externalCalculationId");
    }
  }

  /** {@code calculationType} of a reference price the matching engine averages. */
  public static final String ARITHMETIC_MEAN = "ARITHMETIC_MEAN";
  /** {@code calculationType} of a reference price calculated outside the matching engine. */
  public static final String EXTERNAL = "EXTERNAL";
}
