package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The result of {@code POST /0/private/TradeVolume}: the 30-day volume and the fee tier of each
 * pair asked, keyed by pair id. Kraken's published example spells the fee members {@code minfee},
 * {@code maxfee}, {@code nextfee}, {@code nextvolume}, {@code tiervolume}, its schema
 * {@code min_fee}, … ; both decode.
 *
 * <pre>{@code
 * TradeVolume v = kraken.accountData().tradeVolume(List.of("XBTUSD"), false);
 * BigDecimal takerPercent = v.fees().get("XXBTZUSD").fee();
 * }</pre>
 *
 * @param currency the volume's currency, e.g. {@code ZUSD}
 * @param volume the 30-day volume
 * @param fees pair id to taker fee tier (empty when no pair was asked); unmodifiable
 * @param feesMaker pair id to maker fee tier (empty when none); unmodifiable
 * @param schedules the fee schedules (with {@code fee_schedule=true}) as Kraken sent them, or null
 */
public record TradeVolume(
    String currency,
    BigDecimal volume,
    Map<String, Fee> fees,
    @JsonProperty("fees_maker") Map<String, Fee> feesMaker,
    JsonNode schedules) {
  /**
   * Checks the required members; copies the maps (absent gives empty).
   *
   * @param currency the volume's currency, e.g. {@code ZUSD}
   * @param volume the 30-day volume
   * @param fees pair id to taker fee tier (empty when no pair was asked); unmodifiable
   * @param feesMaker pair id to maker fee tier (empty when none); unmodifiable
   * @param schedules the fee schedules (with {@code fee_schedule=true}) as Kraken sent them, or null
   */
  public TradeVolume {
    Required.field(currency, "currency");
    Required.field(volume, "volume");
    fees = copy(fees, "fees");
    feesMaker = copy(feesMaker, "fees_maker");
  }

  private static Map<String, Fee> copy(Map<String, Fee> map, String name) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(Required.values(map, name)));
  }

  /**
   * One pair's fee tier, in percent. Example: {@code fee.nextFee()} (null at the top tier).
   *
   * @param fee the current fee, percent
   * @param minFee the lowest fee of the schedule, or null
   * @param maxFee the highest fee of the schedule, or null
   * @param nextFee the next tier's fee, or null at the last tier
   * @param nextVolume the volume of the next tier, or null at the last tier
   * @param tierVolume the volume of the current tier, or null
   */
  public record Fee(
      BigDecimal fee,
      @JsonProperty("min_fee") @JsonAlias("minfee") BigDecimal minFee,
      @JsonProperty("max_fee") @JsonAlias("maxfee") BigDecimal maxFee,
      @JsonProperty("next_fee") @JsonAlias("nextfee") BigDecimal nextFee,
      @JsonProperty("next_volume") @JsonAlias("nextvolume") BigDecimal nextVolume,
      @JsonProperty("tier_volume") @JsonAlias("tiervolume") BigDecimal tierVolume) {
    /**
     * Checks the fee is present.
     *
     * @param fee the current fee, percent
     * @param minFee the lowest fee of the schedule, or null
     * @param maxFee the highest fee of the schedule, or null
     * @param nextFee the next tier's fee, or null at the last tier
     * @param nextVolume the volume of the next tier, or null at the last tier
     * @param tierVolume the volume of the current tier, or null
     */
    public Fee {
      Required.field(fee, "fee");
    }
  }
}
