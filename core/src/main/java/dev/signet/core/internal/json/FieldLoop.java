package dev.signet.core.internal.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * The two loops every hand-written streaming deserializer runs, written once: the object loop
 * (each member's value handed to the record's {@link Fields}, unknown members skipped, the
 * required primitives checked, the record built and its constructor's refusal reported as Jackson
 * reports it for a record it builds itself) and the array loop (each element read, a JSON null
 * element kept for the record's constructor to refuse, a failure carrying its place, e.g.
 * {@code b[3]}). The field readers themselves are {@link JsonFields}'. Not API.
 *
 * <pre>{@code
 * private static final String[] REQUIRED = {"t"};
 * ...
 * return FieldLoop.object(p, ctxt, Trade.class, REQUIRED, new Fields<Trade>() {
 *   long id;
 *   BigDecimal price;
 *   protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
 *     switch (name) {
 *       case "t" -> { id = JsonFields.longValue(p, ctxt, Trade.class, name); seen(1); }
 *       case "p" -> price = JsonFields.decimal(p, ctxt, Trade.class, name);
 *       default -> { return false; }
 *     }
 *     return true;
 *   }
 *   protected Trade build() { return new Trade(id, price); }
 * });
 * }</pre>
 */
public final class FieldLoop {
  private FieldLoop() {}

  /**
   * The members of one object as one decode reads them: a new instance per object decoded, used
   * on one thread.
   *
   * @param <T> the record built from them
   */
  public abstract static class Fields<T> {
    private int seen;

    /** For subclasses. */
    protected Fields() {}

    /**
     * Reads member {@code name}, the parser on its value.
     *
     * @param name the member's name
     * @param p the parser, on the member's value
     * @param ctxt the Jackson deserialization context
     * @return false when the member is not one of the record's (the loop skips its value)
     */
    protected abstract boolean read(String name, JsonParser p, DeserializationContext ctxt);

    /**
     * The record from the members read.
     *
     * @return the record
     * @throws IllegalArgumentException when the record's constructor refuses them
     */
    protected abstract T build();

    /**
     * Marks the required primitive of bit {@code bit} (1 for the first of {@code required}, 2 for the
     * second, 4, ...) as read.
     *
     * @param bit the field's bit
     */
    protected final void seen(int bit) {
      seen |= bit;
    }
  }

  /**
   * One element of an array, read with the parser on its first token (never a JSON null).
   *
   * @param <T> the element's type
   */
  @FunctionalInterface
  public interface Element<T> {
    /**
     * Reads the element.
     *
     * @param p the parser, on the element's first token
     * @param ctxt the Jackson deserialization context
     * @return the element
     */
    T read(JsonParser p, DeserializationContext ctxt);
  }

  /**
   * Reads the object the parser is on (at its {@code START_OBJECT} or its first member's name) into
   * {@code fields} and builds the record.
   *
   * @param <T> the record's type
   * @param p the parser
   * @param ctxt the Jackson deserialization context
   * @param type the record, named in errors
   * @param required the required primitives, in the order of their {@link Fields#seen} bits
   * @param fields a new instance for this object
   * @return the record
   * @throws tools.jackson.databind.DatabindException naming a required primitive the object lacks,
   *     or carrying the constructor's refusal
   */
  public static <T> T object(JsonParser p, DeserializationContext ctxt, Class<?> type, String[] required,
      Fields<T> fields) {
    for (String name = JsonFields.firstName(p, ctxt, type); name != null; name = p.nextName()) {
      p.nextToken();
      if (!fields.read(name, p, ctxt)) {
        p.skipChildren();
      }
    }
    return finish(ctxt, type, required, fields);
  }

  /**
   * As {@link #object(JsonParser, DeserializationContext, Class, String[], Fields)}, asking the
   * parser first for the name the exchange sends next ({@link ExpectedNames}): the documented order
   * skips the parser's name lookup, any other order decodes the same. {@code read} is handed the
   * very strings {@code names} holds, or the parser's name for one that is not among them. It pays
   * for word names (Kraken's book 1.40× → 1.60× the tree's rate) and not for one-letter ones
   * (Binance's trade 1.36× → 1.23×: the parser's own lookup of a one-quad name is cheaper), so the
   * Binance stream decoders keep the plain loop (benchmarks/RESULTS.md, run 15).
   *
   * @param <T> the record
   * @param p the parser at the object's start or first property name
   * @param ctxt the Jackson deserialization context
   * @param type the record, named in errors
   * @param names the members in the order the exchange sends them
   * @param required the names of the required primitive members, in the order of their bits
   * @param fields a fresh reader of this object's members
   * @return the record
   */
  public static <T> T object(JsonParser p, DeserializationContext ctxt, Class<?> type, ExpectedNames names,
      String[] required, Fields<T> fields) {
    int at = -1;
    int other = names.size();
    for (int k = names.first(p, ctxt, type); k != ExpectedNames.END; k = names.next(p, at)) {
      String name = k < other ? names.name(k) : p.currentName();
      at = k < other ? k : at;
      p.nextToken();
      if (!fields.read(name, p, ctxt)) {
        p.skipChildren();
      }
    }
    return finish(ctxt, type, required, fields);
  }

  private static <T> T finish(DeserializationContext ctxt, Class<?> type, String[] required, Fields<T> fields) {
    int all = (1 << required.length) - 1;
    if (fields.seen != all) {
      throw JsonFields.missing(ctxt, type, required[Integer.numberOfTrailingZeros(~fields.seen)]);
    }
    try {
      return fields.build();
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, type, refused);
    }
  }

  /**
   * As {@link #array}, for a field loop that prepends the record and field to a failure's path
   * itself: a failure inside an element carries only the element's index ({@code [3]}).
   *
   * @param <T> the element type
   * @param p the parser on the field's value
   * @param ctxt the Jackson deserialization context
   * @param type the record, named in errors
   * @param field the field, named in errors
   * @param element reads one element that is not JSON null
   * @return the elements, a JSON null element kept as null; or null for a JSON null array
   */
  public static <T> List<T> elements(JsonParser p, DeserializationContext ctxt, Class<?> type, String field,
      Element<T> element) {
    return read(p, ctxt, type, field, element, false);
  }

  private static <T> List<T> read(JsonParser p, DeserializationContext ctxt, Class<?> type, String field,
      Element<T> element, boolean withField) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw ctxt.wrongTokenException(p, type, JsonToken.START_ARRAY, "'" + field + "' must be an array");
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        out.add(p.currentToken() == JsonToken.VALUE_NULL ? null : element.read(p, ctxt));
      } catch (JacksonException e) {
        JacksonException placed = e.prependPath(out, out.size());
        throw withField ? placed.prependPath(type, field) : placed;
      }
    }
    return out;
  }

  /**
   * The current value, a JSON array, each element read by {@code element}; JSON null gives null, a
   * JSON null element stays null (for the record's constructor to refuse, naming the field, as
   * Jackson's decode does), and a failure inside an element carries its place ({@code field[i]}).
   *
   * @param <T> the elements' type
   * @param p the parser, on the value
   * @param ctxt the Jackson deserialization context
   * @param type the record holding the array, named in errors
   * @param field the array's member name
   * @param element reads one element
   * @return the elements, or null for JSON null
   */
  public static <T> List<T> array(JsonParser p, DeserializationContext ctxt, Class<?> type, String field,
      Element<T> element) {
    return read(p, ctxt, type, field, element, true);
  }

}
