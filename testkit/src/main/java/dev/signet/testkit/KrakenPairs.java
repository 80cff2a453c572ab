package dev.signet.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FakeKraken}'s pairs under all three of Kraken's names — the pair id ({@code XXBTZUSD}),
 * the altname ({@code XBTUSD}) and the WebSocket name ({@code XBT/USD}) — with their rules (null
 * when the test gave none: nothing is enforced and AssetPairs publishes loose defaults).
 * Synchronized; the fake's routes share one instance.
 */
final class KrakenPairs {
  /**
   * One pair.
   * @param id the pair id results are keyed by, e.g. {@code XXBTZUSD}
   * @param altname the alternate name, e.g. {@code XBTUSD}; the fake's ledger market symbol
   * @param wsname the WebSocket name, e.g. {@code XBT/USD}
   * @param base the base asset id, e.g. {@code XXBT}
   * @param quote the quote asset id, e.g. {@code ZUSD}
   * @param rules the rules enforced, or null
   */
  record Pair(String id, String altname, String wsname, String base, String quote, KrakenPairRules rules) {}

  private final Map<String, Pair> byAltname = new LinkedHashMap<>();

  /** Adds (or replaces) a pair given by its altname and asset ids; the id and wsname follow Kraken's pattern. */
  synchronized Pair add(String altname, String base, String quote, KrakenPairRules rules) {
    String id = legacy(base) && legacy(quote) ? base + quote : altname;
    Pair p = new Pair(id, altname, assetAltname(base) + "/" + assetAltname(quote), base, quote, rules);
    byAltname.put(altname, p);
    return p;
  }

  /** The pair known by {@code name} (its id, altname or wsname). */
  synchronized Optional<Pair> find(String name) {
    for (Pair p : byAltname.values()) {
      if (p.id().equals(name) || p.altname().equals(name) || p.wsname().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every pair, in the order added. */
  synchronized List<Pair> all() {
    return new ArrayList<>(byAltname.values());
  }

  /** {@code XXBT} → {@code XBT}, {@code ZUSD} → {@code USD}; newer ids ({@code SOL}) are their own altname. */
  static String assetAltname(String asset) {
    return legacy(asset) ? asset.substring(1) : asset;
  }

  private static boolean legacy(String asset) {
    return asset.length() == 4 && (asset.charAt(0) == 'X' || asset.charAt(0) == 'Z');
  }
}
