package dev.signet.binance.futures;

import static dev.signet.binance.internal.FuturesEndpoints.ASSET_INDEX;
import static dev.signet.binance.internal.FuturesEndpoints.BASIS;
import static dev.signet.binance.internal.FuturesEndpoints.CONSTITUENTS;
import static dev.signet.binance.internal.FuturesEndpoints.DELIVERY_PRICE;
import static dev.signet.binance.internal.FuturesEndpoints.GLOBAL_LONG_SHORT_ACCOUNT_RATIO;
import static dev.signet.binance.internal.FuturesEndpoints.INDEX_INFO;
import static dev.signet.binance.internal.FuturesEndpoints.INSURANCE_BALANCE;
import static dev.signet.binance.internal.FuturesEndpoints.OPEN_INTEREST_HIST;
import static dev.signet.binance.internal.FuturesEndpoints.SYMBOL_ADL_RISK;
import static dev.signet.binance.internal.FuturesEndpoints.TAKER_LONG_SHORT_RATIO;
import static dev.signet.binance.internal.FuturesEndpoints.TOP_LONG_SHORT_ACCOUNT_RATIO;
import static dev.signet.binance.internal.FuturesEndpoints.TOP_LONG_SHORT_POSITION_RATIO;
import static dev.signet.binance.internal.FuturesEndpoints.TRADING_SCHEDULE;

import dev.signet.binance.futures.market.AdlRisk;
import dev.signet.binance.futures.market.AssetIndex;
import dev.signet.binance.futures.market.Basis;
import dev.signet.binance.futures.market.CompositeIndex;
import dev.signet.binance.futures.market.DeliveryPrice;
import dev.signet.binance.futures.market.IndexConstituents;
import dev.signet.binance.futures.market.InsuranceBalance;
import dev.signet.binance.futures.market.LongShortRatio;
import dev.signet.binance.futures.market.OpenInterestStat;
import dev.signet.binance.futures.market.StatsQuery;
import dev.signet.binance.futures.market.TakerVolume;
import dev.signet.binance.futures.market.TradingSchedule;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * Binance USD-M Futures index data and statistics (security NONE unless noted): ADL risk, asset and
 * composite indexes, index constituents, insurance funds and the TradFi trading schedule on
 * {@code /fapi/v1}; open interest history, long/short ratios, taker volume, basis and delivery prices
 * on {@code /futures/data} (weight 0 on REQUEST_WEIGHT; Binance caps them at 1000 requests per 5
 * minutes per IP, which the limiter does not count). Get it from {@code client.futures().market().data()}.
 * Symbols and pairs are checked before anything is sent. Stateless and thread-safe.
 *
 * <pre>{@code
 * FuturesData data = client.futures().market().data();
 * List<LongShortRatio> ratios = data.globalLongShortAccountRatio(StatsQuery.symbol("BTCUSDT", StatsPeriod.ONE_HOUR).build());
 * }</pre>
 */
public final class FuturesData {
  private static final Decoder<AdlRisk> ADL = Decoder.of(AdlRisk.class);
  private static final Decoder<List<AdlRisk>> ADLS = Decoder.listOf(AdlRisk.class);
  private static final Decoder<AssetIndex> ASSET = Decoder.of(AssetIndex.class);
  private static final Decoder<List<AssetIndex>> ASSETS = Decoder.listOf(AssetIndex.class);
  private static final Decoder<List<CompositeIndex>> COMPOSITES = Decoder.listOf(CompositeIndex.class);
  private static final Decoder<IndexConstituents> CONSTITUENTS_OF = Decoder.of(IndexConstituents.class);
  private static final Decoder<InsuranceBalance> FUND = Decoder.of(InsuranceBalance.class);
  private static final Decoder<List<InsuranceBalance>> FUNDS = Decoder.listOf(InsuranceBalance.class);
  private static final Decoder<TradingSchedule> SCHEDULE = Decoder.of(TradingSchedule.class);
  private static final Decoder<List<OpenInterestStat>> INTEREST = Decoder.listOf(OpenInterestStat.class);
  private static final Decoder<List<LongShortRatio>> RATIOS = Decoder.listOf(LongShortRatio.class);
  private static final Decoder<List<TakerVolume>> TAKERS = Decoder.listOf(TakerVolume.class);
  private static final Decoder<List<Basis>> BASES = Decoder.listOf(Basis.class);
  private static final Decoder<List<DeliveryPrice>> DELIVERIES = Decoder.listOf(DeliveryPrice.class);

  private final FuturesCalls calls;

