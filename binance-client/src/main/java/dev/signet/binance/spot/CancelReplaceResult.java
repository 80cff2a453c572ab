package dev.signet.binance.spot;

import dev.signet.core.internal.json.Required;

/**
 * What {@code POST /api/v3/order/cancelReplace} did, one record per outcome. Binance answers the
 * failures with HTTP 400 or 409 and {@code {"code":-2021|-2022,"msg":...,"data":{...}}}; those are
 * decoded here, never thrown, so a bot switches on the outcome. Errors of the call as a whole
 * (bad parameters, {@code -2011} from the cancel restrictions before anything ran, rate limits)
 * are still thrown as {@link dev.signet.binance.BinanceApiException}.
 *
 * <pre>{@code
 * switch (client.spot().trading().cancelReplace(replace)) {
 *   case CancelReplaceResult.Replaced r -> track(r.newOrder());
 *   case CancelReplaceResult.CancelFailed f -> log(f.cancelError());
 *   case CancelReplaceResult.CancelFailedNewPlaced p -> track(p.newOrder());
 *   case CancelReplaceResult.NewOrderFailed n -> log(n.newOrderError());
 *   case CancelReplaceResult.BothFailed b -> log(b.cancelError(), b.newOrderError());
 * }
 * }</pre>
 */
public sealed interface CancelReplaceResult {
  /**
   * Both halves succeeded (HTTP 200). Example: {@code r.newOrder().orderId()}.
   *
   * @param canceled the canceled order
   * @param newOrder the new order, in the response type asked for
   */
  record Replaced(CanceledOrder canceled, OrderResult newOrder) implements CancelReplaceResult {
    /**
     * Checks both parts are present.
     *
     * @param canceled the canceled order
     * @param newOrder the new order
     */
    public Replaced {
      Required.field(canceled, "cancelResponse");
      Required.field(newOrder, "newOrderResponse");
    }
  }

  /**
   * The cancel failed and the new order was not attempted ({@code STOP_ON_FAILURE}, {@code -2022}).
   * Example: {@code f.cancelError().code()}.
   *
   * @param code the call's error code ({@code -2022})
   * @param msg the call's message
   * @param cancelError why the cancel failed
   */
  record CancelFailed(int code, String msg, OrderError cancelError) implements CancelReplaceResult {
    /**
     * Checks the parts are present.
     *
     * @param code the call's error code
     * @param msg the call's message
     * @param cancelError why the cancel failed
     */
    public CancelFailed {
      Required.field(msg, "msg");
      Required.field(cancelError, "cancelResponse");
    }
  }

  /**
   * The cancel failed but the new order was placed ({@code ALLOW_FAILURE}, {@code -2021}): the old
   * order may still be live. Example: {@code p.newOrder().clientOrderId()}.
   *
   * @param code the call's error code ({@code -2021})
   * @param msg the call's message
   * @param cancelError why the cancel failed
   * @param newOrder the new order
   */
  record CancelFailedNewPlaced(int code, String msg, OrderError cancelError, OrderResult newOrder)
      implements CancelReplaceResult {
    /**
     * Checks the parts are present.
     *
     * @param code the call's error code
     * @param msg the call's message
     * @param cancelError why the cancel failed
     * @param newOrder the new order
     */
    public CancelFailedNewPlaced {
      Required.field(msg, "msg");
      Required.field(cancelError, "cancelResponse");
      Required.field(newOrder, "newOrderResponse");
    }
  }

  /**
   * The cancel succeeded and the new order failed ({@code -2021}), also when it was refused for
   * the unfilled-order count under {@code orderRateLimitExceededMode=CANCEL_ONLY}: the old order
   * is gone and nothing replaced it. Example: {@code n.canceled().orderId()}.
   *
   * @param code the call's error code ({@code -2021})
   * @param msg the call's message
   * @param canceled the canceled order
   * @param newOrderError why the new order failed
   */
  record NewOrderFailed(int code, String msg, CanceledOrder canceled, OrderError newOrderError)
      implements CancelReplaceResult {
    /**
     * Checks the parts are present.
     *
     * @param code the call's error code
     * @param msg the call's message
     * @param canceled the canceled order
     * @param newOrderError why the new order failed
     */
    public NewOrderFailed {
      Required.field(msg, "msg");
      Required.field(canceled, "cancelResponse");
      Required.field(newOrderError, "newOrderResponse");
    }
  }

  /**
   * Both halves failed ({@code ALLOW_FAILURE}, {@code -2022}). Example: {@code b.newOrderError().msg()}.
   *
   * @param code the call's error code ({@code -2022})
   * @param msg the call's message
   * @param cancelError why the cancel failed
   * @param newOrderError why the new order failed
   */
  record BothFailed(int code, String msg, OrderError cancelError, OrderError newOrderError)
      implements CancelReplaceResult {
    /**
     * Checks the parts are present.
     *
     * @param code the call's error code
     * @param msg the call's message
     * @param cancelError why the cancel failed
     * @param newOrderError why the new order failed
     */
    public BothFailed {
      Required.field(msg, "msg");
      Required.field(cancelError, "cancelResponse");
      Required.field(newOrderError, "newOrderResponse");
    }
  }
}
