package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * The execution rules of one symbol, part of {@link ExecutionRules}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code SymbolExecutionRules s = client.spot().market().executionRules("BAZUSD").symbolRules().get(0);}
 *
 * @param symbol the symbol
 * @param rules its rules (unmodifiable)
 */
public record SymbolExecutionRules(String symbol, List<ExecutionRule> rules) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param rules its rules (unmodifiable)
   */
  public SymbolExecutionRules {
    Required.field(symbol, "symbol");
    rules = Required.list(rules, "rules");
  }
}
