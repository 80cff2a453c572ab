package dev.signet.binance.internal;

import dev.signet.binance.spot.market.SymbolRules;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link SymbolRules} of the symbols a client has traded, loaded on first use and kept until
 * refreshed. One per client, no static state. Thread-safe: two threads asking for a symbol not
 * loaded yet load it once (the second waits for the first); different symbols load in parallel.
 * A load that fails caches nothing, so the next call tries again. Not API.
 *
 * <pre>{@code
 * RulesCache cache = new RulesCache(symbol -> SymbolRules.of(market.exchangeInfo(symbol).symbols().get(0)));
 * SymbolRules btc = cache.get("BTCUSDT");   // GET /api/v3/exchangeInfo?symbol=BTCUSDT
 * cache.get("BTCUSDT");                     // cached, nothing sent
 * }</pre>
 */
public final class RulesCache {
  private final Function<String, SymbolRules> loader;
  private final Map<String, SymbolRules> rules = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  /**
   * A cache loading through {@code loader}.
   *
   * @param loader fetches the rules of one symbol; throws when it cannot
   */
  public RulesCache(Function<String, SymbolRules> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * The rules of {@code symbol}, loaded on the first call.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return its rules
   */
  public SymbolRules get(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    SymbolRules cached = rules.get(symbol);
    if (cached != null) {
      return cached;
    }
    synchronized (locks.computeIfAbsent(symbol, s -> new Object())) {
      SymbolRules loaded = rules.get(symbol);
      if (loaded == null) {
        loaded = Objects.requireNonNull(loader.apply(symbol), "rules of " + symbol);
        rules.put(symbol, loaded);
      }
      return loaded;
    }
  }

  /**
   * Fetches the rules of {@code symbol} again now and keeps the new ones.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return its current rules
   */
  public SymbolRules reload(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    synchronized (locks.computeIfAbsent(symbol, s -> new Object())) {
      SymbolRules fresh = Objects.requireNonNull(loader.apply(symbol), "rules of " + symbol);
      rules.put(symbol, fresh);
      return fresh;
    }
  }

  /**
   * Forgets the rules of {@code symbol}: they are fetched again on its next use.
   *
   * @param symbol the symbol
   */
  public void forget(String symbol) {
    rules.remove(Objects.requireNonNull(symbol, "symbol"));
  }

  /** Forgets every symbol's rules: each is fetched again on its next use. */
  public void clear() {
    rules.clear();
  }

  /**
   * Whether {@code symbol}'s rules are loaded.
   *
   * @param symbol the symbol
   * @return true when they are cached
   */
  public boolean isLoaded(String symbol) {
    return rules.containsKey(symbol);
  }
}
