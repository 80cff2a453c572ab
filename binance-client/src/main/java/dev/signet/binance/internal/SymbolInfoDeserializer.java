package dev.signet.binance.internal;

import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.binance.spot.market.SymbolInfo;
import dev.signet.binance.spot.market.SymbolStatus;
import dev.signet.core.internal.json.ExpectedNames;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams one {@link SymbolInfo} of {@code exchangeInfo} off the parser: a full exchangeInfo holds
 * thousands, and Jackson's property-based creation of this 26-component record (with a tree per
 * filter) cost 2.5 times Jackson's own tree of the body (see benchmarks/RESULTS.md, 2026-12-02).
 * Accepts and refuses what Jackson's record decoding does with {@code SignetJson} (numbers or
 * numeric strings, unknown fields skipped, fields in any order; every primitive required, a null
 * one refused; value records through their {@code of}); filters go through
 * {@link SymbolFilterDeserializer}. A missing primitive is reported here, a missing or null
 * reference by the record's constructor; a failure inside a field names it in the path. Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = SymbolInfoDeserializer.class)} on {@link SymbolInfo}.
 */
public final class SymbolInfoDeserializer extends ValueDeserializer<SymbolInfo> {
  private static final SymbolFilterDeserializer FILTER = new SymbolFilterDeserializer();
  /** The primitive fields, each required, in the bit order of {@link Fields#read}. */
  private static final String[] PRIMITIVES = {"baseAssetPrecision", "quotePrecision", "quoteAssetPrecision",
      "baseCommissionPrecision", "quoteCommissionPrecision", "icebergAllowed", "ocoAllowed", "otoAllowed",
      "opoAllowed", "quoteOrderQtyMarketAllowed", "allowTrailingStop", "cancelReplaceAllowed", "amendAllowed",
      "pegInstructionsAllowed", "isSpotTradingAllowed", "isMarginTradingAllowed"};

  /** The fields in the order Binance sends them (any order decodes; this one skips the parser's name lookup). */
  private static final ExpectedNames NAMES = new ExpectedNames("symbol", "status", "baseAsset", "baseAssetPrecision",
      "quoteAsset", "quotePrecision", "quoteAssetPrecision", "baseCommissionPrecision", "quoteCommissionPrecision",
      "orderTypes", "icebergAllowed", "ocoAllowed", "otoAllowed", "opoAllowed", "quoteOrderQtyMarketAllowed",
      "allowTrailingStop", "cancelReplaceAllowed", "amendAllowed", "pegInstructionsAllowed", "isSpotTradingAllowed",
      "isMarginTradingAllowed", "filters", "permissions", "permissionSets", "defaultSelfTradePreventionMode",
      "allowedSelfTradePreventionModes");

  /** Jackson builds it from the annotation on {@link SymbolInfo}. */
  public SymbolInfoDeserializer() {}

