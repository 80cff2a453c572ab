package dev.signet.binance.internal;

import dev.signet.binance.spot.market.SymbolFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decodes one {@code exchangeInfo} filter by its {@code filterType} into the matching
 * {@link SymbolFilter} record, or into {@link SymbolFilter.UnknownFilter} with the raw fields for a
 * type not in {@link FilterTable}, the one table of filter names ({@link SymbolFilter#filterType()}
 * reads it too). Not API.
 *
 * <p>Example: {@code @JsonDeserialize(contentUsing = SymbolFilterDeserializer.class) List<SymbolFilter> filters}.
 */
public final class SymbolFilterDeserializer extends ValueDeserializer<SymbolFilter> {
  /** The name Binance sends first; compared on the parser's bytes, without its name lookup. */
  private static final SerializedString FILTER_TYPE = new SerializedString("filterType");

  /** Jackson builds it from the annotations on the filter lists. */
  public SymbolFilterDeserializer() {}

  /**
   * The {@code filterType} of a modelled filter.
   *
   * @param filter a filter record
   * @return its wire name, e.g. {@code PRICE_FILTER}
   */
  public static String typeOf(SymbolFilter filter) {
    return FilterTable.typeOf(filter);
  }

  /**
   * Streams the filter when {@code filterType} is its first field (as Binance sends every filter):
   * {@link FilterTable#read} reads the rest of the object straight off the parser. Otherwise (the
   * type later in the object, or an undocumented type) the object is read as a tree first and the
   * record decoded from it by Jackson. Both paths decode the same fields the same way.
   */
  @Override
  public SymbolFilter deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() == JsonToken.START_OBJECT && p.nextName(FILTER_TYPE)) {
      JsonToken value = p.nextToken();
      FilterTable.Spec<SymbolFilter> known = value == JsonToken.VALUE_STRING ? FilterTable.spec(p.getString()) : null;
      if (known != null) {
        p.nextToken(); // the next property name or the object's end
        return FilterTable.read(known, p, ctxt);
      }
      return fromTree(rest(p, ctxt), ctxt);
    }
    return fromTree(ctxt.readTree(p), ctxt);
  }

  /** The object the parser is in, {@code filterType} already read (the parser on its value), as a tree. */
  static JsonNode rest(JsonParser p, DeserializationContext ctxt) {
    ObjectNode node = ctxt.getNodeFactory().objectNode();
    node.set("filterType", ctxt.readTree(p));
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      node.set(name, ctxt.readTree(p));
    }
    return node;
  }

  private static SymbolFilter fromTree(JsonNode node, DeserializationContext ctxt) {
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(SymbolFilter.class, "a filter is a JSON object, found " + node.getNodeType());
    }
    JsonNode type = node.get("filterType");
    if (type == null || !type.isString()) {
      return ctxt.reportInputMismatch(SymbolFilter.class, "required field 'filterType' is missing or not a string");
    }
    FilterTable.Spec<SymbolFilter> known = FilterTable.spec(type.asString());
    if (known != null) {
      return (SymbolFilter) ctxt.readTreeAsValue(node, known.type());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals("filterType")) {
        JsonNode v = field.getValue();
        fields.put(field.getKey(), v.isValueNode() && !v.isNull() ? v.asString() : v.toString());
      }
    }
    return new SymbolFilter.UnknownFilter(type.asString(), fields);
  }
}