  FuturesData(FuturesCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /**
   * {@code GET /fapi/v1/symbolAdlRisk?symbol=…}: the symbol's ADL risk rating. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the rating
   */
  public AdlRisk adlRisk(String symbol) {
    return calls.call(SYMBOL_ADL_RISK, FuturesCalls.symbol(symbol), ADL);
  }

  /**
   * {@code GET /fapi/v1/symbolAdlRisk}: the ADL risk rating of every symbol. Weight 1.
   *
   * @return the ratings, one per symbol
   */
  public List<AdlRisk> adlRisks() {
    return calls.call(SYMBOL_ADL_RISK, Params.empty(), ADLS);
  }

  /**
   * {@code GET /fapi/v1/assetIndex?symbol=…}: the multi-assets mode index of an asset pair. Weight 1.
   *
   * @param symbol the asset pair, e.g. {@code ADAUSD}
   * @return the asset index
   */
  public AssetIndex assetIndex(String symbol) {
    return calls.call(ASSET_INDEX, FuturesCalls.symbol(symbol), ASSET);
  }

  /**
   * {@code GET /fapi/v1/assetIndex}: every asset index. Weight 10.
   *
   * @return the asset indexes
   */
  public List<AssetIndex> assetIndexes() {
    return calls.call(ASSET_INDEX, Params.empty(), ASSETS);
  }

  /**
   * {@code GET /fapi/v1/indexInfo}: every composite index and its base assets. Weight 1.
   *
   * @return the composite indexes
   */
  public List<CompositeIndex> indexInfo() {
    return calls.call(INDEX_INFO, Params.empty(), COMPOSITES);
  }

  /**
   * {@code GET /fapi/v1/indexInfo?symbol=…}: one composite index (Binance answers a list of one). Weight 1.
   *
   * @param symbol the index symbol, e.g. {@code DEFIUSDT}
   * @return the composite index, in a list
   */
  public List<CompositeIndex> indexInfo(String symbol) {
    return calls.call(INDEX_INFO, FuturesCalls.symbol(symbol), COMPOSITES);
  }

  /**
   * {@code GET /fapi/v1/constituents?symbol=…}: the exchange prices in the symbol's index. Weight 2.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the constituents
   */
  public IndexConstituents constituents(String symbol) {
    return calls.call(CONSTITUENTS, FuturesCalls.symbol(symbol), CONSTITUENTS_OF);
  }

  /**
   * {@code GET /fapi/v1/insuranceBalance?symbol=…}: the insurance fund covering the symbol. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the fund
   */
  public InsuranceBalance insuranceBalance(String symbol) {
    return calls.call(INSURANCE_BALANCE, FuturesCalls.symbol(symbol), FUND);
  }

  /**
   * {@code GET /fapi/v1/insuranceBalance}: every insurance fund. Weight 1.
   *
   * @return the funds
   */
  public List<InsuranceBalance> insuranceBalances() {
    return calls.call(INSURANCE_BALANCE, Params.empty(), FUNDS);
  }

  /**
   * {@code GET /fapi/v1/tradingSchedule}: the sessions of the TradFi perpetuals' underlying markets. Weight 5.
   *
   * @return the schedule
   */
  public TradingSchedule tradingSchedule() {
    return calls.call(TRADING_SCHEDULE, Params.empty(), SCHEDULE);
  }

  /**
   * {@code GET /futures/data/openInterestHist}: open interest by period. Weight 0.
   *
   * @param query a {@link StatsQuery#symbol symbol} query
   * @return the periods, oldest first
   */
  public List<OpenInterestStat> openInterestHist(StatsQuery query) {
    return bySymbol(OPEN_INTEREST_HIST, query, "openInterestHist", INTEREST);
  }

  /**
   * {@code GET /futures/data/topLongShortAccountRatio}: the long/short account ratio of the top 20%
   * traders by margin, sent with the API key (MARKET_DATA). Weight 0.
   *
   * @param query a {@link StatsQuery#symbol symbol} query
   * @return the periods, oldest first
   */
  public List<LongShortRatio> topLongShortAccountRatio(StatsQuery query) {
    return bySymbol(TOP_LONG_SHORT_ACCOUNT_RATIO, query, "topLongShortAccountRatio", RATIOS);
  }

  /**
   * {@code GET /futures/data/topLongShortPositionRatio}: the long/short position ratio of the top 20%
   * traders by margin, sent with the API key (MARKET_DATA). Weight 0.
   *
   * @param query a {@link StatsQuery#symbol symbol} query
   * @return the periods, oldest first
   */
  public List<LongShortRatio> topLongShortPositionRatio(StatsQuery query) {
    return bySymbol(TOP_LONG_SHORT_POSITION_RATIO, query, "topLongShortPositionRatio", RATIOS);
  }

  /**
   * {@code GET /futures/data/globalLongShortAccountRatio}: the long/short account ratio of all traders. Weight 0.
   *
   * @param query a {@link StatsQuery#symbol symbol} query
   * @return the periods, oldest first
   */
  public List<LongShortRatio> globalLongShortAccountRatio(StatsQuery query) {
    return bySymbol(GLOBAL_LONG_SHORT_ACCOUNT_RATIO, query, "globalLongShortAccountRatio", RATIOS);
  }

  /**
   * {@code GET /futures/data/takerlongshortRatio}: taker buy and sell volume. Weight 0.
   *
   * @param query a {@link StatsQuery#symbol symbol} query
   * @return the periods, oldest first
   */
  public List<TakerVolume> takerLongShortRatio(StatsQuery query) {
    return bySymbol(TAKER_LONG_SHORT_RATIO, query, "takerlongshortRatio", TAKERS);
  }

  /**
   * {@code GET /futures/data/basis}: the basis of one contract type of a pair. Weight 0.
   *
   * @param query a {@link StatsQuery#basis basis} query
   * @return the periods, oldest first
   */
  public List<Basis> basis(StatsQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.pair() == null) {
      throw new IllegalArgumentException("basis takes a pair and a contract type;"
          + " build the query with StatsQuery.basis(pair, contractType, period).");
    }
    return calls.call(BASIS, query.toParams(), BASES);
  }

  /**
   * {@code GET /futures/data/delivery-price?pair=…}: the settlement prices of the pair's delivery contracts. Weight 0.
   *
   * @param pair the pair, e.g. {@code BTCUSDT}
   * @return the settlements
   */
  public List<DeliveryPrice> deliveryPrices(String pair) {
    return calls.call(DELIVERY_PRICE, FuturesCalls.pair(pair), DELIVERIES);
  }

  private <T> List<T> bySymbol(Endpoint endpoint, StatsQuery query, String name, Decoder<List<T>> decoder) {
    Objects.requireNonNull(query, "query");
    if (query.symbol() == null) {
      throw new IllegalArgumentException(name + " takes a symbol; build the query with StatsQuery.symbol(symbol, period).");
    }
    return calls.call(endpoint, query.toParams(), decoder);
  }
}
