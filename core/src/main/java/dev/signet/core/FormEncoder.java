package dev.signet.core;

import java.nio.charset.StandardCharsets;

/**
 * The one encoder for query strings and form bodies: UTF-8, RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) kept, every other byte written as {@code %XX} with upper-case hex.
 *
 * <p>Both exchanges accept this form in the query and in {@code application/x-www-form-urlencoded}
 * bodies, and it has a single spelling for every character, so the signed string and the sent
 * string cannot disagree (the {@code +} versus {@code %20} trap of Kraken's support article).
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>value</th><th>encoded</th></tr>
 *   <tr><td>{@code Bitcoin Lightning}</td><td>{@code Bitcoin%20Lightning}</td></tr>
 *   <tr><td>{@code a+b&c=d}</td><td>{@code a%2Bb%26c%3Dd}</td></tr>
 *   <tr><td>{@code １２}</td><td>{@code %EF%BC%91%EF%BC%92}</td></tr>
 * </table>
 *
 * <pre>{@code
 * String query = FormEncoder.encode(Params.of("symbol", "BTCUSDT").add("limit", 5)); // symbol=BTCUSDT&limit=5
 * }</pre>
 */
public final class FormEncoder {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private FormEncoder() {}

  /**
   * Encodes all pairs as {@code k1=v1&k2=v2}, in order; empty params give the empty string.
   *
   * @param params the request parameters
   * @return the encoded pairs, or the empty string
   */
  public static String encode(Params params) {
    int n = params.size();
    if (n == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder(n * 24);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append('&');
      }
      appendEncoded(out, params.key(i));
      out.append('=');
      appendEncoded(out, params.value(i));
    }
    return out.toString();
  }

  /**
   * Percent-encodes one key or value (returns {@code s} itself when nothing in it needs encoding).
   *
   * @param s the key or value to encode
   * @return the percent-encoded text
   */
  public static String encodeComponent(String s) {
    int len = s.length();
    int i = 0;
    while (i < len && isUnreserved(s.charAt(i))) {
      i++;
    }
    if (i == len) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    appendEncoded(out, s);
    return out.toString();
  }

  /**
   * Appends the percent-encoded form of {@code s} to {@code out}.
   *
   * @param out the builder to append to
   * @param s the key or value to encode
   */
  public static void appendEncoded(StringBuilder out, String s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        // Everything else, including all non-ASCII, goes through UTF-8.
        appendUtf8Escaped(out, s, i);
        return;
      }
    }
  }

  private static void appendUtf8Escaped(StringBuilder out, String s, int from) {
    byte[] bytes = s.substring(from).getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x80 && isUnreserved((char) c)) {
        out.append((char) c);
      } else {
        out.append('%').append((char) HEX[c >>> 4]).append((char) HEX[c & 0xF]);
      }
    }
  }

  /**
   * True when the encoded string {@code k1=v1&k2=v2…} has a pair whose key is {@code key}
   * (given in its encoded form). Signers use it to refuse parameters they add themselves.
   *
   * @param encoded the encoded pairs
   * @param key the encoded key to look for
   * @return {@code true} when the encoded string {@code k1=v1&k2=v2…} has a pair whose key is {@code key} (given in its encoded form)
   */
  public static boolean containsKey(String encoded, String key) {
    int from = 0;
    while (true) {
      int at = encoded.indexOf(key, from);
      if (at < 0) {
        return false;
      }
      int end = at + key.length();
      if ((at == 0 || encoded.charAt(at - 1) == '&') && end < encoded.length() && encoded.charAt(end) == '=') {
        return true;
      }
      from = at + 1;
    }
  }

  static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
