package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One bracket of {@link LeverageBracket#brackets()} ({@code GET /fapi/v1/leverageBracket}).
 *
 * <pre>{@code
 * NotionalBracket first = client.futures().accountData().leverageBracket("ETHUSDT").brackets().get(0);
 * BigDecimal cap = first.notionalCap();
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param bracket the bracket number, from 1
 * @param initialLeverage the highest initial leverage in this bracket
 * @param notionalCap the notional this bracket reaches up to
 * @param notionalFloor the notional this bracket starts at
 * @param maintMarginRatio the maintenance margin ratio
 * @param cum the auxiliary number for the quick maintenance-margin calculation
 */
public record NotionalBracket(
    @JsonProperty(required = true) int bracket,
    @JsonProperty(required = true) int initialLeverage,
    BigDecimal notionalCap,
    BigDecimal notionalFloor,
    BigDecimal maintMarginRatio,
    BigDecimal cum) {
  /**
   * Checks the required fields are present.
   *
   * @param bracket the bracket number, from 1
   * @param initialLeverage the highest initial leverage in this bracket
   * @param notionalCap the notional this bracket reaches up to
   * @param notionalFloor the notional this bracket starts at
   * @param maintMarginRatio the maintenance margin ratio
   * @param cum the auxiliary number for the quick maintenance-margin calculation
   */
  public NotionalBracket {
    Required.field(notionalCap, "notionalCap");
    Required.field(notionalFloor, "notionalFloor");
    Required.field(maintMarginRatio, "maintMarginRatio");
    Required.field(cum, "cum");
  }
}
