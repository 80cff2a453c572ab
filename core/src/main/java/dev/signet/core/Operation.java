package dev.signet.core;

import dev.signet.core.internal.Checks;
import java.util.Objects;
import okio.ByteString;

/**
 * One call, complete and immutable: the endpoint-table row, the parameters (or a JSON body), the
 * decoder of the answer and, for an order, its client order id. Typed calls and escape hatches
 * both build one and hand it to the client's single executor, which encodes it once, rate-limits,
 * signs, sends, decodes and retries it; no caller builds the HTTP request itself.
 *
 * <p>The operation owns its {@link Params}: build them for the call and do not change them
 * afterwards.
 *
 * <pre>{@code
 * Operation<Account> op = Operation.of(SpotEndpoints.ACCOUNT, Params.empty(), Decoder.of(Account.class));
 * Operation<JsonNode> batch = Operation.json(KrakenEndpoints.ADD_ORDER_BATCH, jsonBytes, Decoder.tree());
 * }</pre>
 *
 * @param endpoint the endpoint-table row
 * @param params the parameters in sending order (query for GET/DELETE, form body for POST/PUT)
 * @param jsonBody a JSON body sent instead of a form body, or null
 * @param decoder turns the answer's value into {@code T}
 * @param clientOrderId the id an unknown order outcome names, for {@link Endpoint.Kind#ORDER} calls; else null
 * @param <T> the decoded type
 */
public record Operation<T>(Endpoint endpoint, Params params, ByteString jsonBody, Decoder<T> decoder,
    String clientOrderId) {

  /**
   * Checks the fields.
   *
   * @param endpoint the endpoint called
   * @param params the request parameters
   * @param jsonBody the JSON body sent as is, or null for a form or query call
   * @param decoder the decoder for the response body
   * @param clientOrderId the client order id named when the outcome is unknown, or null
   */
  public Operation {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(decoder, "decoder");
    if (jsonBody != null && !params.isEmpty()) {
      throw new IllegalArgumentException(endpoint + ": an operation sends either params or a JSON body, not both.");
    }
  }

  /**
   * A call with {@code params}.
   *
   * @param <T> the type of the decoded response
   * @param endpoint the endpoint called
   * @param params the request parameters
   * @param decoder the decoder for the response body
   * @return a call with {@code params}
   */
  public static <T> Operation<T> of(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return new Operation<>(endpoint, params, null, decoder, null);
  }

  /**
   * A call whose body is {@code json}, sent and signed byte for byte ({@code Content-Type: application/json}).
   *
   * @param <T> the type of the decoded response
   * @param endpoint the endpoint called
   * @param json the JSON body, sent as is
   * @param decoder the decoder for the response body
   * @return a call whose body is {@code json}, sent and signed byte for byte ({@code Content-Type: application/json})
   */
  public static <T> Operation<T> json(Endpoint endpoint, ByteString json, Decoder<T> decoder) {
    return new Operation<>(endpoint, Params.empty(), Objects.requireNonNull(json, "json"), decoder, null);
  }

  /**
   * The same call naming {@code id} when its outcome is unknown.
   *
   * @param id the client order id
   * @return the same call naming {@code id} when its outcome is unknown
   */
  public Operation<T> withClientOrderId(String id) {
    return new Operation<>(endpoint, params, jsonBody, decoder, id);
  }

  /**
   * The weight this call costs, from the endpoint's row and these parameters.
   *
   * @return the weight this call costs, from the endpoint's row and these parameters
   */
  public int weight() {
    return endpoint.weightOf(params);
  }

  /** {@code POST /api/v3/order}: the endpoint, never the parameters (they may hold ids the logs need not carry). */
  @Override
  public String toString() {
    return "Operation{" + endpoint + (clientOrderId == null ? "" : ", clientOrderId=" + clientOrderId) + "}";
  }
}
