package dev.signet.kraken.internal;

import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.trading.AmendOrderResult;
import dev.signet.kraken.trading.BatchOrderResult;
import dev.signet.kraken.trading.CancelAllOrdersAfterResult;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.EditOrderResult;
import dev.signet.kraken.trading.OrderDescription;
import dev.signet.kraken.trading.WebSocketsToken;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The trading decoders that are more than {@code Decoder.of(record)}: AddOrderBatch's per-order
 * answers (a placed order, a validated one or an error string), CancelAllOrdersAfter's RFC 3339
 * times, the WebSocket token and CancelOrderBatch's count. Each failure names the field (e.g.
 * {@code orders[1].descr}), which the executor reports as a {@code MalformedResponseException}
 * with the endpoint. Not API.
 *
 * <pre>{@code
 * Decoder<List<BatchOrderResult>> d = TradingDecoders.batch(3, false);
 * }</pre>
 */
public final class TradingDecoders {
  /** CancelOrder's and CancelAll's answer. */
  public static final Decoder<CancelOrderResult> CANCEL = Decoder.of(CancelOrderResult.class);
  /** AmendOrder's answer. */
  public static final Decoder<AmendOrderResult> AMEND = Decoder.of(AmendOrderResult.class);
  /** EditOrder's answer. */
  public static final Decoder<EditOrderResult> EDIT = Decoder.of(EditOrderResult.class);
  /** CancelOrderBatch's {@code {"count": n}}. */
  public static final Decoder<Integer> COUNT = Decoder.tree().map(n -> Math.toIntExact(Decoder.requireLong(n, "count")));
  /** CancelAllOrdersAfter's {@code currentTime} and {@code triggerTime} ({@code "0"} when off). */
  public static final Decoder<CancelAllOrdersAfterResult> DEAD_MAN = Decoder.tree().map(n ->
      new CancelAllOrdersAfterResult(instant(n, "currentTime").orElseThrow(
          () -> new IllegalArgumentException("field 'currentTime' is \"0\"")), instant(n, "triggerTime")));
  /** GetWebSocketsToken's token and lifetime. */
  public static final Decoder<WebSocketsToken> TOKEN = Decoder.tree().map(n -> new WebSocketsToken(
      text(n, "token", "token"), Duration.ofSeconds(Decoder.requireLong(n, "expires"))));

  private static final Decoder<JsonNode> TREE = Decoder.tree();

  private TradingDecoders() {}

  /**
   * AddOrderBatch's {@code {"orders": [...]}}: one answer per order sent, in the order sent; an
   * entry with {@code error} is {@link BatchOrderResult.Rejected}, else its {@code descr} is
   * required and, unless only validated, its {@code txid}.
   *
   * @param sent how many orders were sent; another number of answers is malformed
   * @param validated true when the batch was sent with {@code validate=true} (no txids)
   * @return the decoder
   */
  public static Decoder<List<BatchOrderResult>> batch(int sent, boolean validated) {
    return TREE.map(n -> {
      JsonNode orders = n.get("orders");
      if (orders == null || !orders.isArray()) {
        throw new IllegalArgumentException("field 'orders' is " + (orders == null ? "missing" : "not an array: " + orders));
      }
      if (orders.size() != sent) {
        throw new IllegalArgumentException("field 'orders' has " + orders.size() + " entries for the " + sent
            + " orders sent");
      }
      List<BatchOrderResult> out = new ArrayList<>(sent);
      for (int i = 0; i < sent; i++) {
        JsonNode e = orders.get(i);
        String at = "orders[" + i + "]";
        if (!e.isObject()) {
          throw new IllegalArgumentException("field '" + at + "' is not an object: " + e);
        }
        if (e.has("error") && !e.get("error").isNull()) {
          out.add(new BatchOrderResult.Rejected(text(e, "error", at + ".error")));
          continue;
        }
        OrderDescription descr = description(e.get("descr"), at + ".descr");
        out.add(validated ? new BatchOrderResult.Validated(descr)
            : new BatchOrderResult.Placed(text(e, "txid", at + ".txid"), descr));
      }
      return List.copyOf(out);
    });
  }

  private static OrderDescription description(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException(Required.message(at));
    }
    try {
      return SignetJson.mapper().treeToValue(node, OrderDescription.class);
    } catch (JacksonException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      throw new IllegalArgumentException("at " + at + ": " + (cause == e ? e.getOriginalMessage() : cause.getMessage()), e);
    }
  }

  /** The non-blank string member {@code field} of {@code n}, named {@code name} in the message. */
  private static String text(JsonNode n, String field, String name) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw new IllegalArgumentException("field '" + name + "' is " + (v == null ? "missing" : "not a non-blank string: " + v));
    }
    return v.asString();
  }

  /** An RFC 3339 member; {@code "0"} (Kraken's "not set") is empty. */
  private static Optional<Instant> instant(JsonNode n, String field) {
    String t = text(n, field, field);
    if (t.equals("0")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(t));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("field '" + field + "' is not an RFC 3339 time: " + t, e);
    }
  }
}
