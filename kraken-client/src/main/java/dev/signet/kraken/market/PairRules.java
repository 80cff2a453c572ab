package dev.signet.kraken.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A pair's names and trading rules as AssetPairs publishes them, with rounding helpers that never
 * round silently: the caller names the {@link RoundingMode} ({@link RoundingMode#UNNECESSARY}
 * throws when rounding would be needed). Get one from {@code kraken.rules().pair("BTC/USD")}.
 *
 * <pre>{@code
 * PairRules r = kraken.rules().pair("BTC/USD");              // id XXBTZUSD
 * BigDecimal price = r.roundPrice(new BigDecimal("37500.27"), RoundingMode.DOWN);   // 37500.2
 * }</pre>
 *
 * @param id Kraken's pair id, e.g. {@code XXBTZUSD}
 * @param altname the alternate name, e.g. {@code XBTUSD}
 * @param wsname the WebSocket name, e.g. {@code XBT/USD}
 * @param base the base asset id, e.g. {@code XXBT}
 * @param quote the quote asset id, e.g. {@code ZUSD}
 * @param pairDecimals the price decimals ({@code pair_decimals})
 * @param lotDecimals the volume decimals ({@code lot_decimals})
 * @param costDecimals the cost decimals ({@code cost_decimals})
 * @param ordermin the smallest volume, in the base asset
 * @param costmin the smallest price times volume, in the quote asset
 * @param tickSize the price step; {@code 10^-pairDecimals} when AssetPairs gives none
 * @param status {@code online}, {@code cancel_only}, {@code post_only}, {@code limit_only} or {@code reduce_only}
 */
public record PairRules(String id, String altname, String wsname, String base, String quote, int pairDecimals,
    int lotDecimals, int costDecimals, BigDecimal ordermin, BigDecimal costmin, BigDecimal tickSize, String status) {
  /**
   * Checks every field is present.
   *
   * @param id Kraken's pair id
   * @param altname the alternate name
   * @param wsname the WebSocket name
   * @param base the base asset id
   * @param quote the quote asset id
   * @param pairDecimals the price decimals
   * @param lotDecimals the volume decimals
   * @param costDecimals the cost decimals
   * @param ordermin the smallest volume
   * @param costmin the smallest cost
   * @param tickSize the price step
   * @param status the pair's status
   */
  public PairRules {
    Required.field(id, "id");
    Required.field(altname, "altname");
    Required.field(base, "base");
    Required.field(quote, "quote");
    Required.field(ordermin, "ordermin");
    Required.field(costmin, "costmin");
    Required.field(tickSize, "tick_size");
    Required.field(status, "status");
    if (tickSize.signum() <= 0) {
      throw new IllegalArgumentException("tick_size of " + id + " is not positive: " + tickSize.toPlainString());
    }
  }

  /**
   * The rules of pair {@code id} from its AssetPairs entry (sent with {@code info=info}).
   *
   * @param id Kraken's pair id, the entry's key
   * @param pair the entry
   * @return the rules
   * @throws IllegalArgumentException naming the field when the entry lacks one the rules need
   */
  public static PairRules of(String id, AssetPair pair) {
    int pairDecimals = Required.field(pair.pairDecimals(), id + ".pair_decimals");
    BigDecimal ordermin = pair.ordermin() != null ? pair.ordermin() : BigDecimal.ZERO;
    BigDecimal costmin = pair.costmin() != null ? pair.costmin() : BigDecimal.ZERO;
    BigDecimal tick = pair.tickSize() != null ? pair.tickSize() : BigDecimal.ONE.movePointLeft(pairDecimals);
    return new PairRules(id, Required.field(pair.altname(), id + ".altname"), pair.wsname(),
        Required.field(pair.base(), id + ".base"), Required.field(pair.quote(), id + ".quote"), pairDecimals,
        Required.field(pair.lotDecimals(), id + ".lot_decimals"),
        pair.costDecimals() != null ? pair.costDecimals() : pairDecimals, ordermin, costmin, tick,
        pair.status() != null ? pair.status() : "online");
  }

  /**
   * {@code price} on the pair's tick and within its price decimals, rounded as {@code mode} says.
   *
   * @param price the price
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws when rounding is needed
   * @return the price as Kraken accepts it, at the tick's scale or the pair's decimals, whichever is finer
   * @throws ArithmeticException when {@code mode} is {@code UNNECESSARY} and the price is off the tick
   */
  public BigDecimal roundPrice(BigDecimal price, RoundingMode mode) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(mode, "mode");
    BigDecimal steps = price.divide(tickSize, 0, mode);
    BigDecimal rounded = steps.multiply(tickSize);
    return rounded.setScale(Math.max(pairDecimals, Math.max(tickSize.stripTrailingZeros().scale(), 0)), mode);
  }

  /**
   * {@code volume} to the pair's volume decimals, rounded as {@code mode} says.
   *
   * @param volume the volume in the base asset
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws when rounding is needed
   * @return the volume at {@code lotDecimals} decimals
   * @throws ArithmeticException when {@code mode} is {@code UNNECESSARY} and the volume has more decimals
   */
  public BigDecimal roundVolume(BigDecimal volume, RoundingMode mode) {
    Objects.requireNonNull(volume, "volume");
    return volume.setScale(lotDecimals, Objects.requireNonNull(mode, "mode"));
  }
}
