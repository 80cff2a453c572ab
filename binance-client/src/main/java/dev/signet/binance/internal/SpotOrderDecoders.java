package dev.signet.binance.internal;

import dev.signet.binance.spot.CancelReplaceResult;
import dev.signet.binance.spot.CanceledOpenOrders;
import dev.signet.binance.spot.CanceledOrder;
import dev.signet.binance.spot.OrderError;
import dev.signet.binance.spot.OrderFull;
import dev.signet.binance.spot.OrderList;
import dev.signet.binance.spot.OrderResult;
import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.json.Required;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The spot trading answers that are not one record: FULL orders (state plus required fills),
 * cancel-replace (its success body and its {@code -2021}/{@code -2022} error data), the mixed list
 * {@code DELETE /api/v3/openOrders} answers. Failures name the field, e.g.
 * {@code data.cancelResponse.orderId}. Not API.
 *
 * <pre>{@code
 * Operation.of(SpotEndpoints.NEW_ORDER, params, SpotOrderDecoders.ORDER_FULL);
 * }</pre>
 */
public final class SpotOrderDecoders {
  /** A FULL new-order answer. */
  public static final Decoder<OrderFull> ORDER_FULL = Decoder.tree().map(n -> full(n, ""));

  /** A cancel-replace answer: the 2xx body and the error data both. */
  public static final ErrorDataDecoder<CancelReplaceResult> CANCEL_REPLACE = new ErrorDataDecoder<>() {
    @Override
    public CancelReplaceResult decode(JsonParser parser) {
      return cancelReplace(0, null, SignetJson.mapper().readTree(parser), "");
    }

    @Override
    public CancelReplaceResult decodeError(int httpStatus, int code, String msg, JsonNode data) {
      return cancelReplace(code, msg, data, "data.");
    }
  };

  /** {@code DELETE /api/v3/openOrders}: single orders and order lists, told apart by {@code orderReports}. */
  public static final Decoder<CanceledOpenOrders> CANCELED_OPEN = Decoder.tree().map(SpotOrderDecoders::canceledOpen);

  /** A placed order list ({@code POST /api/v3/orderList/*}, RESULT): {@code orderReports} is required. */
  public static final Decoder<OrderList<OrderResult>> PLACED_LIST = reportedList(OrderResult.class);

  /** A cancelled order list ({@code DELETE /api/v3/orderList}): {@code orderReports} is required. */
  public static final Decoder<OrderList<CanceledOrder>> CANCELED_LIST = reportedList(CanceledOrder.class);

  private static final JavaType CANCELED_LIST_TYPE = listType(CanceledOrder.class);

  private SpotOrderDecoders() {}

  private static JavaType listType(Class<?> report) {
    return SignetJson.mapper().getTypeFactory().constructParametricType(OrderList.class, report);
  }

  private static <R> Decoder<OrderList<R>> reportedList(Class<R> report) {
    JavaType type = listType(report);
    return Decoder.tree().map(n -> reported(n, type, ""));
  }

  /** {@code node} as an order list whose {@code orderReports} the docs always send (the trading answers). */
  private static <R> OrderList<R> reported(JsonNode node, JavaType type, String at) {
    JsonNode reports = node.get("orderReports");
    if (reports == null || reports.isNull()) {
      throw new IllegalArgumentException(Required.message(at + "orderReports"));
    }
    return as(node, type, at);
  }

  private static CanceledOpenOrders canceledOpen(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected a JSON array, found " + node.getNodeType());
    }
    List<CanceledOrder> orders = new ArrayList<>();
    List<OrderList<CanceledOrder>> lists = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode e = node.get(i);
      if (e.has("orderReports")) {
        lists.add(reported(e, CANCELED_LIST_TYPE, "[" + i + "]."));
      } else {
        orders.add(as(e, CanceledOrder.class, "[" + i + "]."));
      }
    }
    return new CanceledOpenOrders(orders, lists);
  }

  /** {@code node} as an {@code OrderFull}; {@code at} prefixes field names in errors. */
  static OrderFull full(JsonNode node, String at) {
    OrderResult order = as(node, OrderResult.class, at);
    JsonNode fills = node.get("fills");
    if (fills == null || fills.isNull()) {
      throw new IllegalArgumentException(Required.message(at + "fills"));
    }
    return new OrderFull(order, order.fills());
  }

  /**
   * {@code node} decoded as {@code type}; a failure names the field under {@code at}.
   *
   * @param node the JSON value
   * @param type the record type
   * @param at the path of {@code node}, e.g. {@code data.cancelResponse.} ({@code ""} at the top)
   * @param <T> the record type
   * @return the decoded value
   */
  public static <T> T as(JsonNode node, Class<T> type, String at) {
    return as(node, SignetJson.mapper().constructType(type), at);
  }

  private static <T> T as(JsonNode node, JavaType type, String at) {
    String field = at.endsWith(".") ? at.substring(0, at.length() - 1) : at;
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new IllegalArgumentException(Required.message(field.isEmpty() ? type.getRawClass().getSimpleName() : field));
    }
    try {
      return SignetJson.mapper().treeToValue(node, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("at " + field + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("at " + field + ": " + e.getMessage(), e);
    }
  }

  private static CancelReplaceResult cancelReplace(int code, String msg, JsonNode body, String at) {
    boolean cancelOk = success(body, "cancelResult", at);
    String newResult = text(body, "newOrderResult", at);
    JsonNode cancel = body.get("cancelResponse");
    JsonNode placed = body.get("newOrderResponse");
    String c = at + "cancelResponse.";
    String n = at + "newOrderResponse.";
    if (msg == null) {
      if (!cancelOk || !newResult.equals("SUCCESS")) {
        throw new IllegalArgumentException("a 2xx cancel-replace answer has cancelResult and newOrderResult SUCCESS,"
            + " found " + text(body, "cancelResult", at) + " and " + newResult);
      }
      return new CancelReplaceResult.Replaced(as(cancel, CanceledOrder.class, c), as(placed, OrderResult.class, n));
    }
    if (cancelOk) {
      return new CancelReplaceResult.NewOrderFailed(code, msg, as(cancel, CanceledOrder.class, c), as(placed, OrderError.class, n));
    }
    OrderError cancelError = as(cancel, OrderError.class, c);
    return switch (newResult) {
      case "NOT_ATTEMPTED" -> new CancelReplaceResult.CancelFailed(code, msg, cancelError);
      case "SUCCESS" -> new CancelReplaceResult.CancelFailedNewPlaced(code, msg, cancelError, as(placed, OrderResult.class, n));
      case "FAILURE" -> new CancelReplaceResult.BothFailed(code, msg, cancelError, as(placed, OrderError.class, n));
      default -> throw new IllegalArgumentException(at + "newOrderResult '" + newResult
          + "' is none of SUCCESS, FAILURE, NOT_ATTEMPTED");
    };
  }

  private static boolean success(JsonNode body, String field, String at) {
    String value = text(body, field, at);
    if (!value.equals("SUCCESS") && !value.equals("FAILURE")) {
      throw new IllegalArgumentException(at + field + " '" + value + "' is neither SUCCESS nor FAILURE");
    }
    return value.equals("SUCCESS");
  }

  private static String text(JsonNode body, String field, String at) {
    JsonNode v = body == null ? null : body.get(field);
    if (v == null || !v.isString()) {
      throw new IllegalArgumentException(Required.message(at + field));
    }
    return v.asString();
  }
}
