package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.FeeScheduleDeserializer;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One pair of {@code GET /0/public/AssetPairs}, keyed by Kraken's pair id ({@code XXBTZUSD}) in the
 * answer's map. What is present depends on {@code info}: {@code info} (the default) sends every
 * field; {@code leverage} only the leverage lists, {@code fees} only the fee schedules and their
 * currency, {@code margin} only the margin levels. A field the answer leaves out is null (lists:
 * empty).
 *
 * <pre>{@code
 * AssetPair xbtusd = kraken.market().assetPairs().get("XXBTZUSD");
 * BigDecimal tick = xbtusd.tickSize();   // 0.1
 * }</pre>
 *
 * @param altname the alternate name, e.g. {@code XBTUSD}
 * @param wsname the WebSocket name, e.g. {@code XBT/USD}
 * @param aclassBase the base asset's class ({@code aclass_base})
 * @param base the base asset id, e.g. {@code XXBT}
 * @param aclassQuote the quote asset's class ({@code aclass_quote})
 * @param quote the quote asset id, e.g. {@code ZUSD}
 * @param lot the volume lot size (deprecated by Kraken), e.g. {@code unit}
 * @param costDecimals the decimals of a cost in the quote asset ({@code cost_decimals})
 * @param pairDecimals the decimals of a price ({@code pair_decimals})
 * @param lotDecimals the decimals of a volume ({@code lot_decimals})
 * @param lotMultiplier the amount to multiply the lot volume by (deprecated) ({@code lot_multiplier})
 * @param leverageBuy the leverages available when buying ({@code leverage_buy}); unmodifiable
 * @param leverageSell the leverages available when selling ({@code leverage_sell}); unmodifiable
 * @param fees the taker fee schedule, by 30-day volume; unmodifiable
 * @param feesMaker the maker fee schedule ({@code fees_maker}); unmodifiable
 * @param feeVolumeCurrency the currency the fee volumes are counted in ({@code fee_volume_currency})
 * @param marginCall the margin level that triggers a margin call ({@code margin_call})
 * @param marginStop the margin level that triggers liquidation ({@code margin_stop})
 * @param ordermin the smallest order volume in the base asset
 * @param costmin the smallest order cost (price times volume) in the quote asset
 * @param tickSize the price step ({@code tick_size})
 * @param status {@code online}, {@code cancel_only}, {@code post_only}, {@code limit_only} or {@code reduce_only}
 * @param longPositionLimit the largest long margin position, in the base asset ({@code long_position_limit})
 * @param shortPositionLimit the largest short margin position, in the base asset ({@code short_position_limit})
 */
public record AssetPair(
    String altname,
    String wsname,
    @JsonProperty("aclass_base") String aclassBase,
    String base,
    @JsonProperty("aclass_quote") String aclassQuote,
    String quote,
    String lot,
    @JsonProperty("cost_decimals") Integer costDecimals,
    @JsonProperty("pair_decimals") Integer pairDecimals,
    @JsonProperty("lot_decimals") Integer lotDecimals,
    @JsonProperty("lot_multiplier") Integer lotMultiplier,
    @JsonProperty("leverage_buy") List<Integer> leverageBuy,
    @JsonProperty("leverage_sell") List<Integer> leverageSell,
    @JsonDeserialize(using = FeeScheduleDeserializer.class) List<FeeTier> fees,
    @JsonProperty("fees_maker") @JsonDeserialize(using = FeeScheduleDeserializer.class) List<FeeTier> feesMaker,
    @JsonProperty("fee_volume_currency") String feeVolumeCurrency,
    @JsonProperty("margin_call") Integer marginCall,
    @JsonProperty("margin_stop") Integer marginStop,
    BigDecimal ordermin,
    BigDecimal costmin,
    @JsonProperty("tick_size") BigDecimal tickSize,
    String status,
    @JsonProperty("long_position_limit") Long longPositionLimit,
    @JsonProperty("short_position_limit") Long shortPositionLimit) {
  /**
   * Copies the lists (absent gives empty); the scalars may be null when {@code info} left them out.
   *
   * @param altname the alternate name
   * @param wsname the WebSocket name
   * @param aclassBase the base asset's class
   * @param base the base asset id
   * @param aclassQuote the quote asset's class
   * @param quote the quote asset id
   * @param lot the volume lot size
   * @param costDecimals the decimals of a cost
   * @param pairDecimals the decimals of a price
   * @param lotDecimals the decimals of a volume
   * @param lotMultiplier the lot multiplier
   * @param leverageBuy the leverages available when buying
   * @param leverageSell the leverages available when selling
   * @param fees the taker fee schedule
   * @param feesMaker the maker fee schedule
   * @param feeVolumeCurrency the currency the fee volumes are counted in
   * @param marginCall the margin call level
   * @param marginStop the liquidation level
   * @param ordermin the smallest order volume
   * @param costmin the smallest order cost
   * @param tickSize the price step
   * @param status the pair's trading status
   * @param longPositionLimit the largest long margin position
   * @param shortPositionLimit the largest short margin position
   */
  public AssetPair {
    leverageBuy = Required.listOrEmpty(leverageBuy, "leverage_buy");
    leverageSell = Required.listOrEmpty(leverageSell, "leverage_sell");
    fees = Required.listOrEmpty(fees, "fees");
    feesMaker = Required.listOrEmpty(feesMaker, "fees_maker");
  }
}
