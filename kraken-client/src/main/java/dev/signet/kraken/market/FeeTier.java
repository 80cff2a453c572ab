package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.FeeTierDeserializer;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One step of a pair's fee schedule ({@code fees} or {@code fees_maker} of AssetPairs), sent as
 * {@code [volume, percent]}.
 *
 * <pre>{@code
 * FeeTier first = pair.fees().get(0);   // volume 0, percent 0.26
 * }</pre>
 *
 * @param volume the 30-day volume in {@code fee_volume_currency} from which this fee applies
 * @param percent the fee in percent, e.g. {@code 0.26}
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"volume", "percent"})
@JsonDeserialize(using = FeeTierDeserializer.class)
public record FeeTier(BigDecimal volume, BigDecimal percent) {
  /**
   * Checks both values are present.
   *
   * @param volume the 30-day volume from which this fee applies
   * @param percent the fee in percent
   */
  public FeeTier {
    Required.field(volume, "volume");
    Required.field(percent, "percent");
  }
}