  @Override
  public SymbolInfo deserialize(JsonParser p, DeserializationContext ctxt) {
    Fields f = new Fields();
    int seen = 0;
    int at = -1;
    for (int k = NAMES.first(p, ctxt, SymbolInfo.class); k != ExpectedNames.END; k = NAMES.next(p, at)) {
      at = k < NAMES.size() ? k : at;
      String name = k < NAMES.size() ? NAMES.name(k) : p.currentName();
      p.nextToken();
      try {
        seen |= f.read(name, p, ctxt);
      } catch (JacksonException e) {
        throw e.prependPath(SymbolInfo.class, name);
      } catch (IllegalArgumentException refused) { // a value record's of(text) refusing blank text
        throw JsonFields.instantiationFailure(ctxt, SymbolInfo.class, refused).prependPath(SymbolInfo.class, name);
      }
    }
    if (seen != (1 << PRIMITIVES.length) - 1) {
      throw JsonFields.missing(ctxt, SymbolInfo.class, PRIMITIVES[Integer.numberOfTrailingZeros(~seen)]);
    }
    try {
      return f.build();
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, SymbolInfo.class, refused);
    }
  }

  /** The fields read so far; defaults where the object has not sent them. */
  private static final class Fields {
    private static final Class<?> S = SymbolInfo.class;
    String symbol;
    SymbolStatus status;
    String baseAsset;
    String quoteAsset;
    int baseAssetPrecision;
    int quotePrecision;
    int quoteAssetPrecision;
    int baseCommissionPrecision;
    int quoteCommissionPrecision;
    List<OrderType> orderTypes;
    boolean[] allowed = new boolean[11];
    List<SymbolFilter> filters;
    List<String> permissions;
    List<List<String>> permissionSets;
    SelfTradePreventionMode defaultMode;
    List<SelfTradePreventionMode> allowedModes;

    /** Reads the field {@code name} (the parser on its value); returns its bit in {@code PRIMITIVES}, or 0. */
    int read(String name, JsonParser p, DeserializationContext ctxt) {
      switch (name) {
        case "symbol" -> symbol = JsonFields.string(p, ctxt, S, name);
        case "status" -> status = value(JsonFields.string(p, ctxt, S, name), SymbolStatus::of);
        case "baseAsset" -> baseAsset = JsonFields.string(p, ctxt, S, name);
        case "quoteAsset" -> quoteAsset = JsonFields.string(p, ctxt, S, name);
        case "baseAssetPrecision" -> {
          baseAssetPrecision = JsonFields.intValue(p, ctxt, S, name);
          return 1;
        }
        case "quotePrecision" -> {
          quotePrecision = JsonFields.intValue(p, ctxt, S, name);
          return 1 << 1;
        }
        case "quoteAssetPrecision" -> {
          quoteAssetPrecision = JsonFields.intValue(p, ctxt, S, name);
          return 1 << 2;
        }
        case "baseCommissionPrecision" -> {
          baseCommissionPrecision = JsonFields.intValue(p, ctxt, S, name);
          return 1 << 3;
        }
        case "quoteCommissionPrecision" -> {
          quoteCommissionPrecision = JsonFields.intValue(p, ctxt, S, name);
          return 1 << 4;
        }
        case "icebergAllowed" -> {
          return allowed(5, p, ctxt, name);
        }
        case "ocoAllowed" -> {
          return allowed(6, p, ctxt, name);
        }
        case "otoAllowed" -> {
          return allowed(7, p, ctxt, name);
        }
        case "opoAllowed" -> {
          return allowed(8, p, ctxt, name);
        }
        case "quoteOrderQtyMarketAllowed" -> {
          return allowed(9, p, ctxt, name);
        }
        case "allowTrailingStop" -> {
          return allowed(10, p, ctxt, name);
        }
        case "cancelReplaceAllowed" -> {
          return allowed(11, p, ctxt, name);
        }
        case "amendAllowed" -> {
          return allowed(12, p, ctxt, name);
        }
        case "pegInstructionsAllowed" -> {
          return allowed(13, p, ctxt, name);
        }
        case "isSpotTradingAllowed" -> {
          return allowed(14, p, ctxt, name);
        }
        case "isMarginTradingAllowed" -> {
          return allowed(15, p, ctxt, name);
        }
        case "orderTypes" -> orderTypes = values(JsonFields.strings(p, ctxt, S, name), OrderType::of);
        case "filters" -> filters = filters(p, ctxt);
        case "permissions" -> permissions = JsonFields.strings(p, ctxt, S, name);
        case "permissionSets" -> permissionSets = permissionSets(p, ctxt);
        case "defaultSelfTradePreventionMode" ->
            defaultMode = value(JsonFields.string(p, ctxt, S, name), SelfTradePreventionMode::of);
        case "allowedSelfTradePreventionModes" ->
            allowedModes = values(JsonFields.strings(p, ctxt, S, name), SelfTradePreventionMode::of);
        default -> p.skipChildren();
      }
      return 0;
    }

    /** The boolean at {@code bit} of {@code PRIMITIVES} (5 to 15); returns the bit. */
    private int allowed(int bit, JsonParser p, DeserializationContext ctxt, String name) {
      allowed[bit - 5] = JsonFields.bool(p, ctxt, S, name);
      return 1 << bit;
    }

    SymbolInfo build() {
      boolean[] a = allowed;
      return new SymbolInfo(symbol, status, baseAsset, baseAssetPrecision, quoteAsset, quotePrecision,
          quoteAssetPrecision, baseCommissionPrecision, quoteCommissionPrecision, orderTypes, a[0], a[1], a[2], a[3],
          a[4], a[5], a[6], a[7], a[8], a[9], a[10], filters, permissions, permissionSets, defaultMode, allowedModes);
    }

    private static <T> T value(String text, Function<String, T> of) {
      return text == null ? null : of.apply(text);
    }

    private static <T> List<T> values(List<String> texts, Function<String, T> of) {
      if (texts == null) {
        return null;
      }
      List<T> out = new ArrayList<>(texts.size());
      for (String text : texts) {
        out.add(value(text, of));
      }
      return out;
    }

    /** The filters, each through {@link SymbolFilterDeserializer}; a JSON null element stays null, as Jackson's list does. */
    private static List<SymbolFilter> filters(JsonParser p, DeserializationContext ctxt) {
      return FieldLoop.elements(p, ctxt, S, "filters", FILTER::deserialize);
    }

    /** Arrays of arrays of strings; a JSON null inner array stays null for the constructor to refuse. */
    private static List<List<String>> permissionSets(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw ctxt.wrongTokenException(p, S, JsonToken.START_ARRAY, "'permissionSets' must be an array of arrays");
      }
      List<List<String>> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        try {
          out.add(JsonFields.strings(p, ctxt, S, "permissionSets"));
        } catch (JacksonException e) {
          throw e.prependPath(out, out.size());
        }
      }
      return out;
    }
  }
}
