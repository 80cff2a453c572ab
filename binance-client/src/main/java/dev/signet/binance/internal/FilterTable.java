package dev.signet.binance.internal;

import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.spot.market.ExchangeFilter;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.core.internal.json.ExpectedNames;
import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * The one table of documented {@code exchangeInfo} filters: each {@code filterType} with its record,
 * its fields (name and kind, in the record's component order) and its constructor, and the
 * streaming read of a filter's fields off the parser with that table. Spot's filters (and the
 * exchange filters) in one table; USD-M Futures' in a second, whose {@code PRICE_FILTER},
 * {@code LOT_SIZE} and {@code MARKET_LOT_SIZE} are Spot's rows wrapped in
 * {@link FuturesFilter.Shared} and whose other rows are the futures-only records. Reads what Jackson's record
 * decoding with {@code SignetJson} reads (decimals as strings or numbers, integers as numbers or
 * integer strings, unknown fields skipped, any order, every primitive required) and reports a
 * failure inside a field with the field in the path, a missing primitive naming it, and a missing
 * or null decimal as the record's constructor words it. Not API.
 *
 * <p>Example: {@code SymbolFilter f = FilterTable.read(FilterTable.spec("LOT_SIZE"), p, ctxt);}
 */
final class FilterTable {
  /**
   * One documented filter: {@code type} the record Jackson would decode (named in failures),
   * {@code kinds} one letter per field, D decimal, I int, B boolean, S string; {@code make} builds
   * the filter ({@code F}, Spot's {@link SymbolFilter} or {@link FuturesFilter}) from the values.
   */
  record Spec<F>(Class<?> type, String kinds, String[] names, ExpectedNames fields, Function<Object[], F> make) {}

  private static final Map<String, Spec<SymbolFilter>> SPECS = new LinkedHashMap<>();
  private static final Map<String, Spec<FuturesFilter>> FUTURES = new LinkedHashMap<>();

  static {
    add("PRICE_FILTER", SymbolFilter.PriceFilter.class, "DDD", a -> new SymbolFilter.PriceFilter(d(a, 0), d(a, 1), d(a, 2)),
        "minPrice", "maxPrice", "tickSize");
    add("PERCENT_PRICE", SymbolFilter.PercentPrice.class, "DDI",
        a -> new SymbolFilter.PercentPrice(d(a, 0), d(a, 1), i(a, 2)), "multiplierUp", "multiplierDown", "avgPriceMins");
    add("PERCENT_PRICE_BY_SIDE", SymbolFilter.PercentPriceBySide.class, "DDDDI",
        a -> new SymbolFilter.PercentPriceBySide(d(a, 0), d(a, 1), d(a, 2), d(a, 3), i(a, 4)),
        "bidMultiplierUp", "bidMultiplierDown", "askMultiplierUp", "askMultiplierDown", "avgPriceMins");
    add("LOT_SIZE", SymbolFilter.LotSize.class, "DDD", a -> new SymbolFilter.LotSize(d(a, 0), d(a, 1), d(a, 2)),
        "minQty", "maxQty", "stepSize");
    add("MARKET_LOT_SIZE", SymbolFilter.MarketLotSize.class, "DDD",
        a -> new SymbolFilter.MarketLotSize(d(a, 0), d(a, 1), d(a, 2)), "minQty", "maxQty", "stepSize");
    add("MIN_NOTIONAL", SymbolFilter.MinNotional.class, "DBI", a -> new SymbolFilter.MinNotional(d(a, 0), b(a, 1), i(a, 2)),
        "minNotional", "applyToMarket", "avgPriceMins");
    add("NOTIONAL", SymbolFilter.Notional.class, "DBDBI",
        a -> new SymbolFilter.Notional(d(a, 0), b(a, 1), d(a, 2), b(a, 3), i(a, 4)),
        "minNotional", "applyMinToMarket", "maxNotional", "applyMaxToMarket", "avgPriceMins");
    add("ICEBERG_PARTS", SymbolFilter.IcebergParts.class, "I", a -> new SymbolFilter.IcebergParts(i(a, 0)), "limit");
    add("MAX_NUM_ORDERS", SymbolFilter.MaxNumOrders.class, "I", a -> new SymbolFilter.MaxNumOrders(i(a, 0)), "maxNumOrders");
    add("MAX_NUM_ALGO_ORDERS", SymbolFilter.MaxNumAlgoOrders.class, "I", a -> new SymbolFilter.MaxNumAlgoOrders(i(a, 0)),
        "maxNumAlgoOrders");
    add("MAX_NUM_ICEBERG_ORDERS", SymbolFilter.MaxNumIcebergOrders.class, "I",
        a -> new SymbolFilter.MaxNumIcebergOrders(i(a, 0)), "maxNumIcebergOrders");
    add("MAX_POSITION", SymbolFilter.MaxPosition.class, "D", a -> new SymbolFilter.MaxPosition(d(a, 0)), "maxPosition");
    add("TRAILING_DELTA", SymbolFilter.TrailingDelta.class, "IIII",
        a -> new SymbolFilter.TrailingDelta(i(a, 0), i(a, 1), i(a, 2), i(a, 3)),
        "minTrailingAboveDelta", "maxTrailingAboveDelta", "minTrailingBelowDelta", "maxTrailingBelowDelta");
    add("MAX_NUM_ORDER_AMENDS", SymbolFilter.MaxNumOrderAmends.class, "I", a -> new SymbolFilter.MaxNumOrderAmends(i(a, 0)),
        "maxNumOrderAmends");
    add("MAX_NUM_ORDER_LISTS", SymbolFilter.MaxNumOrderLists.class, "I", a -> new SymbolFilter.MaxNumOrderLists(i(a, 0)),
        "maxNumOrderLists");
    add("MAX_ASSET", SymbolFilter.MaxAsset.class, "SD", a -> new SymbolFilter.MaxAsset((String) a[0], d(a, 1)),
        "asset", "limit");
    add("EXCHANGE_MAX_NUM_ORDERS", ExchangeFilter.ExchangeMaxNumOrders.class, "I",
        a -> new ExchangeFilter.ExchangeMaxNumOrders(i(a, 0)), "maxNumOrders");
    add("EXCHANGE_MAX_NUM_ALGO_ORDERS", ExchangeFilter.ExchangeMaxNumAlgoOrders.class, "I",
        a -> new ExchangeFilter.ExchangeMaxNumAlgoOrders(i(a, 0)), "maxNumAlgoOrders");
    add("EXCHANGE_MAX_NUM_ICEBERG_ORDERS", ExchangeFilter.ExchangeMaxNumIcebergOrders.class, "I",
        a -> new ExchangeFilter.ExchangeMaxNumIcebergOrders(i(a, 0)), "maxNumIcebergOrders");
    add("EXCHANGE_MAX_NUM_ORDER_LISTS", ExchangeFilter.ExchangeMaxNumOrderLists.class, "I",
        a -> new ExchangeFilter.ExchangeMaxNumOrderLists(i(a, 0)), "maxNumOrderLists");
    for (String shared : new String[] {"PRICE_FILTER", "LOT_SIZE", "MARKET_LOT_SIZE"}) {
      Spec<SymbolFilter> spot = SPECS.get(shared);
      FUTURES.put(shared, new Spec<>(spot.type(), spot.kinds(), spot.names(), spot.fields(),
          a -> new FuturesFilter.Shared(spot.make().apply(a))));
    }
    futures("MAX_NUM_ORDERS", FuturesFilter.MaxNumOrders.class, "I", a -> new FuturesFilter.MaxNumOrders(i(a, 0)), "limit");
    futures("MAX_NUM_ALGO_ORDERS", FuturesFilter.MaxNumAlgoOrders.class, "I",
        a -> new FuturesFilter.MaxNumAlgoOrders(i(a, 0)), "limit");
    futures("MIN_NOTIONAL", FuturesFilter.MinNotional.class, "D", a -> new FuturesFilter.MinNotional(d(a, 0)), "notional");
    futures("PERCENT_PRICE", FuturesFilter.PercentPrice.class, "DDI",
        a -> new FuturesFilter.PercentPrice(d(a, 0), d(a, 1), i(a, 2)), "multiplierUp", "multiplierDown", "multiplierDecimal");
  }

  private FilterTable() {}

  private static void add(String filterType, Class<? extends SymbolFilter> type, String kinds,
      Function<Object[], SymbolFilter> make, String... names) {
    SPECS.put(filterType, new Spec<>(type, kinds, names, new ExpectedNames(names), make));
  }

  private static void futures(String filterType, Class<? extends FuturesFilter> type, String kinds,
      Function<Object[], FuturesFilter> make, String... names) {
    FUTURES.put(filterType, new Spec<>(type, kinds, names, new ExpectedNames(names), make));
  }

  /** The documented Spot (or exchange) filter named {@code filterType}, or null. */
  static Spec<SymbolFilter> spec(String filterType) {
    return SPECS.get(filterType);
  }

  /** The documented USD-M Futures filter named {@code filterType}, or null. */
  static Spec<FuturesFilter> futuresSpec(String filterType) {
    return FUTURES.get(filterType);
  }

  /** The {@code filterType} of a documented filter's record. */
  static String typeOf(SymbolFilter filter) {
    for (Map.Entry<String, Spec<SymbolFilter>> e : SPECS.entrySet()) {
      if (e.getValue().type() == filter.getClass()) {
        return e.getKey();
      }
    }
    throw new IllegalStateException(filter.getClass() + " is not in FilterTable");
  }

  /**
   * Reads the rest of a filter object off the parser, which is on the property after
   * {@code filterType} (or on the object's end), and leaves it on the object's end.
   */
  static <F> F read(Spec<F> spec, JsonParser p, DeserializationContext ctxt) {
    Class<?> type = spec.type();
    String[] names = spec.names();
    Object[] values = new Object[names.length];
    ExpectedNames fields = spec.fields();
    int seen = 0;
    int at = -1;
    int k = p.currentToken() == JsonToken.PROPERTY_NAME ? fields.current(p) : ExpectedNames.END;
    for (; k != ExpectedNames.END; k = fields.next(p, at)) {
      p.nextToken();
      if (k == fields.size()) {
        p.skipChildren();
        continue;
      }
      at = k;
      String name = names[at];
      try {
        values[at] = value(spec.kinds().charAt(at), p, ctxt, type, name);
      } catch (JacksonException e) {
        throw e.prependPath(type, name);
      }
      seen |= 1 << at;
    }
    for (int i = 0; i < names.length; i++) {
      char kind = spec.kinds().charAt(i);
      if ((kind == 'I' || kind == 'B') && (seen & 1 << i) == 0) {
        throw JsonFields.missing(ctxt, type, names[i]);
      }
    }
    try {
      return spec.make().apply(values);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, type, refused);
    }
  }

  private static Object value(char kind, JsonParser p, DeserializationContext ctxt, Class<?> type, String name) {
    return switch (kind) {
      case 'D' -> JsonFields.decimal(p, ctxt, type, name);
      case 'I' -> JsonFields.intValue(p, ctxt, type, name);
      case 'B' -> JsonFields.bool(p, ctxt, type, name);
      default -> JsonFields.string(p, ctxt, type, name);
    };
  }

  private static BigDecimal d(Object[] a, int i) {
    return (BigDecimal) a[i];
  }

  private static int i(Object[] a, int i) {
    return (Integer) a[i];
  }

  private static boolean b(Object[] a, int i) {
    return (Boolean) a[i];
  }
}
