package dev.signet.core;

/**
 * The cost of one call against an endpoint's rate limit, as a function of the parameters sent:
 * most endpoints cost a fixed weight, some depend on what is asked (Binance's {@code depth} by its
 * {@code limit}, {@code openOrders} with or without {@code symbol}, tickers by the number of
 * {@code symbols}). Written once, in the product's endpoint table; the rate limiter reads it.
 *
 * <pre>{@code
 * Weight depth = params -> Weight.intParam(params, "limit", 100) <= 100 ? 5 : 25;
 * Weight account = Weight.fixed(20);
 * }</pre>
 */
@FunctionalInterface
public interface Weight {
  /**
   * The units one call with {@code params} costs (zero or more).
   *
   * @param params the call's parameters
   * @return the units one call with {@code params} costs (zero or more)
   */
  int of(Params params);

  /**
   * A weight that does not depend on the parameters.
   *
   * @param units the units of every call
   * @return a weight that does not depend on the parameters
   */
  static Weight fixed(int units) {
    if (units < 0) {
      throw new IllegalArgumentException("weight " + units + " is negative; pass zero or more.");
    }
    return new Fixed(units);
  }

  /**
   * A weight computed by {@code fn} that describes itself as {@code text} (its {@code toString}),
   * so a table rendered for docs shows the rule, e.g. {@code "symbol: 6; none: 80"}.
   *
   * <pre>{@code
   * Weight openOrders = Weight.described("symbol: 6; none: 80", p -> p.containsKey("symbol") ? 6 : 80);
   * }</pre>
   *
   * @param text the description
   * @param fn computes the weight
   * @return a weight computed by {@code fn} that describes itself as {@code text} (its {@code toString}), so a table rendered for docs shows the rule, e.g. {@code "symbol: 6; none: 80"}
   */
  static Weight described(String text, Weight fn) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A described weight needs a text; pass the rule, e.g. \"symbol: 6; none: 80\".");
    }
    if (fn == null) {
      throw new IllegalArgumentException("A described weight needs a function of the parameters.");
    }
    return new Described(text, fn);
  }

  /**
   * The integer value of {@code key}, or {@code absent} when it is not sent or not an integer.
   *
   * @param params the call's parameters
   * @param key the parameter name
   * @param absent the value when the parameter is absent or not an integer
   * @return the integer value of {@code key}, or {@code absent} when it is not sent or not an integer
   */
  static int intParam(Params params, String key, int absent) {
    String value = params.get(key);
    if (value == null) {
      return absent;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  /**
   * The number of items in a JSON-array parameter such as {@code symbols=["BTCUSDT","BNBBTC"]}
   * (counted by its separators; 0 when it is not sent).
   *
   * @param params the call's parameters
   * @param key the parameter name
   * @return the number of items in a JSON-array parameter such as {@code symbols=["BTCUSDT","BNBBTC"]} (counted by its separators; 0 when it is not sent)
   */
  static int listSize(Params params, String key) {
    String value = params.get(key);
    if (value == null || value.isBlank() || value.replaceAll("[\\[\\]\\s\"]", "").isEmpty()) {
      return 0;
    }
    int items = 1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == ',') {
        items++;
      }
    }
    return items;
  }

  /** A weight by the parameters, shown by the rule it implements. */
  record Described(String text, Weight fn) implements Weight {
    @Override
    public int of(Params params) {
      return fn.of(params);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A fixed weight, shown by its value. */
  record Fixed(int units) implements Weight {
    @Override
    public int of(Params params) {
      return units;
    }

    @Override
    public String toString() {
      return Integer.toString(units);
    }
  }
}
