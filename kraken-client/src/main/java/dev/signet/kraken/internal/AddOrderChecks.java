package dev.signet.kraken.internal;

import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.TimeInForce;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The checks an {@code AddOrder} builder makes: the form of a client order id, and, in
 * {@code build()}, that the order's parts fit together. Each refusal is an
 * {@link IllegalArgumentException} naming the parameter and the fix. Not API.
 *
 * <pre>{@code
 * this.clientOrderId = AddOrderChecks.clientOrderId(id);
 * }</pre>
 */
public final class AddOrderChecks {
  private static final Pattern UUID_TEXT = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}");

  private AddOrderChecks() {}

  /**
   * {@code id} when Kraken takes it as a {@code cl_ord_id}: a UUID (with or without dashes) or 1 to 18 printable ASCII characters.
   *
   * @param id the client order id
   * @return {@code id}
   * @throws IllegalArgumentException when the id is blank, or neither a UUID nor short printable ASCII
   */
  public static String clientOrderId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("cl_ord_id is empty; pass an id, or do not call clientOrderId().");
    }
    boolean freeText = id.length() <= 18 && id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    if (!UUID_TEXT.matcher(id).matches() && !freeText) {
      throw new IllegalArgumentException("cl_ord_id '" + id + "' is neither a UUID nor at most 18"
          + " printable ASCII characters; shorten it or use a UUID.");
    }
    return id;
  }

  /**
   * Refuses an order whose parts do not fit together.
   *
   * @param type the order type
   * @param needsPrice whether the type needs {@code price}
   * @param needsPrice2 whether the type needs {@code price2}
   * @param f the order's fields
   * @throws IllegalArgumentException when a needed price is missing, both a client order id and a userref are set, a
   *     display volume is given for a non-iceberg order, or {@code GTD} has no expiry
   */
  public static void combination(OrderType type, boolean needsPrice, boolean needsPrice2, OrderFields f) {
    if (needsPrice && !f.has("price")) {
      throw new IllegalArgumentException("ordertype " + type.wireValue() + " needs price; call price(...).");
    }
    if (needsPrice2 && !f.has("price2")) {
      throw new IllegalArgumentException("ordertype " + type.wireValue() + " needs price2; call price2(...).");
    }
    if (f.has("cl_ord_id") && f.has("userref")) {
      throw new IllegalArgumentException("cl_ord_id and userref cannot both be set; Kraken accepts one of them.");
    }
    if (f.has("displayvol") && !OrderType.ICEBERG.equals(type)) {
      throw new IllegalArgumentException("displayvol applies only to iceberg orders.");
    }
    if (TimeInForce.GTD.wireValue().equals(f.value("timeinforce")) && !f.has("expiretm")) {
      throw new IllegalArgumentException("timeinforce GTD needs expiretm; call expireTime(...).");
    }
  }

  /**
   * {@code leverage} when it is not blank.
   *
   * @param leverage the leverage, e.g. {@code "2:1"}
   * @return {@code leverage}
   * @throws IllegalArgumentException when {@code leverage} is null or blank
   */
  public static String leverage(String leverage) {
    if (leverage == null || leverage.isBlank()) {
      throw new IllegalArgumentException("leverage is empty; pass e.g. \"2:1\", or do not call leverage().");
    }
    return leverage;
  }

  /**
   * The client order id an order sends: the one given, none with a userref or when the caller asked for none, else a
   * new random UUID.
   *
   * @param f the order's fields
   * @param withoutClientOrderId whether the caller asked for no id
   * @return the id to send, or null
   */
  public static String idToSend(OrderFields f, boolean withoutClientOrderId) {
    String given = f.value("cl_ord_id");
    return given != null || f.has("userref") || withoutClientOrderId ? given : UUID.randomUUID().toString();
  }
}
