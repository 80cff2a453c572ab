package dev.signet.binance.internal;

import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.spot.market.SymbolFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Decodes one USD-M Futures {@code exchangeInfo} filter by its {@code filterType}: the types whose
 * JSON is Spot's into the Spot record (wrapped in {@link FuturesFilter.Shared}), the futures-only
 * shapes into their records, any other type into {@link FuturesFilter.Unknown} with its raw fields.
 * Not API.
 *
 * <p>Example: {@code @JsonDeserialize(contentUsing = FuturesFilterDeserializer.class) List<FuturesFilter> filters}.
 */
public final class FuturesFilterDeserializer extends ValueDeserializer<FuturesFilter> {
  private static final Map<String, Class<? extends SymbolFilter>> SHARED = Map.of(
      "PRICE_FILTER", SymbolFilter.PriceFilter.class,
      "LOT_SIZE", SymbolFilter.LotSize.class,
      "MARKET_LOT_SIZE", SymbolFilter.MarketLotSize.class);
  private static final Map<String, Class<? extends FuturesFilter>> OWN = Map.of(
      "MAX_NUM_ORDERS", FuturesFilter.MaxNumOrders.class,
      "MAX_NUM_ALGO_ORDERS", FuturesFilter.MaxNumAlgoOrders.class,
      "MIN_NOTIONAL", FuturesFilter.MinNotional.class,
      "PERCENT_PRICE", FuturesFilter.PercentPrice.class);

  /** Jackson builds it from the annotations on the filter lists. */
  public FuturesFilterDeserializer() {}

  @Override
  public FuturesFilter deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonNode node = ctxt.readTree(p);
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(FuturesFilter.class, "a filter is a JSON object, found " + node.getNodeType());
    }
    JsonNode type = node.get("filterType");
    if (type == null || !type.isString()) {
      return ctxt.reportInputMismatch(FuturesFilter.class, "required field 'filterType' is missing or not a string");
    }
    String name = type.asString();
    if (SHARED.containsKey(name)) {
      return new FuturesFilter.Shared(ctxt.readTreeAsValue(node, SHARED.get(name)));
    }
    if (OWN.containsKey(name)) {
      return ctxt.readTreeAsValue(node, OWN.get(name));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals("filterType")) {
        JsonNode v = field.getValue();
        fields.put(field.getKey(), v.isValueNode() && !v.isNull() ? v.asString() : v.toString());
      }
    }
    return new FuturesFilter.Unknown(name, fields);
  }
}
