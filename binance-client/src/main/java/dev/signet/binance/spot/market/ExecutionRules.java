package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * The execution rules of symbols: {@code GET /api/v3/executionRules} (the price range execution
 * rule since 2026-03-09).
 *
 * <p>{@code symbolRules} is required: a missing or null list fails the decode naming it.
 *
 * <p>Example: {@code List<ExecutionRule> rules = client.spot().market().executionRules("BAZUSD").forSymbol("BAZUSD");}
 *
 * @param symbolRules the rules per symbol (unmodifiable)
 */
public record ExecutionRules(List<SymbolExecutionRules> symbolRules) {
  /**
   * Checks every required field is present.
   *
   * @param symbolRules the rules per symbol (unmodifiable)
   */
  public ExecutionRules {
    symbolRules = Required.list(symbolRules, "symbolRules");
  }

  /**
   * The rules of {@code symbol}, empty when the answer does not list it.
   *
   * @param symbol the symbol, e.g. {@code BAZUSD}
   * @return its rules (unmodifiable), empty when the answer does not list the symbol
   */
  public List<ExecutionRule> forSymbol(String symbol) {
    return symbolRules.stream().filter(s -> s.symbol().equals(symbol)).findFirst()
        .map(SymbolExecutionRules::rules).orElse(List.of());
  }
}
