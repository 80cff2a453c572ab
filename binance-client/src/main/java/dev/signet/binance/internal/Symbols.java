package dev.signet.binance.internal;

import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one check of Binance symbol syntax, made before anything is sent. Binance answers a symbol
 * outside {@code ^[A-Z0-9-_.]{1,20}$} with {@code -1100 ILLEGAL_CHARS} ("Illegal characters found
 * in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'."), and since 2025-12 also lists
 * symbols with non-ASCII letters (the Spot testnet's {@code 这是测试币456}, the changelog's UTF-8
 * clarification of 2025-12-15): so non-ASCII letters and digits are allowed, lower-case ASCII, spaces,
 * slashes and other punctuation are not. A bad symbol is refused locally with an
 * {@link IllegalArgumentException} naming the parameter and the fix. The ASCII class is written here
 * as {@code [A-Z0-9_.\-]} so that no regex engine reads {@code 9-_} as a range. Not API.
 *
 * <pre>{@code
 * String s = Symbols.check("symbol", "BTCUSDT");                                      // "BTCUSDT"
 * Params p = Symbols.addSymbols(Params.empty(), List.of("BTCUSDT", "ETHBTC"), 100);   // symbols=["BTCUSDT","ETHBTC"]
 * }</pre>
 */
public final class Symbols {
  /** Binance's symbol syntax: its {@code -1100} message's, plus non-ASCII letters and digits; 1 to 20 code points. */
  public static final Pattern SYNTAX = Pattern.compile("(?:[A-Z0-9_.\\-]|[\\p{L}\\p{N}&&[^\\x00-\\x7F]]){1,20}");

  private Symbols() {}

  /**
   * {@code symbol} when it matches Binance's syntax.
   *
   * @param param the parameter name, named in the message ({@code symbol}, {@code symbols[2]})
   * @param symbol the symbol as given
   * @return {@code symbol}, unchanged
   * @throws IllegalArgumentException naming {@code param}, the value and the fix
   */
  public static String check(String param, String symbol) {
    if (symbol == null) {
      throw new IllegalArgumentException(param + " is null; pass a Binance symbol such as BTCUSDT.");
    }
    if (!SYNTAX.matcher(symbol).matches()) {
      throw new IllegalArgumentException(param + " '" + symbol + "' is not a Binance symbol: it must match"
          + " ^[A-Z0-9-_.]{1,20}$ (1 to 20 upper-case letters, digits, '-', '_' or '.', or non-ASCII letters and"
          + " digits). Pass it as exchangeInfo"
          + " lists it, e.g. BTCUSDT" + hint(symbol) + ".");
    }
    return symbol;
  }

  /**
   * An unmodifiable copy of {@code symbols}, each checked as by {@link #check}.
   *
   * @param symbols one or more symbols
   * @param max the most symbols the endpoint takes
   * @return the symbols, copied
   * @throws IllegalArgumentException when the list is null, empty, longer than {@code max}, or holds a bad symbol
   */
  public static List<String> checkAll(List<String> symbols, int max) {
    if (symbols == null || symbols.isEmpty()) {
      throw new IllegalArgumentException("symbols is empty; pass one or more symbols, e.g. List.of(\"BTCUSDT\").");
    }
    if (symbols.size() > max) {
      throw new IllegalArgumentException("symbols has " + symbols.size() + " symbols; this endpoint takes at most "
          + max + ". Split the list into several calls.");
    }
    for (int i = 0; i < symbols.size(); i++) {
      check("symbols[" + i + "]", symbols.get(i));
    }
    return List.copyOf(symbols);
  }

  /**
   * Adds {@code symbols} as Binance's JSON-array {@code symbols} parameter, each checked.
   *
   * @param params the parameters to add to
   * @param symbols one or more symbols
   * @param max the most symbols the endpoint takes
   * @return {@code params}, for chaining
   * @throws IllegalArgumentException when the list is null, empty, longer than {@code max}, or holds a bad symbol
   */
  public static Params addSymbols(Params params, List<String> symbols, int max) {
    return params.addList("symbols", checkAll(symbols, max), ListFormat.JSON_ARRAY);
  }

  private static String hint(String symbol) {
    String upper = symbol.strip().toUpperCase(java.util.Locale.ROOT).replace("/", "");
    return !upper.equals(symbol) && SYNTAX.matcher(upper).matches() ? " (here " + upper + ")" : "";
  }
}
