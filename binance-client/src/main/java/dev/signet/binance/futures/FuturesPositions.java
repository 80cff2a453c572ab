package dev.signet.binance.futures;

import dev.signet.binance.futures.account.MultiAssetsMode;
import dev.signet.binance.futures.account.PositionMode;
import dev.signet.binance.futures.account.PositionRisk;
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
 * The USD-M Futures position reads ({@code /fapi}, USER_DATA): positions and the account's
 * position and Multi-Assets modes. Get it from {@code client.futures().positions()}. Every call is
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
}
