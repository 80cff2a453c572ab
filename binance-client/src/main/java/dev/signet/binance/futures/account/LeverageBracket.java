package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * The notional and leverage brackets of one symbol: {@code GET /fapi/v1/leverageBracket}.
 *
 * <pre>{@code
 * LeverageBracket b = client.futures().accountData().leverageBracket("ETHUSDT");
 * int maxLeverage = b.brackets().get(0).initialLeverage();
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it; the others are null when Binance leaves them out.
 *
 * @param symbol the symbol, e.g. {@code ETHUSDT}
 * @param notionalCoef the user's bracket multiplier, or null when the user's brackets are the symbol's default (Binance then leaves it out)
 * @param brackets the brackets, lowest notional first, unmodifiable
 */
public record LeverageBracket(
    String symbol,
    BigDecimal notionalCoef,
    List<NotionalBracket> brackets) {
  /**
   * Checks the required fields are present; copies the lists.
   *
   * @param symbol the symbol, e.g. {@code ETHUSDT}
   * @param notionalCoef the user's bracket multiplier, or null when the user's brackets are the symbol's default (Binance then leaves it out)
   * @param brackets the brackets, lowest notional first, unmodifiable
   */
  public LeverageBracket {
    Required.field(symbol, "symbol");
    brackets = Required.list(brackets, "brackets");
  }
}
