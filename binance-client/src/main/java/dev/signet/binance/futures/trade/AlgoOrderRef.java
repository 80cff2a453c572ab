package dev.signet.binance.futures.trade;

import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.core.Params;

/**
 * Which USD-M futures algo order a cancel or a query is about: by Binance's {@code algoId} or by
 * your {@code clientAlgoId} (exactly one is sent).
 *
 * <pre>{@code
 * AlgoOrderRef ref = AlgoOrderRef.byClientId(stop.clientAlgoId());
 * }</pre>
 *
 * @param algoId Binance's algo id, or null
 * @param clientAlgoId the client id, or null
 */
public record AlgoOrderRef(Long algoId, String clientAlgoId) {
  /**
   * Checks exactly one id is given.
   *
   * @param algoId Binance's algo id, or null
   * @param clientAlgoId the client id, or null
   */
  public AlgoOrderRef {
    if ((algoId == null) == (clientAlgoId == null)) {
      throw new IllegalArgumentException("give exactly one of algoId and clientAlgoId.");
    }
    if (algoId != null && algoId <= 0) {
      throw new IllegalArgumentException("algoId must be positive, was " + algoId + ".");
    }
    if (clientAlgoId != null) {
      BinanceOrderIds.check(clientAlgoId, "clientAlgoId");
    }
  }

  /**
   * The algo order with Binance's id {@code algoId}.
   *
   * @param algoId Binance's algo id
   * @return the reference
   */
  public static AlgoOrderRef byId(long algoId) {
    return new AlgoOrderRef(algoId, null);
  }

  /**
   * The algo order with client id {@code clientAlgoId}.
   *
   * @param clientAlgoId the client id
   * @return the reference
   */
  public static AlgoOrderRef byClientId(String clientAlgoId) {
    return new AlgoOrderRef(null, clientAlgoId);
  }

  /**
   * The parameter it is sent as: {@code algoId} or {@code clientAlgoId}.
   *
   * @return the parameters
   */
  public Params toParams() {
    return algoId != null ? Params.empty().add("algoId", algoId) : Params.of("clientAlgoId", clientAlgoId);
  }
}
