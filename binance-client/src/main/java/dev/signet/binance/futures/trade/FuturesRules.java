package dev.signet.binance.futures.trade;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.futures.FuturesMarket;
import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.futures.market.FuturesSymbol;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.binance.spot.market.SymbolRules;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The USD-M futures order rules per contract, as the client checks them before an order leaves
 * (the pre-flight). The first order fetches {@code GET /fapi/v1/exchangeInfo} (weight 1, every
 * contract at once, through the client's executor and rate limiter) and keeps every contract's rules
 * for the client's lifetime, until {@link #refresh()} — or until Binance refuses an order the cached
 * rules passed with {@code -1013} or {@code -1111}, which forgets them. An order Binance would refuse
 * is refused unsent with an {@link IllegalArgumentException} naming the filter, the value and the
 * nearest valid values. Get it from {@code client.futures().rules()}; turn the check off with
 * {@code BinanceClient.builder().preflight(false)}. Thread-safe.
 *
 * <p>What is checked, on every plain, algo, modified and batched order: {@code price},
 * {@code triggerPrice} and {@code activatePrice} against {@code pricePrecision} and {@code PRICE_FILTER};
 * {@code quantity} against {@code quantityPrecision} and {@code LOT_SIZE} ({@code MARKET_LOT_SIZE} for
 * the market kinds); {@code price × quantity} of an order with a limit price against
 * {@code MIN_NOTIONAL}, unless it only reduces the position. Left to Binance: a market order's
 * notional and {@code PERCENT_PRICE} (both need the mark price, which the client does not fetch per
 * order), and the open-order counts ({@code MAX_NUM_ORDERS}, {@code MAX_NUM_ALGO_ORDERS}).
 *
 * <pre>{@code
 * SymbolRules btc = client.futures().rules().of("BTCUSDT");
 * BigDecimal price = btc.roundPrice(new BigDecimal("64123.456"), RoundingMode.DOWN);
 * }</pre>
 */
public final class FuturesRules {
  private final FuturesMarket market;
  private final boolean preflight;
  private final Map<String, SymbolRules> rules = new ConcurrentHashMap<>();

  /**
   * For {@code BinanceFutures}; users call {@code client.futures().rules()}.
   *
   * @param market the futures market data, to fetch {@code exchangeInfo} through
   * @param preflight whether placing calls check orders before sending them
   */
  public FuturesRules(FuturesMarket market, boolean preflight) {
    this.market = Objects.requireNonNull(market, "market");
    this.preflight = preflight;
  }

  /**
   * The rules of {@code symbol}: the cached ones, or every contract's fetched now.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @return its rules
   * @throws IllegalArgumentException when exchangeInfo does not list the contract
   */
  public SymbolRules of(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    SymbolRules cached = rules.get(symbol);
    if (cached != null) {
      return cached;
    }
    synchronized (this) {
      if (!rules.containsKey(symbol)) {
        load();
      }
    }
    SymbolRules loaded = rules.get(symbol);
    if (loaded == null) {
      throw new IllegalArgumentException("symbol " + symbol + " is not in the futures exchangeInfo; the order was not"
          + " sent.");
    }
    return loaded;
  }

  /** Forgets every contract's rules: the next order fetches them again. */
  public void refresh() {
    rules.clear();
  }

  /**
   * Whether placing calls check orders before sending them (the builder's {@code preflight}, default on).
   *
   * @return true when the pre-flight is on
   */
  public boolean preflight() {
    return preflight;
  }

  /**
   * Checks {@code order} against its contract's rules now, whether or not the pre-flight is on.
   *
   * @param order the order
   * @return {@code order}
   */
  public NewFuturesOrder check(NewFuturesOrder order) {
    checkParams(Objects.requireNonNull(order, "order").toParams());
    return order;
  }

  /**
   * Checks {@code order} against its contract's rules now, whether or not the pre-flight is on.
   *
   * @param order the algo order
   * @return {@code order}
   */
  public NewAlgoOrder check(NewAlgoOrder order) {
    checkParams(Objects.requireNonNull(order, "order").toParams());
    return order;
  }

  /** The one place every placing call goes through: checks each order, sends, forgets stale rules on -1013/-1111. */
  <T> T place(List<Params> orders, Supplier<T> send) {
    if (preflight) {
      orders.forEach(this::checkParams);
    }
    try {
      return send.get();
    } catch (BinanceApiException e) {
      if (e.code() == -1013 || e.code() == -1111) {
        rules.clear();
      }
      throw e;
    }
  }

  private void checkParams(Params p) {
    SymbolRules r = of(p.get("symbol"));
    String type = p.get("type");
    boolean marketKind = type == null ? false : type.equals("MARKET") || type.endsWith("_MARKET");
    for (String key : List.of("price", "triggerPrice", "activatePrice")) {
      BigDecimal v = decimal(p, key);
      if (v != null) {
        r.checkPrice(v);
      }
    }
    BigDecimal quantity = decimal(p, "quantity");
    if (quantity != null) {
      if (marketKind) {
        r.checkMarketQuantity(quantity);
      } else {
        r.checkQuantity(quantity);
      }
    }
    BigDecimal price = decimal(p, "price");
    boolean reducing = "true".equals(p.get("reduceOnly")) || "true".equals(p.get("closePosition"));
    if (price != null && quantity != null && !marketKind && !reducing) {
      r.checkNotional(price, quantity);
    }
  }

  private void load() {
    FuturesExchangeInfo info = market.exchangeInfo();
    for (FuturesSymbol s : info.symbols()) {
      rules.put(s.symbol(), rulesOf(s));
    }
  }

  /** {@code symbol}'s rules: its precisions and the filters shared with Spot, MIN_NOTIONAL as Spot's for limit orders. */
  static SymbolRules rulesOf(FuturesSymbol symbol) {
    List<SymbolFilter> filters = new ArrayList<>();
    for (FuturesFilter f : symbol.filters()) {
      if (f instanceof FuturesFilter.Shared shared) {
        filters.add(shared.filter());
      } else if (f instanceof FuturesFilter.MinNotional min) {
        filters.add(new SymbolFilter.MinNotional(min.notional(), false, 0));
      }
    }
    return SymbolRules.of(symbol.symbol(), symbol.quantityPrecision(), "quantityPrecision", symbol.pricePrecision(),
        "pricePrecision", filters);
  }

  private static BigDecimal decimal(Params p, String key) {
    String v = p.get(key);
    return v == null ? null : new BigDecimal(v);
  }
}
