package dev.signet.kraken.internal;

import dev.signet.kraken.market.AssetPair;
import dev.signet.kraken.market.PairRules;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of every pair's rules, found by any of Kraken's names: the pair id
 * ({@code XXBTZUSD}), the altname ({@code XBTUSD}), the WebSocket name ({@code XBT/USD}) and the
 * common spellings ({@code BTC/USD}, {@code BTCUSD}, {@code XXBT/ZUSD}), case-insensitively. Asset
 * names map the same way: the id ({@code XXBT}), the altname from the pairs' WebSocket names
 * ({@code XBT}) and the two common names Kraken spells differently ({@code BTC} is {@code XBT},
 * {@code DOGE} is {@code XDG}). Not API.
 *
 * <pre>{@code
 * PairDirectory d = PairDirectory.of(kraken.market().assetPairs());
 * d.find("BTC/USD").map(PairRules::id);   // XXBTZUSD
 * }</pre>
 */
public final class PairDirectory {
  /** The common asset names Kraken spells otherwise. */
  private static final Map<String, String> COMMON = Map.of("BTC", "XBT", "DOGE", "XDG");

  private final Map<String, PairRules> byId;
  private final Map<String, String> idByName = new HashMap<>();
  private final Map<String, String> assetIdByName = new HashMap<>();
  private final Map<String, String> assetAltname = new HashMap<>();

  private PairDirectory(Map<String, PairRules> byId) {
    this.byId = Collections.unmodifiableMap(byId);
    for (PairRules r : byId.values()) {
      idByName.put(key(r.id()), r.id());
      idByName.put(key(r.altname()), r.id());
      assetIdByName.put(key(r.base()), r.base());
      assetIdByName.put(key(r.quote()), r.quote());
      if (r.wsname() != null) {
        idByName.put(key(r.wsname()), r.id());
        int slash = r.wsname().indexOf('/');
        if (slash > 0) {
          learnAsset(r.base(), r.wsname().substring(0, slash));
          learnAsset(r.quote(), r.wsname().substring(slash + 1));
        }
      }
    }
  }

  /**
   * The directory of an AssetPairs answer (sent with {@code info=info}).
   *
   * @param pairs the answer, pair id to pair
   * @return the directory
   * @throws IllegalArgumentException naming the pair and field when an entry lacks one the rules need
   */
  public static PairDirectory of(Map<String, AssetPair> pairs) {
    Map<String, PairRules> byId = new LinkedHashMap<>();
    pairs.forEach((id, pair) -> byId.put(id, PairRules.of(id, pair)));
    return new PairDirectory(byId);
  }

  /**
   * This directory with {@code rules} added or replaced.
   *
   * @param rules a pair's rules
   * @return a new directory
   */
  public PairDirectory with(PairRules rules) {
    Map<String, PairRules> copy = new LinkedHashMap<>(byId);
    copy.put(rules.id(), rules);
    return new PairDirectory(copy);
  }

  /**
   * This directory without pair {@code id}.
   *
   * @param id the pair id
   * @return a new directory
   */
  public PairDirectory without(String id) {
    Map<String, PairRules> copy = new LinkedHashMap<>(byId);
    copy.remove(id);
    return new PairDirectory(copy);
  }

  /**
   * Every pair's rules, in AssetPairs' order.
   *
   * @return the rules, unmodifiable
   */
  public Collection<PairRules> all() {
    return byId.values();
  }

  /**
   * The pair known by {@code name}.
   *
   * @param name any of the pair's names, e.g. {@code XXBTZUSD}, {@code XBTUSD}, {@code XBT/USD}, {@code BTC/USD}
   * @return its rules, or empty when no pair has that name
   */
  public Optional<PairRules> find(String name) {
    String k = key(name);
    String id = idByName.get(k);
    if (id == null) {
      int slash = k.indexOf('/');
      if (slash > 0) {
        id = idByName.get(altname(k.substring(0, slash)) + "/" + altname(k.substring(slash + 1)));
      } else {
        for (int i = 1; i < k.length() && id == null; i++) {
          id = idByName.get(altname(k.substring(0, i)) + "/" + altname(k.substring(i)));
        }
      }
    }
    return id == null ? Optional.empty() : Optional.of(byId.get(id));
  }

  /**
   * The asset id known by {@code name}.
   *
   * @param name the id ({@code XXBT}), the altname ({@code XBT}) or the common name ({@code BTC})
   * @return Kraken's asset id, or empty when no pair trades such an asset
   */
  public Optional<String> assetId(String name) {
    String k = key(name);
    String id = assetIdByName.get(k);
    if (id == null) {
      id = assetIdByName.get(COMMON.getOrDefault(k, k));
    }
    return Optional.ofNullable(id);
  }

  private void learnAsset(String id, String altname) {
    assetIdByName.put(key(altname), id);
    assetAltname.put(key(id), key(altname));
  }

  /** An asset's altname from its id, common name or altname (itself when unknown). */
  private String altname(String asset) {
    String common = COMMON.getOrDefault(asset, asset);
    return assetAltname.getOrDefault(common, common);
  }

  private static String key(String name) {
    return name.trim().toUpperCase(Locale.ROOT);
  }
}
