package dev.signet.kraken.internal;

import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.TimeInForce;
import java.math.BigDecimal;
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
  private static final Pattern UUID = Pattern.compile(
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
    if (!UUID.matcher(id).matches() && !freeText) {
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
   * @param price the price, or null
   * @param price2 the secondary price, or null
   * @param hasClientOrderId whether a client order id was set
   * @param hasUserref whether a userref was set
   * @param displayVolume the display volume, or null
   * @param timeInForce the time in force, or null
   * @param expireTime the expiry, or null
   * @throws IllegalArgumentException when a needed price is missing, both a client order id and a userref are set, a
   *     display volume is given for a non-iceberg order, or {@code GTD} has no expiry
   */
  public static void combination(OrderType type, boolean needsPrice, boolean needsPrice2, BigDecimal price, BigDecimal price2, boolean hasClientOrderId,
      boolean hasUserref, BigDecimal displayVolume, TimeInForce timeInForce, String expireTime) {
    if (needsPrice && price == null) {
      throw new IllegalArgumentException("ordertype " + type.wireValue() + " needs price; call price(...).");
    }
    if (needsPrice2 && price2 == null) {
      throw new IllegalArgumentException("ordertype " + type.wireValue() + " needs price2; call price2(...).");
    }
    if (hasClientOrderId && hasUserref) {
      throw new IllegalArgumentException("cl_ord_id and userref cannot both be set; Kraken accepts one of them.");
    }
    if (displayVolume != null && !OrderType.ICEBERG.equals(type)) {
      throw new IllegalArgumentException("displayvol applies only to iceberg orders.");
    }
    if (TimeInForce.GTD.equals(timeInForce) && expireTime == null) {
      throw new IllegalArgumentException("timeinforce GTD needs expiretm; call expireTime(...).");
    }
  }
}
