package dev.signet.binance.spot.market;

import dev.signet.binance.spot.market.SymbolFilter.LotSize;
import dev.signet.binance.spot.market.SymbolFilter.MarketLotSize;
import dev.signet.binance.spot.market.SymbolFilter.MinNotional;
import dev.signet.binance.spot.market.SymbolFilter.Notional;
import dev.signet.binance.spot.market.SymbolFilter.PriceFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The order rules of one symbol, from its {@link SymbolInfo}: rounding a price to the tick size and
 * a quantity to the step size, and checking a price, a quantity and a notional against the
 * symbol's {@code PRICE_FILTER}, {@code LOT_SIZE}, {@code MARKET_LOT_SIZE}, {@code MIN_NOTIONAL} and
 * {@code NOTIONAL} filters and its asset precisions, the way Binance checks them, before an order is
 * sent. Nothing is rounded silently: rounding takes an explicit {@link RoundingMode}, and
 * {@link RoundingMode#UNNECESSARY} refuses a value off the grid. A check returns the value when it
 * passes and otherwise throws {@link IllegalArgumentException} naming the filter, the value and the
 * nearest valid values. A filter the symbol does not have, or a rule set to 0, is not checked.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SymbolRules btc = client.spot().market().exchangeInfo("BTCUSDT").symbols().get(0).rules();
 * BigDecimal price = btc.roundPrice(new BigDecimal("64123.456"), RoundingMode.DOWN);     // 64123.45
 * BigDecimal qty = btc.checkQuantity(btc.roundQuantity(new BigDecimal("0.0012345"), RoundingMode.DOWN));
 * btc.checkNotional(price, qty);
 * }</pre>
 */
public final class SymbolRules {
  private final String symbol;
  private final int basePrecision;
  private final int quotePrecision;
  private final PriceFilter price;
  private final LotSize lot;
  private final MarketLotSize marketLot;
  private final MinNotional minNotional;
  private final Notional notional;

  private final String basePrecisionName;
  private final String quotePrecisionName;

  private SymbolRules(String symbol, int basePrecision, String basePrecisionName, int quotePrecision,
      String quotePrecisionName, List<? extends SymbolFilter> filters) {
    this.symbol = symbol;
    this.basePrecision = basePrecision;
    this.basePrecisionName = basePrecisionName;
    this.quotePrecision = quotePrecision;
    this.quotePrecisionName = quotePrecisionName;
    this.price = first(filters, PriceFilter.class);
    this.lot = first(filters, LotSize.class);
    this.marketLot = first(filters, MarketLotSize.class);
    this.minNotional = first(filters, MinNotional.class);
    this.notional = first(filters, Notional.class);
  }

  /**
   * The rules of {@code info}'s symbol.
   *
   * @param info the symbol, from {@code exchangeInfo}
   * @return its rules
   */
  public static SymbolRules of(SymbolInfo info) {
    Objects.requireNonNull(info, "info");
    return new SymbolRules(info.symbol(), info.baseAssetPrecision(), "baseAssetPrecision", info.quoteAssetPrecision(),
        "quoteAssetPrecision", info.filters());
  }

  /**
   * Rules from their parts, for a market whose symbol record is not a {@link SymbolInfo} (USD-M
   * futures: {@code quantityPrecision} and {@code pricePrecision}, its own filter records mapped to
   * these).
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param quantityPrecision the most decimals a quantity may have
   * @param quantityPrecisionName what the exchange calls it, for messages, e.g. {@code quantityPrecision}
   * @param pricePrecision the most decimals a price may have
   * @param pricePrecisionName what the exchange calls it, for messages, e.g. {@code pricePrecision}
   * @param filters the filters that apply ({@code PRICE_FILTER}, {@code LOT_SIZE}, {@code MARKET_LOT_SIZE},
   *     {@code MIN_NOTIONAL}, {@code NOTIONAL}; others are ignored)
   * @return the rules
   */
  public static SymbolRules of(String symbol, int quantityPrecision, String quantityPrecisionName, int pricePrecision,
      String pricePrecisionName, List<? extends SymbolFilter> filters) {
    return new SymbolRules(Objects.requireNonNull(symbol, "symbol"), quantityPrecision,
        Objects.requireNonNull(quantityPrecisionName, "quantityPrecisionName"), pricePrecision,
        Objects.requireNonNull(pricePrecisionName, "pricePrecisionName"), List.copyOf(filters));
  }

