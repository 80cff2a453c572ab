package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One order as {@link FakeKraken} reads it from AddOrder's form (or an AddOrderBatch entry, or
 * EditOrder's replacement), checked the way Kraken checks it before anything is placed: arguments
 * first ({@code EGeneral:Invalid arguments:<name>}), then the pair's {@link KrakenPairRules} when it has
 * them (status, volume and price decimals, tick, {@code ordermin}, {@code costmin}).
 *
 * @param pair the pair, found by id, altname or wsname
 * @param sentPair the pair as sent, which the {@code descr.order} text repeats
 * @param buy true for {@code type=buy}
 * @param ordertype Kraken's order type, e.g. {@code stop-loss-limit}
 * @param volume the volume in base units
 * @param price the limit price (limit, iceberg) or trigger price (stop and take-profit types); null for market
 * @param price2 the limit price of a {@code *-limit} type after it triggers; null otherwise
 * @param displayvol the visible volume of an iceberg; null otherwise
 * @param post true for {@code oflags=post}
 * @param userref the client's integer tag, or null
 * @param clOrdId the client order id, or null
 * @param ioc true for {@code timeinforce=IOC}
 */
record KrakenTradeRequest(KrakenPairs.Pair pair, String sentPair, boolean buy, String ordertype, BigDecimal volume,
    BigDecimal price, BigDecimal price2, BigDecimal displayvol, boolean post, Integer userref, String clOrdId,
    boolean ioc) {
  /** The order types the fake models; Kraken's others answer {@code EGeneral:Invalid arguments:ordertype}. */
  static final Set<String> ORDER_TYPES =
      Set.of("market", "limit", "iceberg", "stop-loss", "take-profit", "stop-loss-limit", "take-profit-limit");

  private static final Set<String> FLAGS = Set.of("post", "fcib", "fciq", "nompp");
  private static final Pattern CLIENT_ID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}|[\\x20-\\x7E]{1,18}");

  /**
   * Reads and checks one order.
   * @param p the arguments, e.g. AddOrder's form fields; {@code pair} must be among them
   * @param pairs the fake's pairs
   * @param ledger the ledger, for the market price a market order's cost is checked at
   * @return the checked order
   * @throws KrakenError the first check that fails, with Kraken's error string
   */
  static KrakenTradeRequest read(Map<String, String> p, KrakenPairs pairs, Ledger ledger) throws KrakenError {
    String sentPair = KrakenTradeParams.required(p, "pair");
    KrakenPairs.Pair pair = pairs.find(sentPair).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
    Ledger.Market market = ledger.findMarket(pair.altname()).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
    String type = KrakenTradeParams.required(p, "type");
    if (!type.equals("buy") && !type.equals("sell")) {
      throw new KrakenError("EGeneral:Invalid arguments:type");
    }
    String ordertype = KrakenTradeParams.required(p, "ordertype");
    if (!ORDER_TYPES.contains(ordertype)) {
      throw new KrakenError("EGeneral:Invalid arguments:ordertype");
    }
    BigDecimal volume = KrakenTradeParams.positive(p, "volume");
    BigDecimal price = ordertype.equals("market") ? null : KrakenTradeParams.positive(p, "price");
    BigDecimal price2 = ordertype.endsWith("-limit") ? KrakenTradeParams.positive(p, "price2") : null;
    BigDecimal displayvol = null;
    if (ordertype.equals("iceberg")) {
      displayvol = KrakenTradeParams.positive(p, "displayvol");
      if (displayvol.multiply(BigDecimal.valueOf(15)).compareTo(volume) < 0 || displayvol.compareTo(volume) > 0) {
        throw new KrakenError("EGeneral:Invalid arguments:displayvol");
      }
    } else if (p.containsKey("displayvol")) {
      throw new KrakenError("EGeneral:Invalid arguments:displayvol");
    }
    boolean post = flags(p.get("oflags"), ordertype);
    Integer userref = userref(p.get("userref"));
    String clOrdId = p.get("cl_ord_id");
    if (clOrdId != null && (userref != null || !CLIENT_ID.matcher(clOrdId).matches())) {
      throw new KrakenError("EGeneral:Invalid arguments:cl_ord_id");
    }
    String tif = p.getOrDefault("timeinforce", "GTC");
    if (!tif.equals("GTC") && !tif.equals("IOC")) {
      throw new KrakenError("EGeneral:Invalid arguments:timeinforce");
    }
    if (p.containsKey("leverage") && !p.get("leverage").equals("none")) {
      throw new KrakenError("EGeneral:Invalid arguments:leverage");
    }
    KrakenTradeRequest r = new KrakenTradeRequest(pair, sentPair, type.equals("buy"), ordertype, volume, price, price2,
        displayvol, post, userref, clOrdId, tif.equals("IOC"));
    if (pair.rules() != null) {
      r.checkRules(pair.rules(), market.price());
    }
    return r;
  }

  /** True for a limit-like type whose price is the limit ({@code limit}, {@code iceberg}). */
  boolean rests() {
    return ordertype.equals("limit") || ordertype.equals("iceberg");
  }

  /** True for the stop-loss and take-profit types, which wait for their trigger price. */
  boolean triggered() {
    return ordertype.startsWith("stop-loss") || ordertype.startsWith("take-profit");
  }

  /** The limit the order trades at once working: the price of a limit or iceberg, price2 of a {@code *-limit}; null for market fills. */
  BigDecimal limit() {
    return rests() ? price : price2;
  }

  /** Kraken's {@code descr.order} text, e.g. {@code sell 1.00000000 XBTUSD @ stop loss 38000 -> limit 37900}. */
  String describe() {
    return describe(buy, volume, sentPair, ordertype, price, price2);
  }

  /**
   * Kraken's {@code descr.order} text for the given order.
   * @param buy true for a buy
   * @param volume the volume, written with 8 decimals
   * @param pair the pair name to write
   * @param ordertype Kraken's order type
   * @param price the price (limit or trigger), or null for market
   * @param price2 the limit after the trigger, or null
   * @return the text
   */
  static String describe(boolean buy, BigDecimal volume, String pair, String ordertype, BigDecimal price, BigDecimal price2) {
    String head = (buy ? "buy " : "sell ") + Ledger.plain(volume, 8) + " " + pair + " @ ";
    return head + switch (ordertype) {
      case "market" -> "market";
      case "limit", "iceberg" -> "limit " + price.toPlainString();
      default -> ordertype.replace("-limit", "").replace('-', ' ') + " " + price.toPlainString()
          + (price2 == null ? "" : " -> limit " + price2.toPlainString());
    };
  }

  private void checkRules(KrakenPairRules rules, BigDecimal marketPrice) throws KrakenError {
    boolean market = !rests() && !ordertype.endsWith("-limit");
    switch (rules.status()) {
      case "cancel_only" -> throw new KrakenError("EService:Market in cancel_only mode");
      case "post_only" -> {
        if (!rests() || !post) {
          throw new KrakenError("EService:Market in post_only mode");
        }
      }
      case "limit_only" -> {
        if (market) {
          throw new KrakenError("EService:Market in limit_only mode");
        }
      }
      case "reduce_only" -> throw new KrakenError("EService:Market in reduce_only mode");
      default -> { }
    }
    if (volume.stripTrailingZeros().scale() > rules.lotDecimals()) {
      throw new KrakenError("EGeneral:Invalid arguments:volume");
    }
    checkPrice(rules, price);
    checkPrice(rules, price2);
    if (volume.compareTo(rules.ordermin()) < 0) {
      throw new KrakenError("EOrder:Order minimum not met");
    }
    BigDecimal at = market ? marketPrice : limit() != null ? limit() : price;
    if (volume.multiply(at).compareTo(rules.costmin()) < 0) {
      throw new KrakenError("EOrder:Cost minimum not met");
    }
  }

  /**
   * Checks a price against the pair's decimals and tick.
   * @param rules the pair's rules, or null (nothing checked)
   * @param px the price, or null (nothing checked)
   * @throws KrakenError {@code EOrder:Invalid price} past {@code pair_decimals}, {@code EOrder:Tick size check failed} off the tick
   */
  static void checkPrice(KrakenPairRules rules, BigDecimal px) throws KrakenError {
    if (rules == null || px == null) {
      return;
    }
    if (px.stripTrailingZeros().scale() > rules.pairDecimals()) {
      throw new KrakenError("EOrder:Invalid price");
    }
    if (px.remainder(rules.tickSize()).signum() != 0) {
      throw new KrakenError("EOrder:Tick size check failed");
    }
  }

  private static boolean flags(String oflags, String ordertype) throws KrakenError {
    if (oflags == null || oflags.isEmpty()) {
      return false;
    }
    boolean post = false;
    for (String flag : oflags.split(",", -1)) {
      if (flag.equals("viqc")) {
        throw new KrakenError("EAPI:Feature disabled:viqc");
      }
      if (!FLAGS.contains(flag)) {
        throw new KrakenError("EGeneral:Invalid arguments:oflags");
      }
      post |= flag.equals("post");
    }
    if (post && !ordertype.equals("limit") && !ordertype.equals("iceberg")) {
      throw new KrakenError("EGeneral:Invalid arguments:oflags");
    }
    return post;
  }

  private static Integer userref(String text) throws KrakenError {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new KrakenError("EGeneral:Invalid arguments:userref");
    }
  }
}
