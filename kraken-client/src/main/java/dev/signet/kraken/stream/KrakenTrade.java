package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.KrakenTradeDeserializer;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One trade of Kraken's WebSocket v2 {@code trade} channel:
 * {@code {"symbol":"MATIC/USD","side":"buy","price":0.5147,"qty":6423.46326,"ord_type":"limit","trade_id":4665846,
 * "timestamp":"2023-09-25T07:48:36.925533Z"}}. A frame may batch several; each is its own event.
 *
 * <pre>{@code
 * Subscription<KrakenTrade> trades = streams.trades("BTC/USD");
 * }</pre>
 *
 * @param symbol the pair ({@code symbol})
 * @param side the taker's side ({@code side})
 * @param price the price ({@code price})
 * @param qty the quantity ({@code qty})
 * @param ordType the taker's order type ({@code ord_type}: {@code limit} or {@code market})
 * @param tradeId the trade id ({@code trade_id}), a sequence number per book
 * @param timestamp when the trade happened ({@code timestamp})
 */
@JsonDeserialize(using = KrakenTradeDeserializer.class)
public record KrakenTrade(
    @JsonProperty("symbol") String symbol,
    @JsonProperty("side") Side side,
    @JsonProperty("price") BigDecimal price,
    @JsonProperty("qty") BigDecimal qty,
    @JsonProperty("ord_type") OrderType ordType,
    @JsonProperty(value = "trade_id", required = true) long tradeId,
    @JsonProperty("timestamp") Instant timestamp) {
  /**
   * Checks the fields the docs always send.
   *
   * @param symbol {@code symbol}
   * @param side {@code side}
   * @param price {@code price}
   * @param qty {@code qty}
   * @param ordType {@code ord_type}
   * @param tradeId {@code trade_id}
   * @param timestamp {@code timestamp}
   */
  public KrakenTrade {
    Required.field(symbol, "symbol");
    Required.field(side, "side");
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(ordType, "ord_type");
    Required.field(timestamp, "timestamp");
  }
}
