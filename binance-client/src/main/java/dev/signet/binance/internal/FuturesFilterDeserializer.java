package dev.signet.binance.internal;

import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.spot.market.SymbolFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Decodes one USD-M Futures {@code exchangeInfo} filter by its {@code filterType}: the types whose
 * JSON is Spot's into the Spot record (wrapped in {@link FuturesFilter.Shared}), the futures-only
 * shapes into their records (both from {@link FilterTable}'s futures table), any other type into
 * {@link FuturesFilter.Unknown} with its raw fields. Not API.
 *
 * <p>Example: {@code @JsonDeserialize(contentUsing = FuturesFilterDeserializer.class) List<FuturesFilter> filters}.
 */
public final class FuturesFilterDeserializer extends ValueDeserializer<FuturesFilter> {
  /** The name Binance sends first; compared on the parser's bytes, without its name lookup. */
  private static final SerializedString FILTER_TYPE = new SerializedString("filterType");

  /** Jackson builds it from the annotations on the filter lists. */
  public FuturesFilterDeserializer() {}

  /**
   * Streams the filter when {@code filterType} is its first field (as Binance sends every filter):
   * {@link FilterTable#read} reads the rest of the object straight off the parser. Otherwise (the
   * type later in the object, or an undocumented type) the object is read as a tree first and the
   * record decoded from it by Jackson. Both paths decode the same fields the same way.
   */
  @Override
  public FuturesFilter deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() == JsonToken.START_OBJECT && p.nextName(FILTER_TYPE)) {
      JsonToken value = p.nextToken();
      FilterTable.Spec<FuturesFilter> known = value == JsonToken.VALUE_STRING ? FilterTable.futuresSpec(p.getString()) : null;
      if (known != null) {
        p.nextToken(); // the next property name or the object's end
        return FilterTable.read(known, p, ctxt);
      }
      return fromTree(SymbolFilterDeserializer.rest(p, ctxt), ctxt);
    }
    return fromTree(ctxt.readTree(p), ctxt);
  }

  private static FuturesFilter fromTree(JsonNode node, DeserializationContext ctxt) {
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(FuturesFilter.class, "a filter is a JSON object, found " + node.getNodeType());
    }
    JsonNode type = node.get("filterType");
    if (type == null || !type.isString()) {
      return ctxt.reportInputMismatch(FuturesFilter.class, "required field 'filterType' is missing or not a string");
    }
    String name = type.asString();
    FilterTable.Spec<FuturesFilter> known = FilterTable.futuresSpec(name);
    if (known != null) {
      Object record = ctxt.readTreeAsValue(node, known.type());
      return record instanceof FuturesFilter own ? own : new FuturesFilter.Shared((SymbolFilter) record);
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
