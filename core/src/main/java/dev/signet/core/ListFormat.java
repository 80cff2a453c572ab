package dev.signet.core;

import java.util.List;

/**
 * How a list parameter is written as one value, because the exchanges disagree.
 *
 * <table>
 *   <caption>List formats</caption>
 *   <tr><th>format</th><th>{@code [BTCUSDT, BNBBTC]} becomes</th><th>used by</th></tr>
 *   <tr><td>{@link #COMMA}</td><td>{@code BTCUSDT,BNBBTC}</td><td>Kraken {@code pair}, {@code txid}</td></tr>
 *   <tr><td>{@link #JSON_ARRAY}</td><td>{@code ["BTCUSDT","BNBBTC"]}</td><td>Binance {@code symbols}</td></tr>
 * </table>
 *
 * <p>Example: {@code Params.empty().addList("symbols", List.of("BTCUSDT"), ListFormat.JSON_ARRAY)}.
 * The result is then percent-encoded like any other value.
 */
public enum ListFormat {
  /** Items joined with {@code ,} and nothing else. */
  COMMA {
    @Override
    String join(List<String> items) {
      return String.join(",", items);
    }
  },
  /** A compact JSON array of strings, as Binance's {@code symbols} parameter expects. */
  JSON_ARRAY {
    @Override
    String join(List<String> items) {
      StringBuilder out = new StringBuilder(items.size() * 12).append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append('"');
        appendJsonEscaped(out, items.get(i));
        out.append('"');
      }
      return out.append(']').toString();
    }
  };

  abstract String join(List<String> items);

  private static void appendJsonEscaped(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
  }
}
