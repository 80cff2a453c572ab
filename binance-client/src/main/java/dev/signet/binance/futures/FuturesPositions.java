package dev.signet.binance.futures;

import dev.signet.binance.futures.account.AdlQuantile;
import dev.signet.binance.futures.account.MarginChange;
import dev.signet.binance.futures.account.MarginChangeQuery;
import dev.signet.binance.futures.account.MultiAssetsMode;
import dev.signet.binance.futures.account.PositionMode;
import dev.signet.binance.futures.account.PositionRisk;
import dev.signet.binance.futures.account.PositionRiskV2;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The USD-M Futures position reads ({@code /fapi}, USER_DATA): positions (v3, and v2 with leverage
 * and margin type), ADL quantiles, isolated-margin changes and the account's position and
 * Multi-Assets modes. Get it from {@code client.futures().positions()}. Every call is
 * signed; symbols are checked ({@code ^[A-Z0-9-_.]{1,20}$}) before anything is sent. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * FuturesPositions positions = client.futures().positions();
 * boolean hedge = positions.positionMode().dualSidePosition();
 * List<PositionRisk> btc = positions.positionRisk("BTCUSDT");
 * }</pre>
 */
public final class FuturesPositions {
  private static final Decoder<List<PositionRisk>> RISK = Decoder.listOf(PositionRisk.class);
  private static final Decoder<PositionMode> MODE = Decoder.of(PositionMode.class);
  private static final Decoder<MultiAssetsMode> MULTI = Decoder.of(MultiAssetsMode.class);
  private static final Decoder<List<PositionRiskV2>> RISK_V2 = Decoder.listOf(PositionRiskV2.class);
  private static final Decoder<List<AdlQuantile>> ADL = Decoder.listOf(AdlQuantile.class);
  private static final Decoder<List<MarginChange>> CHANGES = Decoder.listOf(MarginChange.class);

  private final BinanceHost host;

  FuturesPositions(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  private <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  /**
   * {@code GET /fapi/v3/positionRisk}: the positions of every symbol with a position or open orders. Weight 5.
   *
   * @return the positions, empty when there are none
   */
  public List<PositionRisk> positionRisk() {
    return call(FuturesEndpoints.POSITION_RISK_V3, Params.empty(), RISK);
  }

  /**
   * {@code GET /fapi/v3/positionRisk?symbol=…}: the positions of one symbol ({@code BOTH} in one-way
   * mode, {@code LONG} and {@code SHORT} in hedge mode). Weight 5.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the positions of {@code symbol}, empty when it has neither a position nor open orders
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public List<PositionRisk> positionRisk(String symbol) {
    return call(FuturesEndpoints.POSITION_RISK_V3, Params.of("symbol", Symbols.check("symbol", symbol)), RISK);
  }

  /**
   * {@code GET /fapi/v1/positionSide/dual}: hedge or one-way mode, for every symbol. Weight 30.
   *
   * @return the position mode
   */
  public PositionMode positionMode() {
    return call(FuturesEndpoints.POSITION_SIDE_DUAL, Params.empty(), MODE);
  }

  /**
   * {@code GET /fapi/v1/multiAssetsMargin}: Multi-Assets or Single-Asset mode. Weight 30.
   *
   * @return the Multi-Assets mode
   */
  public MultiAssetsMode multiAssetsMode() {
    return call(FuturesEndpoints.MULTI_ASSETS_MARGIN, Params.empty(), MULTI);
  }

  /**
   * {@code GET /fapi/v2/positionRisk}: every symbol's positions with leverage and margin type. Weight 5.
   * Prefer {@link #positionRisk()}.
   *
   * @return the positions of every symbol
   */
  public List<PositionRiskV2> positionRiskV2() {
    return call(FuturesEndpoints.POSITION_RISK_V2, Params.empty(), RISK_V2);
  }

  /**
   * {@code GET /fapi/v2/positionRisk?symbol=…}: one symbol's positions with leverage and margin type. Weight 5.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the positions of {@code symbol}
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public List<PositionRiskV2> positionRiskV2(String symbol) {
    return call(FuturesEndpoints.POSITION_RISK_V2, Params.of("symbol", Symbols.check("symbol", symbol)), RISK_V2);
  }

  /**
   * {@code GET /fapi/v1/adlQuantile}: the ADL quantiles of every symbol with a position. Weight 5.
   *
   * @return one entry per symbol
   */
  public List<AdlQuantile> adlQuantiles() {
    return call(FuturesEndpoints.ADL_QUANTILE, Params.empty(), ADL);
  }

  /**
   * {@code GET /fapi/v1/adlQuantile?symbol=…}: the ADL quantiles of one symbol. Weight 5.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the entries Binance lists for {@code symbol}
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public List<AdlQuantile> adlQuantile(String symbol) {
    return call(FuturesEndpoints.ADL_QUANTILE, Params.of("symbol", Symbols.check("symbol", symbol)), ADL);
  }

  /**
   * {@code GET /fapi/v1/positionMargin/history}: one symbol's isolated-margin changes, at most 30 days back. Weight 1.
   *
   * @param query the symbol, direction, window and page size
   * @return the changes, empty when there are none
   */
  public List<MarginChange> marginChanges(MarginChangeQuery query) {
    return call(FuturesEndpoints.POSITION_MARGIN_HISTORY, Objects.requireNonNull(query, "query").toParams(), CHANGES);
  }
}
