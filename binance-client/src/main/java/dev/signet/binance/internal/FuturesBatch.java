package dev.signet.binance.internal;

import dev.signet.binance.futures.trade.BatchOutcome;
import dev.signet.core.Decoder;
import dev.signet.core.Params;
import dev.signet.core.SignetJson;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * USD-M futures batches, written once: the JSON-array parameters Binance takes
 * ({@code batchOrders=[{...},...]}, {@code orderIdList=[1,2]}, {@code origClientOrderIdList=["a","b"]}),
 * compact and in the items' parameter order, encoded here and sent as one form value — the encoder
 * percent-encodes it and the signer signs exactly those bytes — and the mixed answers, each element
 * an answer or a {@code {code,msg}} error. Not API.
 *
 * <pre>{@code
 * Params p = Params.of("batchOrders", FuturesBatch.objects(List.of(order.toParams())));
 * // batchOrders=[{"symbol":"BTCUSDT","side":"BUY",...}]
 * }</pre>
 */
public final class FuturesBatch {
  private FuturesBatch() {}

  /**
   * A JSON array of objects, one per item, each with its parameters as string properties in order.
   *
   * @param items the items' parameters
   * @return the compact JSON text
   */
  public static String objects(List<Params> items) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = SignetJson.mapper().createGenerator(out)) {
      g.writeStartArray();
      for (Params item : items) {
        g.writeStartObject();
        for (int i = 0; i < item.size(); i++) {
          g.writeStringProperty(item.key(i), item.value(i));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    return out.toString();
  }

  /**
   * A JSON array of numbers, e.g. {@code [1234,5678]}.
   *
   * @param ids the numbers
   * @return the compact JSON text
   */
  public static String numbers(List<Long> ids) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = SignetJson.mapper().createGenerator(out)) {
      g.writeStartArray();
      for (long id : ids) {
        g.writeNumber(id);
      }
      g.writeEndArray();
    }
    return out.toString();
  }

  /**
   * A JSON array of strings, e.g. {@code ["a","b"]}.
   *
   * @param texts the strings
   * @return the compact JSON text
   */
  public static String strings(List<String> texts) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = SignetJson.mapper().createGenerator(out)) {
      g.writeStartArray();
      for (String t : texts) {
        g.writeString(t);
      }
      g.writeEndArray();
    }
    return out.toString();
  }

  /**
   * Checks a batch's size: 1 to {@code max} items.
   *
   * @param items the items
   * @param max the largest batch Binance takes
   * @param name what the items are, for the message
   * @param <T> the item type
   * @return {@code items}, copied
   */
  public static <T> List<T> sized(List<T> items, int max, String name) {
    List<T> copy = List.copyOf(items);
    if (copy.isEmpty() || copy.size() > max) {
      throw new IllegalArgumentException(name + " takes 1 to " + max + " items, got " + copy.size()
          + "; split the batch.");
    }
    return copy;
  }

  /**
   * Decodes a batch answer: a JSON array whose elements are each a {@code type} or a
   * {@code {code,msg}} error; a failure names the element, e.g. {@code [1].orderId}.
   *
   * @param type the answer of an element that succeeded
   * @param <T> its type
   * @return the decoder
   */
  public static <T> Decoder<List<BatchOutcome<T>>> outcomes(Class<T> type) {
    return Decoder.tree().map(node -> {
      if (!node.isArray()) {
        throw new IllegalArgumentException("expected a JSON array, found " + node.getNodeType());
      }
      List<BatchOutcome<T>> out = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        JsonNode e = node.get(i);
        String at = "[" + i + "].";
        if (e.isObject() && e.has("code") && e.has("msg") && e.size() == 2) {
          out.add(new BatchOutcome.Failed<>(SpotOrderDecoders.as(e.get("code"), Integer.class, at + "code"),
              SpotOrderDecoders.as(e.get("msg"), String.class, at + "msg")));
        } else {
          out.add(new BatchOutcome.Done<>(SpotOrderDecoders.as(e, type, at)));
        }
      }
      return List.copyOf(out);
    });
  }
}
