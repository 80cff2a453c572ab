package dev.signet.binance.internal;

import dev.signet.binance.futures.market.ContractType;
import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.futures.market.FuturesSymbol;
import dev.signet.core.internal.json.ExpectedNames;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams one {@link FuturesSymbol} of USD-M {@code exchangeInfo} off the parser, as
 * {@link SymbolInfoDeserializer} streams Spot's: Jackson's property-based creation of this
 * 22-component record was most of what the futures decode spent beyond Jackson's own tree (see
 * benchmarks/RESULTS.md, runs 9 and 13). Fields in any order (Binance's order is read fastest, see
 * {@link ExpectedNames}), unknown ones skipped, {@code OrderType} as well as {@code orderTypes};
 * the four precisions required (a missing one named, as Spot's symbols name theirs), a null
 * primitive refused, {@code settlePlan} 0 when absent; times are epoch milliseconds (a number or an
 * integer in a string); filters through {@link FuturesFilterDeserializer}, a null one left for the
 * record's check; a missing or null reference refused by the record's constructor; a failure
 * inside a field names it in the path. Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = FuturesSymbolDeserializer.class)} on {@link FuturesSymbol}.
 */
public final class FuturesSymbolDeserializer extends ValueDeserializer<FuturesSymbol> {
  private static final Class<?> S = FuturesSymbol.class;
  private static final FuturesFilterDeserializer FILTER = new FuturesFilterDeserializer();
  /** The fields in the order Binance sends them (the two margin percents are skipped). */
  private static final ExpectedNames NAMES = new ExpectedNames("symbol", "pair", "contractType", "deliveryDate",
      "onboardDate", "status", "maintMarginPercent", "requiredMarginPercent", "baseAsset", "quoteAsset", "marginAsset",
      "pricePrecision", "quantityPrecision", "baseAssetPrecision", "quotePrecision", "underlyingType",
      "underlyingSubType", "settlePlan", "triggerProtect", "filters", "OrderType", "timeInForce", "liquidationFee",
      "marketTakeBound");
  /** The required precisions, in the bit order of {@link Fields#read}. */
  private static final String[] REQUIRED = {"pricePrecision", "quantityPrecision", "baseAssetPrecision", "quotePrecision"};

  /** Jackson builds it from the annotation on {@link FuturesSymbol}. */
  public FuturesSymbolDeserializer() {}

  @Override
  public FuturesSymbol deserialize(JsonParser p, DeserializationContext ctxt) {
    Fields f = new Fields();
    int seen = 0;
    int at = -1;
    for (int k = NAMES.first(p, ctxt, S); k != ExpectedNames.END; k = NAMES.next(p, at)) {
      at = k < NAMES.size() ? k : at;
      String name = k < NAMES.size() ? NAMES.name(k) : p.currentName();
      p.nextToken();
      try {
        seen |= f.read(name, p, ctxt);
      } catch (JacksonException e) {
        throw e.prependPath(S, name);
      } catch (IllegalArgumentException refused) { // ContractType.of refusing blank text
        throw JsonFields.instantiationFailure(ctxt, S, refused).prependPath(S, name);
      }
    }
    if (seen != (1 << REQUIRED.length) - 1) {
      throw JsonFields.missing(ctxt, S, REQUIRED[Integer.numberOfTrailingZeros(~seen)]);
    }
    try {
      return f.build();
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, S, refused);
    }
  }

  /** The fields read so far; defaults where the object has not sent them. */
  private static final class Fields {
    String symbol;
    String pair;
    ContractType contractType;
    Instant deliveryDate;
    Instant onboardDate;
    String status;
    String baseAsset;
    String quoteAsset;
    String marginAsset;
    int[] precisions = new int[4];
    String underlyingType;
    List<String> underlyingSubType;
    int settlePlan;
    BigDecimal triggerProtect;
    BigDecimal liquidationFee;
    BigDecimal marketTakeBound;
    List<String> orderTypes;
    List<String> timeInForce;
    List<FuturesFilter> filters;

    /** Reads the field {@code name} (the parser on its value); returns its bit in {@code REQUIRED}, or 0. */
    int read(String name, JsonParser p, DeserializationContext ctxt) {
      switch (name) {
        case "symbol" -> symbol = JsonFields.string(p, ctxt, S, name);
        case "pair" -> pair = JsonFields.string(p, ctxt, S, name);
        case "contractType" -> {
          String text = JsonFields.string(p, ctxt, S, name);
          contractType = text == null ? null : ContractType.of(text);
        }
        case "deliveryDate" -> deliveryDate = JsonFields.epochMillis(p, ctxt, S, name);
        case "onboardDate" -> onboardDate = JsonFields.epochMillis(p, ctxt, S, name);
        case "status" -> status = JsonFields.string(p, ctxt, S, name);
        case "baseAsset" -> baseAsset = JsonFields.string(p, ctxt, S, name);
        case "quoteAsset" -> quoteAsset = JsonFields.string(p, ctxt, S, name);
        case "marginAsset" -> marginAsset = JsonFields.string(p, ctxt, S, name);
        case "pricePrecision" -> {
          return precision(0, p, ctxt, name);
        }
        case "quantityPrecision" -> {
          return precision(1, p, ctxt, name);
        }
        case "baseAssetPrecision" -> {
          return precision(2, p, ctxt, name);
        }
        case "quotePrecision" -> {
          return precision(3, p, ctxt, name);
        }
        case "underlyingType" -> underlyingType = JsonFields.string(p, ctxt, S, name);
        case "underlyingSubType" -> underlyingSubType = JsonFields.strings(p, ctxt, S, name);
        case "settlePlan" -> settlePlan = JsonFields.intValue(p, ctxt, S, name);
        case "triggerProtect" -> triggerProtect = JsonFields.decimal(p, ctxt, S, name);
        case "liquidationFee" -> liquidationFee = JsonFields.decimal(p, ctxt, S, name);
        case "marketTakeBound" -> marketTakeBound = JsonFields.decimal(p, ctxt, S, name);
        case "OrderType", "orderTypes" -> orderTypes = JsonFields.strings(p, ctxt, S, name);
        case "timeInForce" -> timeInForce = JsonFields.strings(p, ctxt, S, name);
        case "filters" -> filters = filters(p, ctxt);
        default -> p.skipChildren();
      }
      return 0;
    }

    private int precision(int bit, JsonParser p, DeserializationContext ctxt, String name) {
      precisions[bit] = JsonFields.intValue(p, ctxt, S, name);
      return 1 << bit;
    }

    FuturesSymbol build() {
      int[] d = precisions;
      return new FuturesSymbol(symbol, pair, contractType, deliveryDate, onboardDate, status, baseAsset, quoteAsset,
          marginAsset, d[0], d[1], d[2], d[3], underlyingType, underlyingSubType, settlePlan, triggerProtect,
          liquidationFee, marketTakeBound, orderTypes, timeInForce, filters);
    }

    /** The filters, each through {@link FuturesFilterDeserializer}; a JSON null element stays null, as Jackson's list does. */
    private static List<FuturesFilter> filters(JsonParser p, DeserializationContext ctxt) {
      return FieldLoop.elements(p, ctxt, S, "filters", FILTER::deserialize);
    }
  }
}
