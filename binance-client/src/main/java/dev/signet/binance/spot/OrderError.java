package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * A Binance error reported for one half of a compound call (the {@code cancelResponse} or
 * {@code newOrderResponse} of a failed cancel-replace), not thrown.
 *
 * <pre>{@code
 * if (r instanceof CancelReplaceResult.NewOrderFailed f && f.newOrderError().code() == -2010) { ... }
 * }</pre>
 *
 * @param code Binance's error code, e.g. {@code -2011}
 * @param msg Binance's message
 */
public record OrderError(@JsonProperty(required = true) int code, String msg) {
  /**
   * Checks the message is present.
   *
   * @param code Binance's error code, e.g. {@code -2011}
   * @param msg Binance's message
   */
  public OrderError {
    Required.field(msg, "msg");
  }
}
