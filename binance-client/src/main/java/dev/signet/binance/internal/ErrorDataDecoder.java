package dev.signet.binance.internal;

import dev.signet.core.Decoder;
import tools.jackson.databind.JsonNode;

/**
 * A decoder that also turns a Binance error carrying {@code data}
 * ({@code {"code":-2021,"msg":...,"data":{...}}}, as cancel-replace answers its failures) into a
 * value instead of an exception. {@link BinanceResponses} is the one place that reads such a body
 * and hands it here; a failure to decode it is a malformed response, like any decode failure. Not API.
 *
 * <pre>{@code
 * ErrorDataDecoder<CancelReplaceResult> d = SpotOrderDecoders.CANCEL_REPLACE;
 * }</pre>
 *
 * @param <T> the decoded type
 */
public interface ErrorDataDecoder<T> extends Decoder<T> {
  /**
   * The value for a non-2xx answer whose body is a Binance error with a {@code data} object.
   *
   * @param httpStatus the HTTP status
   * @param code Binance's error code
   * @param msg Binance's message
   * @param data the {@code data} object
   * @return the decoded value
   */
  T decodeError(int httpStatus, int code, String msg, JsonNode data);
}
