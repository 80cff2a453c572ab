package dev.signet.kraken.internal;

import dev.signet.core.Params;
import dev.signet.kraken.market.PairRules;
import dev.signet.kraken.market.PreflightException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The order pre-flight against one pair's rules: the pair's status, price decimals and tick,
 * volume decimals, the minimum volume and the minimum cost, checked on the AddOrder parameters as
 * they will be sent. Each refusal is a {@link PreflightException} naming the parameter, the rule
 * with its value, the error Kraken would answer and the nearest valid value(s). Relative prices
 * ({@code +}, {@code -}, {@code #} prefixes) have only their number checked against the price
 * decimals; percentages ({@code %} suffix) are not checked. With {@code oflags=viqc} the volume is in
 * the quote asset, so the volume rules are left to Kraken. Not API.
 *
 * <pre>{@code
 * PairChecks.check(rules, order.toParams());
 * }</pre>
 */
public final class PairChecks {
  /** What Kraken answers for a price with too many decimals or off the tick. */
  public static final String INVALID_PRICE = "EOrder:Invalid price";
  /** What Kraken answers for a volume with too many decimals. */
  public static final String INVALID_VOLUME = "EGeneral:Invalid arguments:volume";
  /** What Kraken answers for a volume below {@code ordermin}. */
  public static final String ORDER_MINIMUM = "EOrder:Order minimum not met";
  /** What Kraken answers for a cost below {@code costmin}. */
  public static final String COST_MINIMUM = "EOrder:Cost minimum not met";

  private PairChecks() {}

  /**
   * Refuses the order when Kraken would refuse it by {@code rules}.
   *
   * @param rules the pair's rules
   * @param p the AddOrder parameters as they will be sent
   * @throws PreflightException when a rule is broken
   */
  public static void check(PairRules rules, Params p) {
    String type = p.get("ordertype");
    List<String> flags = p.get("oflags") == null ? List.of() : Arrays.asList(p.get("oflags").split(","));
    status(rules, type, flags, "true".equals(p.get("reduce_only")));
    BigDecimal price = price(rules, "price", p.get("price"));
    price(rules, "price2", p.get("price2"));
    if (flags.contains("viqc")) {
      return;
    }
    BigDecimal volume = volume(rules, "volume", p.get("volume"));
    volume(rules, "displayvol", p.get("displayvol"));
    if (volume == null || volume.signum() == 0) {
      return;
    }
    minimum(rules, "volume", volume);
    boolean limit = "limit".equals(type) || "iceberg".equals(type);
    if (limit && price != null && price.multiply(volume).compareTo(rules.costmin()) < 0) {
      BigDecimal least = rules.costmin().divide(price, rules.lotDecimals(), RoundingMode.CEILING).max(rules.ordermin());
      throw new PreflightException("volume", COST_MINIMUM, "price x volume = " + price.toPlainString() + " x "
          + volume.toPlainString() + " = " + price.multiply(volume).toPlainString() + " is below " + name(rules)
          + "'s costmin=" + rules.costmin().toPlainString() + "; Kraken would answer " + COST_MINIMUM
          + ". Nearest valid: volume " + least.toPlainString() + " at this price. Not sent.");
    }
  }

  /**
   * Refuses an amend or edit whose new prices or volumes Kraken would refuse by {@code rules}: each
   * price's decimals and tick, the volumes' decimals and the new volume's {@code ordermin}. The
   * order's type and status are not known here, so those rules (and {@code costmin}) are left to Kraken.
   *
   * @param rules the pair's rules
   * @param p the request's parameters as they will be sent
   * @param volume the name of the new volume, e.g. {@code order_qty}
   * @param display the name of the new display volume, e.g. {@code display_qty}
   * @param prices the names of the new prices, e.g. {@code limit_price}
   * @throws PreflightException when a rule is broken
   */
  public static void checkChange(PairRules rules, Params p, String volume, String display, String... prices) {
    for (String name : prices) {
      price(rules, name, p.get(name));
    }
    if (p.get("oflags") != null && Arrays.asList(p.get("oflags").split(",")).contains("viqc")) {
      return;
    }
    BigDecimal v = volume(rules, volume, p.get(volume));
    volume(rules, display, p.get(display));
    if (v != null) {
      minimum(rules, volume, v);
    }
  }

  private static void minimum(PairRules rules, String parameter, BigDecimal volume) {
    if (volume.compareTo(rules.ordermin()) < 0) {
      throw new PreflightException(parameter, ORDER_MINIMUM, parameter + " " + volume.toPlainString() + " is below "
          + name(rules) + "'s ordermin=" + rules.ordermin().toPlainString() + "; Kraken would answer " + ORDER_MINIMUM
          + ". Nearest valid: " + rules.ordermin().toPlainString() + ". Not sent.");
    }
  }

  private static void status(PairRules rules, String type, List<String> flags, boolean reduceOnly) {
    String refusal = switch (rules.status()) {
      case "cancel_only" -> "pair|EService:Market in cancel_only mode|takes only cancels; wait until it is online"
          + " (kraken.rules().refresh() reloads the status)";
      case "post_only" -> "limit".equals(type) && flags.contains("post") ? null
          : "oflags|EService:Market in post_only mode|takes only limit orders with oflags=post; send a limit order"
          + " with OrderFlag.POST_ONLY";
      case "limit_only" -> !"market".equals(type) ? null
          : "ordertype|a refusal (Kraken documents no error string for limit_only)|takes only limit orders; send"
          + " ordertype limit";
      case "reduce_only" -> reduceOnly ? null
          : "reduce_only|a refusal (Kraken documents no error string for reduce_only)|takes only orders that reduce a"
          + " position; set reduceOnly(true)";
      default -> null;
    };
    if (refusal != null) {
      String[] part = refusal.split("\\|");
      throw new PreflightException(part[0], part[1], part[0] + ": " + name(rules) + " has status " + rules.status()
          + " and " + part[2] + "; Kraken would answer " + part[1] + ". Not sent.");
    }
  }

  /** The absolute price checked (null for none or a relative price, whose number is checked for decimals only). */
  private static BigDecimal price(PairRules rules, String parameter, String text) {
    if (text == null || text.endsWith("%")) {
      return null;
    }
    boolean relative = text.startsWith("+") || text.startsWith("-") || text.startsWith("#");
    BigDecimal value = number(parameter, relative ? text.substring(1) : text);
    if (decimals(value) > rules.pairDecimals()) {
      BigDecimal down = value.setScale(rules.pairDecimals(), RoundingMode.FLOOR);
      BigDecimal up = value.setScale(rules.pairDecimals(), RoundingMode.CEILING);
      if (!relative) {
        down = rules.roundPrice(value, RoundingMode.FLOOR);
        up = rules.roundPrice(value, RoundingMode.CEILING);
      }
      throw new PreflightException(parameter, INVALID_PRICE, parameter + " " + text + " has " + decimals(value)
          + " decimals but " + name(rules) + " allows pair_decimals=" + rules.pairDecimals() + "; Kraken would answer "
          + INVALID_PRICE + ". Nearest valid: " + nearest(text, relative, down, up) + ". Not sent.");
    }
    if (relative) {
      return null;
    }
    if (value.remainder(rules.tickSize()).signum() != 0) {
      throw new PreflightException(parameter, INVALID_PRICE, parameter + " " + text + " is not a multiple of "
          + name(rules) + "'s tick_size=" + rules.tickSize().toPlainString() + "; Kraken would answer " + INVALID_PRICE
          + " (the error list also names EOrder:Tick size check failed). Nearest valid: "
          + nearest(text, false, rules.roundPrice(value, RoundingMode.FLOOR), rules.roundPrice(value, RoundingMode.CEILING))
          + ". Not sent.");
    }
    return value;
  }

  private static BigDecimal volume(PairRules rules, String parameter, String text) {
    if (text == null) {
      return null;
    }
    BigDecimal value = number(parameter, text);
    if (decimals(value) > rules.lotDecimals()) {
      throw new PreflightException(parameter, INVALID_VOLUME, parameter + " " + text + " has " + decimals(value)
          + " decimals but " + name(rules) + " allows lot_decimals=" + rules.lotDecimals() + "; Kraken would answer "
          + INVALID_VOLUME + ". Nearest valid: " + nearest(text, false, value.setScale(rules.lotDecimals(),
          RoundingMode.FLOOR), value.setScale(rules.lotDecimals(), RoundingMode.CEILING)) + ". Not sent.");
    }
    return value;
  }

  private static BigDecimal number(String parameter, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(parameter + " '" + text + "' is not a decimal number; pass e.g. 37500.5.");
    }
  }

  private static int decimals(BigDecimal value) {
    return Math.max(value.stripTrailingZeros().scale(), 0);
  }

  private static String nearest(String text, boolean relative, BigDecimal down, BigDecimal up) {
    String prefix = relative ? text.substring(0, 1) : "";
    return prefix + down.toPlainString() + " or " + prefix + up.toPlainString();
  }

  private static String name(PairRules rules) {
    return rules.altname() + " (" + rules.id() + ")";
  }
}