  private static <F extends SymbolFilter> F first(List<? extends SymbolFilter> filters, Class<F> type) {
    for (SymbolFilter f : filters) {
      if (type.isInstance(f)) {
        return type.cast(f);
      }
    }
    return null;
  }

  /**
   * The symbol the rules are of.
   *
   * @return the symbol, e.g. {@code BTCUSDT}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The most decimals a quantity may have ({@code baseAssetPrecision}).
   *
   * @return the base asset's precision
   */
  public int baseAssetPrecision() {
    return basePrecision;
  }

  /**
   * The most decimals a price or quote quantity may have ({@code quoteAssetPrecision}).
   *
   * @return the quote asset's precision
   */
  public int quoteAssetPrecision() {
    return quotePrecision;
  }

  /**
   * The price step, when {@code PRICE_FILTER} sets one.
   *
   * @return the tick size, or empty when there is none (no filter, or 0)
   */
  public Optional<BigDecimal> tickSize() {
    return Optional.ofNullable(price).map(PriceFilter::tickSize).filter(t -> t.signum() > 0);
  }

  /**
   * The quantity step, when {@code LOT_SIZE} sets one.
   *
   * @return the step size, or empty when there is none (no filter, or 0)
   */
  public Optional<BigDecimal> stepSize() {
    return Optional.ofNullable(lot).map(LotSize::stepSize).filter(s -> s.signum() > 0);
  }

  /**
   * {@code price} rounded to a multiple of the tick size, written with the tick's decimals.
   *
   * @param price the price
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} refuses a price off the tick
   * @return the rounded price, or {@code price} when the symbol has no tick size
   * @throws IllegalArgumentException under {@code UNNECESSARY}, naming the price, the tick and the nearest prices
   */
  public BigDecimal roundPrice(BigDecimal price, RoundingMode mode) {
    return Grid.round("price", price, "tickSize", tickSize().orElse(null), mode, symbol);
  }

  /**
   * {@code quantity} rounded to a multiple of the {@code LOT_SIZE} step.
   *
   * @param quantity the quantity, in the base asset
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} refuses a quantity off the step
   * @return the rounded quantity, or {@code quantity} when the symbol has no step size
   * @throws IllegalArgumentException under {@code UNNECESSARY}, naming the quantity, the step and the nearest ones
   */
  public BigDecimal roundQuantity(BigDecimal quantity, RoundingMode mode) {
    return Grid.round("quantity", quantity, "stepSize", stepSize().orElse(null), mode, symbol);
  }

  /**
   * {@code quantity} rounded to a multiple of the {@code MARKET_LOT_SIZE} step (the {@code LOT_SIZE}
   * step when the market one is 0 or absent).
   *
   * @param quantity the quantity of a MARKET order, in the base asset
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} refuses a quantity off the step
   * @return the rounded quantity
   * @throws IllegalArgumentException under {@code UNNECESSARY}, naming the quantity, the step and the nearest ones
   */
  public BigDecimal roundMarketQuantity(BigDecimal quantity, RoundingMode mode) {
    return Grid.round("quantity", quantity, "stepSize", marketStep(), mode, symbol);
  }

  /**
   * Checks a limit or stop price: at most {@code quoteAssetPrecision} decimals (else Binance answers
   * {@code -1111}), then {@code PRICE_FILTER}'s {@code minPrice}, {@code maxPrice} and {@code tickSize}.
   *
   * @param price the price
   * @return {@code price}
   * @throws IllegalArgumentException naming the rule, the price and the nearest valid prices
   */
  public BigDecimal checkPrice(BigDecimal price) {
    Grid.precision("price", price, quotePrecision, quotePrecisionName, symbol);
    return price == null || this.price == null ? price : Grid.check("PRICE_FILTER", "price", price,
        this.price.minPrice(), "minPrice", this.price.maxPrice(), "maxPrice", this.price.tickSize(), "tickSize", symbol);
  }

  /**
   * Checks a quantity: at most {@code baseAssetPrecision} decimals, then {@code LOT_SIZE}.
   *
   * @param quantity the quantity, in the base asset
   * @return {@code quantity}
   * @throws IllegalArgumentException naming the rule, the quantity and the nearest valid quantities
   */
  public BigDecimal checkQuantity(BigDecimal quantity) {
    Grid.precision("quantity", quantity, basePrecision, basePrecisionName, symbol);
    return lot == null ? quantity : Grid.check("LOT_SIZE", "quantity", quantity,
        lot.minQty(), "minQty", lot.maxQty(), "maxQty", lot.stepSize(), "stepSize", symbol);
  }

