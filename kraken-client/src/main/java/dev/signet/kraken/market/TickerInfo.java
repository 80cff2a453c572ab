package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One pair's ticker from {@code GET /0/public/Ticker}, keyed by Kraken's pair id in the answer's
 * map. "Today" starts at 00:00 UTC; the second value of each window is the last 24 hours.
 *
 * <pre>{@code
 * TickerInfo t = kraken.market().ticker("XBTUSD").get("XXBTZUSD");
 * BigDecimal spread = t.ask().price().subtract(t.bid().price());
 * }</pre>
 *
 * @param ask the best ask ({@code a}: price, whole-lot volume, lot volume)
 * @param bid the best bid ({@code b})
 * @param lastTrade the last trade ({@code c}: price, lot volume)
 * @param volume the volume ({@code v})
 * @param vwap the volume-weighted average price ({@code p})
 * @param trades the number of trades ({@code t})
 * @param low the lowest price ({@code l})
 * @param high the highest price ({@code h})
 * @param open today's opening price ({@code o})
 */
public record TickerInfo(
    @JsonProperty("a") Quote ask,
    @JsonProperty("b") Quote bid,
    @JsonProperty("c") LastTrade lastTrade,
    @JsonProperty("v") Window volume,
    @JsonProperty("p") Window vwap,
    @JsonProperty("t") Counts trades,
    @JsonProperty("l") Window low,
    @JsonProperty("h") Window high,
    @JsonProperty("o") BigDecimal open) {
  /**
   * Checks every member is present (by its wire name).
   *
   * @param ask the best ask
   * @param bid the best bid
   * @param lastTrade the last trade
   * @param volume the volume
   * @param vwap the volume-weighted average price
   * @param trades the number of trades
   * @param low the lowest price
   * @param high the highest price
   * @param open today's opening price
   */
  public TickerInfo {
    Required.field(ask, "a");
    Required.field(bid, "b");
    Required.field(lastTrade, "c");
    Required.field(volume, "v");
    Required.field(vwap, "p");
    Required.field(trades, "t");
    Required.field(low, "l");
    Required.field(high, "h");
    Required.field(open, "o");
  }

  /**
   * The best ask or bid: {@code [price, wholeLotVolume, lotVolume]}.
   *
   * <p>Example: {@code ticker.ask().price()}.
   *
   * @param price the price
   * @param wholeLotVolume the volume in whole lots
   * @param lotVolume the volume
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"price", "wholeLotVolume", "lotVolume"})
  public record Quote(BigDecimal price, BigDecimal wholeLotVolume, BigDecimal lotVolume) {
    /**
     * Checks every value is present.
     *
     * @param price the price
     * @param wholeLotVolume the volume in whole lots
     * @param lotVolume the volume
     */
    public Quote {
      Required.field(price, "price");
      Required.field(wholeLotVolume, "wholeLotVolume");
      Required.field(lotVolume, "lotVolume");
    }
  }

  /**
   * The last trade: {@code [price, lotVolume]}.
   *
   * <p>Example: {@code ticker.lastTrade().price()}.
   *
   * @param price the price
   * @param lotVolume the volume
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"price", "lotVolume"})
  public record LastTrade(BigDecimal price, BigDecimal lotVolume) {
    /**
     * Checks both values are present.
     *
     * @param price the price
     * @param lotVolume the volume
     */
    public LastTrade {
      Required.field(price, "price");
      Required.field(lotVolume, "lotVolume");
    }
  }

  /**
   * A value today and over the last 24 hours: {@code [today, last24Hours]}.
   *
   * <p>Example: {@code ticker.high().last24Hours()}.
   *
   * @param today since 00:00 UTC
   * @param last24Hours over the last 24 hours
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"today", "last24Hours"})
  public record Window(BigDecimal today, BigDecimal last24Hours) {
    /**
     * Checks both values are present.
     *
     * @param today since 00:00 UTC
     * @param last24Hours over the last 24 hours
     */
    public Window {
      Required.field(today, "today");
      Required.field(last24Hours, "last24Hours");
    }
  }

  /**
   * Trade counts today and over the last 24 hours (JSON integers): {@code [today, last24Hours]}.
   *
   * <p>Example: {@code ticker.trades().today()}.
   *
   * @param today since 00:00 UTC
   * @param last24Hours over the last 24 hours
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"today", "last24Hours"})
  public record Counts(long today, long last24Hours) {}
}
