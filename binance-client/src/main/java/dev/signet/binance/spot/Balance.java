package dev.signet.binance.spot;

import dev.signet.binance.internal.BalanceDeserializer;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One asset's balance in a spot {@link Account}.
 *
 * <p>Example: {@code account.balances().get(0).free()} is {@code 4723846.89208129} for the docs'
 * sample.
 *
 * <p>Every field is required: a missing or null one fails the decode naming it.
 *
 * @param asset the asset, e.g. {@code BTC}
 * @param free available to trade or withdraw
 * @param locked held by open orders
 */
@JsonDeserialize(using = BalanceDeserializer.class)
public record Balance(String asset, BigDecimal free, BigDecimal locked) {
  /**
   * Checks every field is present.
   *
   * @param asset the asset, e.g. {@code BTC}
   * @param free available to trade or withdraw
   * @param locked held by open orders
   */
  public Balance {
    Required.field(asset, "asset");
    Required.field(free, "free");
    Required.field(locked, "locked");
  }

  /**
   * {@code free + locked}.
   *
   * @return {@code free + locked}
   */
  public BigDecimal total() {
    return free.add(locked);
  }
}