  /**
   * Checks the quantity of a MARKET order: {@link #checkQuantity}, then {@code MARKET_LOT_SIZE}.
   *
   * @param quantity the quantity, in the base asset
   * @return {@code quantity}
   * @throws IllegalArgumentException naming the rule, the quantity and the nearest valid quantities
   */
  public BigDecimal checkMarketQuantity(BigDecimal quantity) {
    checkQuantity(quantity);
    return marketLot == null ? quantity : Grid.check("MARKET_LOT_SIZE", "quantity", quantity,
        marketLot.minQty(), "minQty", marketLot.maxQty(), "maxQty", marketLot.stepSize(), "stepSize", symbol);
  }

  /**
   * Checks {@code price * quantity} of a limit order against {@code MIN_NOTIONAL} and {@code NOTIONAL}.
   *
   * @param price the order's price
   * @param quantity the order's quantity
   * @throws IllegalArgumentException naming the filter, the notional and the nearest valid quantity
   */
  public void checkNotional(BigDecimal price, BigDecimal quantity) {
    notional(price, quantity, false);
  }

  /**
   * Checks {@code averagePrice * quantity} of a MARKET order against the parts of {@code MIN_NOTIONAL}
   * and {@code NOTIONAL} that apply to MARKET orders ({@code applyToMarket}, {@code applyMinToMarket},
   * {@code applyMaxToMarket}).
   *
   * @param averagePrice the price Binance uses, e.g. {@code avgPrice(symbol).price()}
   * @param quantity the order's quantity
   * @throws IllegalArgumentException naming the filter, the notional and the nearest valid quantity
   */
  public void checkMarketNotional(BigDecimal averagePrice, BigDecimal quantity) {
    notional(averagePrice, quantity, true);
  }

  /**
   * Checks the {@code quoteOrderQty} of a MARKET order (the amount of the quote asset to spend or
   * receive, which is the order's notional): at most {@code quoteAssetPrecision} decimals, then the
   * parts of {@code MIN_NOTIONAL} and {@code NOTIONAL} that apply to MARKET orders.
   *
   * @param quoteOrderQty the quote-asset amount
   * @return {@code quoteOrderQty}
   * @throws IllegalArgumentException naming the rule, the amount and the nearest valid amount
   */
  public BigDecimal checkQuoteOrderQty(BigDecimal quoteOrderQty) {
    Grid.precision("quoteOrderQty", quoteOrderQty, quotePrecision, quotePrecisionName, symbol);
    if (minNotional != null && minNotional.applyToMarket()) {
      Grid.check("MIN_NOTIONAL", "quoteOrderQty", quoteOrderQty, minNotional.minNotional(), "minNotional",
          BigDecimal.ZERO, "", BigDecimal.ZERO, "", symbol);
    }
    if (notional != null) {
      Grid.check("NOTIONAL", "quoteOrderQty", quoteOrderQty,
          notional.applyMinToMarket() ? notional.minNotional() : BigDecimal.ZERO, "minNotional",
          notional.applyMaxToMarket() ? notional.maxNotional() : BigDecimal.ZERO, "maxNotional",
          BigDecimal.ZERO, "", symbol);
    }
    return quoteOrderQty;
  }

  private void notional(BigDecimal price, BigDecimal quantity, boolean market) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(quantity, "quantity");
    BigDecimal step = market ? marketStep() : stepSize().orElse(null);
    if (step == null) {
      step = BigDecimal.ONE.movePointLeft(basePrecision);
    }
    if (minNotional != null && (!market || minNotional.applyToMarket())) {
      Grid.notional("MIN_NOTIONAL", price, quantity, minNotional.minNotional(), null, step, symbol);
    }
    if (notional != null) {
      Grid.notional("NOTIONAL", price, quantity, !market || notional.applyMinToMarket() ? notional.minNotional() : null,
          !market || notional.applyMaxToMarket() ? notional.maxNotional() : null, step, symbol);
    }
  }

  private BigDecimal marketStep() {
    return marketLot != null && marketLot.stepSize().signum() > 0 ? marketLot.stepSize() : stepSize().orElse(null);
  }

  @Override
  public String toString() {
    return "SymbolRules{" + symbol + ", tickSize=" + tickSize().map(BigDecimal::toPlainString).orElse("none")
        + ", stepSize=" + stepSize().map(BigDecimal::toPlainString).orElse("none") + "}";
  }
}
