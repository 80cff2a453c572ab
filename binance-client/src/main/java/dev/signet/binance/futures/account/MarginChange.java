package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One isolated-margin change: {@code GET /fapi/v1/positionMargin/history}, every field the docs list.
 *
 * <pre>{@code
 * for (MarginChange c : client.futures().positions().marginChanges(MarginChangeQuery.builder("BTCUSDT").build())) {
 *   System.out.println(c.time() + " " + c.type() + " " + c.amount() + " " + c.asset());
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param type {@code 1} margin added, {@code 2} margin reduced
 * @param deltaType what made the change, e.g. {@code USER_ADJUST} (kept as sent; the docs list no set)
 * @param amount the amount
 * @param asset the asset, e.g. {@code USDT}
 * @param time when it happened (epoch millis on the wire)
 * @param positionSide the position side
 */
public record MarginChange(
    String symbol,
    @JsonProperty(required = true) int type,
    String deltaType,
    BigDecimal amount,
    String asset,
    Instant time,
    PositionSide positionSide) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param type {@code 1} margin added, {@code 2} margin reduced
   * @param deltaType what made the change, e.g. {@code USER_ADJUST} (kept as sent; the docs list no set)
   * @param amount the amount
   * @param asset the asset, e.g. {@code USDT}
   * @param time when it happened (epoch millis on the wire)
   * @param positionSide the position side
   */
  public MarginChange {
    Required.field(symbol, "symbol");
    Required.field(deltaType, "deltaType");
    Required.field(amount, "amount");
    Required.field(asset, "asset");
    Required.field(time, "time");
    Required.field(positionSide, "positionSide");
  }
}
