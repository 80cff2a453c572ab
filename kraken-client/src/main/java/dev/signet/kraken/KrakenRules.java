package dev.signet.kraken;

import dev.signet.kraken.internal.PairChecks;
import dev.signet.kraken.internal.PairDirectory;
import dev.signet.kraken.market.AssetPair;
import dev.signet.kraken.market.AssetPairsQuery;
import dev.signet.kraken.market.PairRules;
import dev.signet.kraken.market.PreflightException;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderBatch;
import dev.signet.kraken.trading.AmendOrder;
import dev.signet.kraken.trading.EditOrder;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Kraken's pair rules from AssetPairs, loaded lazily (one AssetPairs call for every pair, on first
 * use), cached and refreshable; Kraken's names for pairs and assets; and the pre-flight check every
 * order goes through before it is sent. Pairs are found by any name: the id ({@code XXBTZUSD}),
 * the altname ({@code XBTUSD}), the WebSocket name ({@code XBT/USD}) or the common spelling
 * ({@code BTC/USD}; Kraken calls bitcoin XBT and dogecoin XDG). A name the cache does not know is
 * asked of AssetPairs alone (a pair listed since, or one {@link #forget forgotten}); an unknown
 * answer is not cached. Get it from {@code kraken.rules()}. Thread-safe: concurrent first uses load
 * once.
 *
 * <pre>{@code
 * PairRules btc = kraken.rules().pair("BTC/USD");       // id XXBTZUSD, pair_decimals 1, ordermin 0.0001
 * BigDecimal price = btc.roundPrice(wanted, RoundingMode.DOWN);
 * kraken.rules().check(order);                          // what addOrder does first
 * }</pre>
 */
public final class KrakenRules {
  private static final String UNKNOWN_PAIR = "EQuery:Unknown asset pair";

  private final KrakenMarket market;
  private final boolean preflight;
  private final Object lock = new Object();
  private volatile PairDirectory directory;

  KrakenRules(KrakenMarket market, boolean preflight) {
    this.market = Objects.requireNonNull(market, "market");
    this.preflight = preflight;
  }

  /**
   * Whether {@link #check} checks orders (the client's {@code preflight} setting).
   *
   * @return true when orders are checked before sending
   */
  public boolean preflight() {
    return preflight;
  }

  /**
   * The rules of the pair known by {@code name}.
   *
   * @param name any of the pair's names, e.g. {@code BTC/USD}, {@code XBTUSD} or {@code XXBTZUSD}
   * @return the pair's id, names and rules
   * @throws PreflightException (parameter {@code pair}) when AssetPairs knows no such pair
   * @throws KrakenApiException when AssetPairs answers with an error list
   */
  public PairRules pair(String name) {
    return find(name).orElseThrow(() -> new PreflightException("pair", UNKNOWN_PAIR, "pair " + name
        + " is not one of AssetPairs' pairs (by id, altname, wsname or BTC/USD-style name); Kraken would answer "
        + UNKNOWN_PAIR + ". Pass a listed pair such as XBTUSD or BTC/USD."));
  }

  /**
   * The rules of the pair known by {@code name}, if Kraken lists one.
   *
   * @param name any of the pair's names
   * @return the pair's rules, or empty when AssetPairs knows no such pair
   * @throws KrakenApiException when AssetPairs answers with an error list other than an unknown pair
   */
  public Optional<PairRules> find(String name) {
    dev.signet.core.internal.Checks.notBlank(name, "pair", "a pair such as XBTUSD or BTC/USD");
    Optional<PairRules> found = directory().find(name);
    return found.isPresent() ? found : fetchOne(name);
  }

  /**
   * Kraken's id of the pair known by {@code name}: the key its market data is answered under.
   *
   * @param name any of the pair's names, e.g. {@code BTC/USD}
   * @return the pair id, e.g. {@code XXBTZUSD}
   * @throws PreflightException when AssetPairs knows no such pair
   */
  public String pairId(String name) {
    return pair(name).id();
  }

  /**
   * Kraken's id of the asset known by {@code name}, among the assets the pairs trade.
   *
   * @param name the id ({@code XXBT}), the altname ({@code XBT}) or the common name ({@code BTC})
   * @return the asset id, e.g. {@code XXBT}
   * @throws IllegalArgumentException when no pair trades such an asset
   */
  public String assetId(String name) {
    dev.signet.core.internal.Checks.notBlank(name, "asset", "an asset such as XBT, BTC or ZUSD");
    return directory().assetId(name).orElseThrow(() -> new IllegalArgumentException("asset " + name
        + " is traded by none of AssetPairs' pairs; pass its Kraken id or altname, e.g. XXBT or XBT."));
  }

  /** Loads every pair's rules again (one AssetPairs call), e.g. after Kraken changed a pair's status. */
  public void refresh() {
    synchronized (lock) {
      directory = PairDirectory.of(market.assetPairs());
    }
  }

  /**
   * Drops one pair's rules: its next use asks AssetPairs for it alone. Does nothing before the first load.
   *
   * @param pair any of the pair's names
   */
  public void forget(String pair) {
    Objects.requireNonNull(pair, "pair");
    synchronized (lock) {
      PairDirectory d = directory;
      if (d != null) {
        d.find(pair).ifPresent(r -> directory = d.without(r.id()));
      }
    }
  }

  /**
   * Refuses, before anything is sent, an order Kraken would refuse by its pair's rules: an unknown
   * pair, a status that does not allow the order, a price with more decimals than
   * {@code pair_decimals} or off {@code tick_size}, a volume with more decimals than
   * {@code lot_decimals}, below {@code ordermin}, or a limit cost below {@code costmin}. Does
   * nothing, and loads nothing, when the client's pre-flight is off.
   *
   * @param order the order about to be sent
   * @throws PreflightException naming the parameter, the rule, Kraken's error and the nearest valid value(s)
   */
  public void check(AddOrder order) {
    Objects.requireNonNull(order, "order");
    if (!preflight) {
      return;
    }
    PairChecks.check(pair(order.pair()), order.toParams());
  }

  /**
   * As {@link #check(AddOrder)} for each order of a batch; a refusal names the order, e.g.
   * parameter {@code orders[1].price}.
   *
   * @param batch the batch about to be sent
   * @throws PreflightException naming the order and parameter, the rule, Kraken's error and the nearest valid value(s)
   */
  public void check(AddOrderBatch batch) {
    Objects.requireNonNull(batch, "batch");
    for (int i = 0; i < batch.orders().size(); i++) {
      try {
        check(batch.orders().get(i));
      } catch (PreflightException e) {
        throw new PreflightException("orders[" + i + "]." + e.parameter(), e.krakenError(),
            "orders[" + i + "]: " + e.getMessage());
      }
    }
  }

  /**
   * Refuses, before anything is sent, an amend whose new {@code limit_price} or {@code trigger_price}
   * (decimals, tick) or {@code order_qty} or {@code display_qty} (decimals, {@code ordermin}) Kraken
   * would refuse by the pair's rules. Does nothing when the pre-flight is off.
   *
   * @param amend the amend about to be sent
   * @throws PreflightException naming the parameter, the rule, Kraken's error and the nearest valid value(s)
   */
  public void check(AmendOrder amend) {
    Objects.requireNonNull(amend, "amend");
    if (preflight) {
      PairChecks.checkChange(pair(amend.pair()), amend.toParams(), "order_qty", "display_qty", "limit_price",
          "trigger_price");
    }
  }

  /**
   * As {@link #check(AmendOrder)} for an edit's {@code price}, {@code price2}, {@code volume} and {@code displayvol}.
   *
   * @param edit the edit about to be sent
   * @throws PreflightException naming the parameter, the rule, Kraken's error and the nearest valid value(s)
   */
  public void check(EditOrder edit) {
    Objects.requireNonNull(edit, "edit");
    if (preflight) {
      PairChecks.checkChange(pair(edit.pair()), edit.toParams(), "volume", "displayvol", "price", "price2");
    }
  }

  private PairDirectory directory() {
    PairDirectory d = directory;
    if (d == null) {
      synchronized (lock) {
        d = directory;
        if (d == null) {
          d = PairDirectory.of(market.assetPairs());
          directory = d;
        }
      }
    }
    return d;
  }

  private Optional<PairRules> fetchOne(String name) {
    Map<String, AssetPair> answer;
    try {
      answer = market.assetPairs(AssetPairsQuery.builder().pairs(name).build());
    } catch (KrakenApiException e) {
      if (e.errors().contains(UNKNOWN_PAIR)) {
        return Optional.empty();
      }
      throw e;
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a name AssetPairs cannot be asked for (a comma): no such pair
    }
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<String, AssetPair> first = answer.entrySet().iterator().next();
    PairRules rules = PairRules.of(first.getKey(), first.getValue());
    synchronized (lock) {
      directory = directory().with(rules);
    }
    return Optional.of(rules);
  }
}
