package dev.signet.binance.spot;

import static dev.signet.binance.internal.SpotEndpoints.TICKER_24H;
import static dev.signet.binance.internal.SpotEndpoints.TICKER_BOOK;
import static dev.signet.binance.internal.SpotEndpoints.TICKER_PRICE;
import static dev.signet.binance.internal.SpotEndpoints.TICKER_ROLLING;
import static dev.signet.binance.internal.SpotEndpoints.TICKER_TRADING_DAY;

import dev.signet.binance.internal.Symbols;
import dev.signet.binance.spot.market.BookTicker;
import dev.signet.binance.spot.market.MiniTicker;
import dev.signet.binance.spot.market.PriceTicker;
import dev.signet.binance.spot.market.Ticker24h;
import dev.signet.binance.spot.market.WindowSize;
import dev.signet.binance.spot.market.WindowTicker;
import dev.signet.core.Decoder;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * Binance Spot tickers ({@code /api/v3/ticker…}, security NONE): 24-hour, trading-day and
 * rolling-window statistics, latest prices and the best bid and ask, for one symbol or a list
 * (sent as Binance's JSON-array {@code symbols}). Get it from {@code client.spot().market().tickers()}.
 * Symbols are checked as in {@link SpotMarket} before anything is sent. Stateless and thread-safe.
 *
 * <pre>{@code
 * SpotTickers tickers = client.spot().market().tickers();
 * BigDecimal last = tickers.priceTicker("BTCUSDT").price();
 * List<WindowTicker> fourHours = tickers.rollingTickers(List.of("BTCUSDT", "ETHBTC"), WindowSize.hours(4));
 * }</pre>
 */
public final class SpotTickers {
  private static final int MAX_SYMBOLS = 100;
  private static final Decoder<Ticker24h> T24 = Decoder.of(Ticker24h.class);
  private static final Decoder<List<Ticker24h>> T24S = Decoder.listOf(Ticker24h.class);
  private static final Decoder<MiniTicker> MINI = Decoder.of(MiniTicker.class);
  private static final Decoder<List<MiniTicker>> MINIS = Decoder.listOf(MiniTicker.class);
  private static final Decoder<WindowTicker> WINDOW = Decoder.of(WindowTicker.class);
  private static final Decoder<List<WindowTicker>> WINDOWS = Decoder.listOf(WindowTicker.class);
  private static final Decoder<PriceTicker> PRICE = Decoder.of(PriceTicker.class);
  private static final Decoder<List<PriceTicker>> PRICES = Decoder.listOf(PriceTicker.class);
  private static final Decoder<BookTicker> BOOK_TOP = Decoder.of(BookTicker.class);
  private static final Decoder<List<BookTicker>> BOOK_TOPS = Decoder.listOf(BookTicker.class);

  private final MarketCalls calls;

  SpotTickers(MarketCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /**
   * {@code GET /api/v3/ticker/24hr?symbol=…}: 24-hour statistics ({@code FULL}). Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BNBBTC}
   * @return the statistics
   */
  public Ticker24h ticker24h(String symbol) {
    return calls.call(TICKER_24H, MarketCalls.symbol(symbol), T24);
  }

  /**
   * {@code GET /api/v3/ticker/24hr?symbols=[…]}. Weight 2 up to 20 symbols, 40 to 100, 80 beyond.
   *
   * @param symbols one or more symbols
   * @return the statistics, one per symbol
   */
  public List<Ticker24h> ticker24h(List<String> symbols) {
    return calls.call(TICKER_24H, Symbols.addSymbols(Params.empty(), symbols, Integer.MAX_VALUE), T24S);
  }

  /**
   * {@code GET /api/v3/ticker/24hr?symbol=…&type=MINI}: 24-hour statistics without the change fields. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BNBBTC}
   * @return the statistics
   */
  public MiniTicker miniTicker24h(String symbol) {
    return calls.call(TICKER_24H, MarketCalls.symbol(symbol).add("type", "MINI"), MINI);
  }

  /**
   * {@code GET /api/v3/ticker/24hr?symbols=[…]&type=MINI}. Weight as {@link #ticker24h(List)}.
   *
   * @param symbols one or more symbols
   * @return the statistics, one per symbol
   */
  public List<MiniTicker> miniTicker24h(List<String> symbols) {
    return calls.call(TICKER_24H, Symbols.addSymbols(Params.empty(), symbols, Integer.MAX_VALUE).add("type", "MINI"), MINIS);
  }

  /**
   * {@code GET /api/v3/ticker/tradingDay?symbol=…[&timeZone=…]}: statistics of the trading day. Weight 4.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param timeZone the day's time zone (hours or hh:mm, -12:00 to +14:00), or null for UTC
   * @return the statistics
   */
  public WindowTicker tradingDayTicker(String symbol, String timeZone) {
    return calls.call(TICKER_TRADING_DAY, MarketCalls.timeZone(MarketCalls.symbol(symbol), timeZone), WINDOW);
  }

  /**
   * {@code GET /api/v3/ticker/tradingDay?symbols=[…][&timeZone=…]}. Weight 4 per symbol, at most 200.
   *
   * @param symbols 1 to 100 symbols
   * @param timeZone the day's time zone, or null for UTC
   * @return the statistics, one per symbol
   */
  public List<WindowTicker> tradingDayTickers(List<String> symbols, String timeZone) {
    return calls.call(TICKER_TRADING_DAY, MarketCalls.timeZone(Symbols.addSymbols(Params.empty(), symbols, MAX_SYMBOLS), timeZone),
        WINDOWS);
  }

  /**
   * {@code GET /api/v3/ticker?symbol=…&windowSize=…}: rolling-window statistics. Weight 4.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param windowSize the window, e.g. {@code WindowSize.hours(4)}
   * @return the statistics
   */
  public WindowTicker rollingTicker(String symbol, WindowSize windowSize) {
    return calls.call(TICKER_ROLLING, MarketCalls.symbol(symbol).add("windowSize", Objects.requireNonNull(windowSize, "windowSize")),
        WINDOW);
  }

  /**
   * {@code GET /api/v3/ticker?symbols=[…]&windowSize=…}. Weight 4 per symbol, at most 200.
   *
   * @param symbols 1 to 100 symbols
   * @param windowSize the window, e.g. {@code WindowSize.days(7)}
   * @return the statistics, one per symbol
   */
  public List<WindowTicker> rollingTickers(List<String> symbols, WindowSize windowSize) {
    return calls.call(TICKER_ROLLING, Symbols.addSymbols(Params.empty(), symbols, MAX_SYMBOLS)
        .add("windowSize", Objects.requireNonNull(windowSize, "windowSize")), WINDOWS);
  }

  /**
   * {@code GET /api/v3/ticker/price?symbol=…}: the latest price. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code LTCBTC}
   * @return the latest price
   */
  public PriceTicker priceTicker(String symbol) {
    return calls.call(TICKER_PRICE, MarketCalls.symbol(symbol), PRICE);
  }

  /**
   * {@code GET /api/v3/ticker/price?symbols=[…]}. Weight 4.
   *
   * @param symbols one or more symbols
   * @return the latest prices, one per symbol
   */
  public List<PriceTicker> priceTickers(List<String> symbols) {
    return calls.call(TICKER_PRICE, Symbols.addSymbols(Params.empty(), symbols, Integer.MAX_VALUE), PRICES);
  }

  /**
   * {@code GET /api/v3/ticker/bookTicker?symbol=…}: the best bid and ask. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code LTCBTC}
   * @return the best bid and ask
   */
  public BookTicker bookTicker(String symbol) {
    return calls.call(TICKER_BOOK, MarketCalls.symbol(symbol), BOOK_TOP);
  }

  /**
   * {@code GET /api/v3/ticker/bookTicker?symbols=[…]}. Weight 4.
   *
   * @param symbols one or more symbols
   * @return the best bids and asks, one per symbol
   */
  public List<BookTicker> bookTickers(List<String> symbols) {
    return calls.call(TICKER_BOOK, Symbols.addSymbols(Params.empty(), symbols, Integer.MAX_VALUE), BOOK_TOPS);
  }
}
