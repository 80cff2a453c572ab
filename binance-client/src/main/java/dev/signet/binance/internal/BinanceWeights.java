package dev.signet.binance.internal;

import dev.signet.core.Params;
import dev.signet.core.Weight;

/**
 * The weight rules Binance's endpoint tables share: by {@code symbol}, by the number of
 * {@code symbols}, by {@code limit}. Each returns a {@link Weight#described described} weight, so the
 * rendered endpoint docs show the rule. Not API.
 *
 * <pre>{@code
 * Weight openOrders = BinanceWeights.bySymbol(6, 80);   // "symbol: 6; none: 80"
 * }</pre>
 */
final class BinanceWeights {
  private BinanceWeights() {}

  /** {@code with} when {@code symbol} is sent, {@code without} otherwise. */
  static Weight bySymbol(int with, int without) {
    return Weight.described("symbol: " + with + "; none: " + without,
        p -> p.containsKey("symbol") ? with : without);
  }

  /**
   * {@code each} per requested symbol ({@code symbol} counts one, {@code symbols} its size), capped
   * at {@code cap}; {@code none} when neither is sent.
   */
  static Weight perSymbol(int each, int cap, int none) {
    return Weight.described(each + " per symbol, at most " + cap + "; none: " + none, p -> {
      int n = symbolCount(p);
      return n == 0 ? none : Math.min(each * n, cap);
    });
  }

  /** {@code with} when {@code key=true} is sent, {@code without} otherwise. */
  static Weight byFlag(String key, int with, int without) {
    return Weight.described(key + "=true: " + with + "; else " + without,
        p -> "true".equalsIgnoreCase(p.get(key)) ? with : without);
  }

  /** {@code with} when {@code key} is sent, {@code without} otherwise. */
  static Weight byParam(String key, int with, int without) {
    return Weight.described(key + ": " + with + "; else " + without,
        p -> p.containsKey(key) ? with : without);
  }

  /** The number of symbols asked for: 1 for {@code symbol}, the size of {@code symbols}, else 0. */
  static int symbolCount(Params p) {
    return p.containsKey("symbol") ? 1 : Weight.listSize(p, "symbols");
  }
}
