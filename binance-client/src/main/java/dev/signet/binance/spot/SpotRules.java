package dev.signet.binance.spot;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.internal.RulesCache;
import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.SymbolInfo;
import dev.signet.binance.spot.market.SymbolRules;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The exchange's order rules per symbol, as the client checks them before an order leaves (the
 * pre-flight). The first order on a symbol fetches {@code GET /api/v3/exchangeInfo?symbol=…}
 * (weight 20, through the client's executor and rate limiter); the rules are then cached for the
 * client's lifetime, until {@link #refresh()}. An order Binance would refuse with
 * {@code -1013 Filter failure: …} or {@code -1111} is refused unsent with an
 * {@link IllegalArgumentException} naming the filter, the value and the nearest valid values. Get it
 * from {@code client.spot().rules()}; turn the check off with {@code BinanceClient.builder().preflight(false)}.
 * Thread-safe.
 *
 * <p>What is checked, on every leg of every placing call (new order in each response type,
 * {@code order/test}, cancel-replace's new order, order lists, SOR): {@code price} and
 * {@code stopPrice} against the quote precision and {@code PRICE_FILTER}; {@code quantity} and
 * {@code icebergQty} against the base precision and {@code LOT_SIZE} ({@code MARKET_LOT_SIZE} too for
 * a MARKET order); {@code price × quantity} of an order with a limit price against
 * {@code MIN_NOTIONAL} and {@code NOTIONAL}; a MARKET order's {@code quoteOrderQty} against the quote
 * precision and the market parts of {@code MIN_NOTIONAL} and {@code NOTIONAL}; a keep-priority
 * amendment's {@code newQty} against the base precision and {@code LOT_SIZE}. A MARKET order given by
 * {@code quantity} has its notional taken at the average price, which the client does not fetch per
 * order: it is left to Binance ({@link SymbolRules#checkMarketNotional} checks it with a price you
 * give). When Binance still answers {@code -1013} or {@code -1111}, the symbol's cached rules are
 * forgotten, so the next order fetches them again. When {@code exchangeInfo} fails the order is not sent and that failure is thrown;
 * a symbol Binance does not know ({@code -1121}) is refused with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * SymbolRules btc = client.spot().rules().of("BTCUSDT");
 * BigDecimal price = btc.roundPrice(new BigDecimal("64123.456"), RoundingMode.DOWN);
 * client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.001"), price).build());
 * }</pre>
 */
public final class SpotRules {
  private static final List<String> LEGS = List.of("", "above", "below", "working", "pending", "pendingAbove",
      "pendingBelow");

  private final RulesCache cache;
  private final boolean preflight;

  SpotRules(SpotMarket market, boolean preflight) {
    Objects.requireNonNull(market, "market");
    this.cache = new RulesCache(symbol -> load(market, symbol));
    this.preflight = preflight;
  }

  /**
   * The rules of {@code symbol}: the cached ones, or fetched now ({@code GET /api/v3/exchangeInfo?symbol=…}).
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return its rules, to round a price or quantity with an explicit rounding mode
   * @throws IllegalArgumentException when Binance does not know the symbol ({@code -1121})
   */
  public SymbolRules of(String symbol) {
    return cache.get(symbol);
  }

  /**
   * Fetches {@code symbol}'s rules again now and keeps them (after Binance changed a tick size, say).
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return its current rules
   */
  public SymbolRules refresh(String symbol) {
    return cache.reload(symbol);
  }

  /** Forgets every cached symbol: the next order on each fetches its rules again. */
  public void refresh() {
    cache.clear();
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
   * Checks {@code order} against its symbol's rules now, whether or not the pre-flight is on.
   *
   * @param order the order
   * @return {@code order}
   * @throws IllegalArgumentException naming the filter, the value and the nearest valid values
   */
  public NewOrder check(NewOrder order) {
    checkParams(Objects.requireNonNull(order, "order").toParams());
    return order;
  }

  /**
   * The one place every placing call goes through: checks {@code order}'s legs when the pre-flight
   * is on, then sends it; when Binance still refuses it with {@code -1013} or {@code -1111}, the
   * cached rules were out of date: they are forgotten (the next order fetches them again) and the
   * refusal is thrown.
   */
  <T> T place(Params order, Supplier<T> send) {
    if (preflight) {
      checkParams(order);
    }
    return forgettingOnRefusal(order.get("symbol"), send);
  }

  /** As {@link #place} for a cancel-replace, whose new order's refusal is an answer, not an exception. */
  CancelReplaceResult cancelReplace(Params newOrder, Supplier<CancelReplaceResult> send) {
    CancelReplaceResult result = place(newOrder, send);
    OrderError refused = result instanceof CancelReplaceResult.NewOrderFailed f ? f.newOrderError()
        : result instanceof CancelReplaceResult.BothFailed b ? b.newOrderError() : null;
    if (refused != null && isFilterRefusal(refused.code())) {
      cache.forget(newOrder.get("symbol"));
    }
    return result;
  }

  /** As {@link #place} for a keep-priority amendment: {@code newQty} against the precision and {@code LOT_SIZE}. */
  <T> T amend(String symbol, BigDecimal newQty, Supplier<T> send) {
    if (preflight) {
      of(symbol).checkQuantity(newQty);
    }
    return forgettingOnRefusal(symbol, send);
  }

  private <T> T forgettingOnRefusal(String symbol, Supplier<T> send) {
    try {
      return send.get();
    } catch (BinanceApiException e) {
      if (isFilterRefusal(e.code())) {
        cache.forget(symbol);
      }
      throw e;
    }
  }

  private static boolean isFilterRefusal(int code) {
    return code == -1013 || code == -1111;
  }

  private void checkParams(Params p) {
    SymbolRules rules = of(p.get("symbol"));
    for (String leg : LEGS) {
      String type = p.get(key(leg, "type"));
      if (type != null) {
        checkLeg(rules, p, leg, type);
      }
    }
  }

  private static void checkLeg(SymbolRules rules, Params p, String leg, String type) {
    BigDecimal price = decimal(p, key(leg, "price"));
    BigDecimal stopPrice = decimal(p, key(leg, "stopPrice"));
    BigDecimal quantity = decimal(p, key(leg, "quantity"));
    if (quantity == null && !leg.isEmpty()) {
      quantity = decimal(p, leg.startsWith("pending") ? "pendingQuantity" : "quantity");
    }
    BigDecimal iceberg = decimal(p, key(leg, "icebergQty"));
    BigDecimal quoteOrderQty = decimal(p, key(leg, "quoteOrderQty"));
    if (quoteOrderQty != null) {
      rules.checkQuoteOrderQty(quoteOrderQty);
    }
    if (price != null) {
      rules.checkPrice(price);
    }
    if (stopPrice != null) {
      rules.checkPrice(stopPrice);
    }
    if (quantity != null) {
      if (type.equals("MARKET")) {
        rules.checkMarketQuantity(quantity);
      } else {
        rules.checkQuantity(quantity);
      }
    }
    if (iceberg != null) {
      rules.checkQuantity(iceberg);
    }
    if (price != null && quantity != null && !type.equals("MARKET")) {
      rules.checkNotional(price, quantity);
    }
  }

  private static String key(String leg, String name) {
    return leg.isEmpty() ? name : leg + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static BigDecimal decimal(Params p, String key) {
    String v = p.get(key);
    return v == null ? null : new BigDecimal(v);
  }

  private static SymbolRules load(SpotMarket market, String symbol) {
    ExchangeInfo info;
    try {
      info = market.exchangeInfo(symbol);
    } catch (BinanceApiException e) {
      if (e.code() == -1121) {
        throw new IllegalArgumentException("symbol " + symbol + " is unknown to exchangeInfo (-1121 Invalid symbol.);"
            + " the order was not sent.", e);
      }
      throw e;
    }
    for (SymbolInfo s : info.symbols()) {
      if (s.symbol().equals(symbol)) {
        return SymbolRules.of(s);
      }
    }
    throw new IllegalArgumentException("symbol " + symbol + " is not in exchangeInfo's answer; the order was not sent.");
  }
}
