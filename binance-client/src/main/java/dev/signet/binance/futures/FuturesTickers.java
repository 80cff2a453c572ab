package dev.signet.binance.futures;

import static dev.signet.binance.internal.FuturesEndpoints.FUNDING_INFO;
import static dev.signet.binance.internal.FuturesEndpoints.FUNDING_RATE;
import static dev.signet.binance.internal.FuturesEndpoints.PREMIUM_INDEX;
import static dev.signet.binance.internal.FuturesEndpoints.TICKER_24H;
import static dev.signet.binance.internal.FuturesEndpoints.TICKER_BOOK;
import static dev.signet.binance.internal.FuturesEndpoints.TICKER_PRICE;

import dev.signet.binance.futures.market.FundingInfo;
import dev.signet.binance.futures.market.FundingRate;
import dev.signet.binance.futures.market.FundingRateQuery;
import dev.signet.binance.futures.market.FuturesBookTicker;
import dev.signet.binance.futures.market.FuturesPriceTicker;
import dev.signet.binance.futures.market.FuturesTicker24h;
import dev.signet.binance.futures.market.MarkPrice;
import dev.signet.core.Decoder;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * Binance USD-M Futures tickers, mark prices and funding ({@code /fapi}, security NONE): 24-hour
 * statistics, latest prices (the v2 ticker; the deprecated v1 one is left out), best bid and ask,
 * mark price and funding rate, funding history and adjusted funding bounds. Each ticker comes for one
 * symbol (lighter) or for every symbol (heavier: the weight is the table's, by {@code symbol}). Get it
 * from {@code client.futures().market().tickers()}. Symbols are checked before anything is sent.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * FuturesTickers tickers = client.futures().market().tickers();
 * BigDecimal mark = tickers.markPrice("BTCUSDT").markPrice();
 * List<FuturesBookTicker> tops = tickers.bookTickers();
 * }</pre>
 */
public final class FuturesTickers {
  private static final Decoder<MarkPrice> MARK = Decoder.of(MarkPrice.class);
  private static final Decoder<List<MarkPrice>> MARKS = Decoder.listOf(MarkPrice.class);
  private static final Decoder<List<FundingRate>> RATES = Decoder.listOf(FundingRate.class);
  private static final Decoder<List<FundingInfo>> INFOS = Decoder.listOf(FundingInfo.class);
  private static final Decoder<FuturesTicker24h> T24 = Decoder.of(FuturesTicker24h.class);
  private static final Decoder<List<FuturesTicker24h>> T24S = Decoder.listOf(FuturesTicker24h.class);
  private static final Decoder<FuturesPriceTicker> PRICE = Decoder.of(FuturesPriceTicker.class);
  private static final Decoder<List<FuturesPriceTicker>> PRICES = Decoder.listOf(FuturesPriceTicker.class);
  private static final Decoder<FuturesBookTicker> BOOK_TOP = Decoder.of(FuturesBookTicker.class);
  private static final Decoder<List<FuturesBookTicker>> BOOK_TOPS = Decoder.listOf(FuturesBookTicker.class);

  private final FuturesCalls calls;

  FuturesTickers(FuturesCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /**
   * {@code GET /fapi/v1/premiumIndex?symbol=…}: mark price, index price and funding rate. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the mark price and funding rate
   */
  public MarkPrice markPrice(String symbol) {
    return calls.call(PREMIUM_INDEX, FuturesCalls.symbol(symbol), MARK);
  }

  /**
   * {@code GET /fapi/v1/premiumIndex}: the mark prices of every symbol. Weight 10.
   *
   * @return the mark prices, one per symbol
   */
  public List<MarkPrice> markPrices() {
    return calls.call(PREMIUM_INDEX, Params.empty(), MARKS);
  }

  /**
   * {@code GET /fapi/v1/fundingRate}: funding rate history, oldest first. Weight 0 (shares 500
   * requests per 5 minutes per IP with {@link #fundingInfo()}, which the limiter does not count).
   *
   * @param query the optional symbol, time range and limit
   * @return the funding rates, oldest first
   */
  public List<FundingRate> fundingRates(FundingRateQuery query) {
    return calls.call(FUNDING_RATE, Objects.requireNonNull(query, "query").toParams(), RATES);
  }

  /**
   * {@code GET /fapi/v1/fundingInfo}: the symbols whose funding cap, floor or interval was adjusted.
   * Weight 0 (shares the 500 per 5 minutes of {@link #fundingRates}).
   *
   * @return the adjusted symbols' funding bounds
   */
  public List<FundingInfo> fundingInfo() {
    return calls.call(FUNDING_INFO, Params.empty(), INFOS);
  }

  /**
   * {@code GET /fapi/v1/ticker/24hr?symbol=…}: 24-hour statistics. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the statistics
   */
  public FuturesTicker24h ticker24h(String symbol) {
    return calls.call(TICKER_24H, FuturesCalls.symbol(symbol), T24);
  }

  /**
   * {@code GET /fapi/v1/ticker/24hr}: the statistics of every symbol. Weight 40.
   *
   * @return the statistics, one per symbol
   */
  public List<FuturesTicker24h> tickers24h() {
    return calls.call(TICKER_24H, Params.empty(), T24S);
  }

  /**
   * {@code GET /fapi/v2/ticker/price?symbol=…}: the latest price. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the latest price
   */
  public FuturesPriceTicker priceTicker(String symbol) {
    return calls.call(TICKER_PRICE, FuturesCalls.symbol(symbol), PRICE);
  }

  /**
   * {@code GET /fapi/v2/ticker/price}: the latest price of every symbol. Weight 2.
   *
   * @return the latest prices, one per symbol
   */
  public List<FuturesPriceTicker> priceTickers() {
    return calls.call(TICKER_PRICE, Params.empty(), PRICES);
  }

  /**
   * {@code GET /fapi/v1/ticker/bookTicker?symbol=…}: the best bid and ask (RPI orders excluded). Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the best bid and ask
   */
  public FuturesBookTicker bookTicker(String symbol) {
    return calls.call(TICKER_BOOK, FuturesCalls.symbol(symbol), BOOK_TOP);
  }

  /**
   * {@code GET /fapi/v1/ticker/bookTicker}: the best bid and ask of every symbol. Weight 5.
   *
   * @return the best bids and asks, one per symbol
   */
  public List<FuturesBookTicker> bookTickers() {
    return calls.call(TICKER_BOOK, Params.empty(), BOOK_TOPS);
  }
}
