package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The answer to {@code POST /fapi/v1/positionMargin}: the margin added to or removed from an
 * isolated position.
 *
 * <pre>{@code
 * PositionMarginChange c = client.futures().trading().addPositionMargin("BTCUSDT", PositionSide.BOTH, new BigDecimal("100"));
 * }</pre>
 *
 * @param amount the amount moved
 * @param code Binance's status code ({@code 200})
 * @param msg Binance's message
 * @param type 1 when margin was added, 2 when it was reduced
 */
public record PositionMarginChange(BigDecimal amount, @JsonProperty(required = true) int code, String msg,
    @JsonProperty(required = true) int type) {
  /**
   * Checks the fields every answer sends.
   *
   * @param amount the amount moved
   * @param code Binance's status code
   * @param msg Binance's message
   * @param type 1 added, 2 reduced
   */
  public PositionMarginChange {
    Required.field(amount, "amount");
    Required.field(msg, "msg");
  }
}
