package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * The answer to {@code DELETE /fapi/v1/algoOrder}: which algo order was cancelled, with Binance's
 * status code and message ({@code "200"}, {@code "success"}).
 *
 * <pre>{@code
 * CanceledAlgoOrder c = client.futures().trading().cancelAlgoOrder(AlgoOrderRef.byId(3000000000000001L));
 * }</pre>
 *
 * @param algoId Binance's algo id
 * @param clientAlgoId the client id
 * @param code Binance's status code, e.g. {@code 200}
 * @param msg Binance's message, e.g. {@code success}
 */
public record CanceledAlgoOrder(@JsonProperty(required = true) long algoId, String clientAlgoId, String code, String msg) {
  /**
   * Checks the fields every answer sends.
   *
   * @param algoId Binance's algo id
   * @param clientAlgoId the client id
   * @param code Binance's status code
   * @param msg Binance's message
   */
  public CanceledAlgoOrder {
    Required.field(clientAlgoId, "clientAlgoId");
    Required.field(code, "code");
    Required.field(msg, "msg");
  }
}
