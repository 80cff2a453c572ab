package dev.signet.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a raw {@code k=v&k2=v2} string the way a server does, keeping each raw pair beside its
 * decoded key and value. Independent of the client's encoder. Not API.
 */
public final class WireParams {
  private WireParams() {}

  /**
   * One pair as received.
   *
   * @param raw the raw {@code k=v} text
   * @param key the decoded key
   * @param value the decoded value ({@code ""} when the pair had no {@code =} or nothing after it)
   */
  public record Pair(String raw, String key, String value) {}

  /**
   * The pairs of {@code encoded} in order; the empty string gives none.
   * @param encoded the {@code k=v&k=v} text of a query or form body; null or empty gives none
   * @return the pairs, decoded, in wire order
   */
  public static List<Pair> parse(String encoded) {
    List<Pair> out = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String raw : encoded.split("&", -1)) {
      int eq = raw.indexOf('=');
      String k = eq < 0 ? raw : raw.substring(0, eq);
      String v = eq < 0 ? "" : raw.substring(eq + 1);
      out.add(new Pair(raw, decode(k), decode(v)));
    }
    return out;
  }

  /**
   * Name to value in wire order (a later duplicate wins), leaving out the names in {@code dropped}.
   * @param params the parameters, decoded, in wire order
   * @param dropped names to leave out, e.g. {@code signature}
   * @return a new mutable map
   */
  public static Map<String, String> map(List<Map.Entry<String, String>> params, String... dropped) {
    Map<String, String> out = new LinkedHashMap<>();
    params.forEach(p -> out.put(p.getKey(), p.getValue()));
    out.keySet().removeAll(List.of(dropped));
    return out;
  }

  /**
   * {@link #parse} as name to value, e.g. for a query.
   * @param encoded the {@code k=v&k=v} text; null or empty gives none
   * @return a new mutable map, in wire order (a later duplicate wins)
   */
  public static Map<String, String> map(String encoded) {
    return map(parse(encoded).stream().map(p -> Map.entry(p.key(), p.value())).toList());
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
