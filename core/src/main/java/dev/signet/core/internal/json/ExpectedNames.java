package dev.signet.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;

/**
 * The property names of an object the exchange sends in a fixed order, for a hand-written
 * deserializer's field loop: {@link #next} first asks the parser whether the next name is the
 * one after the previous field ({@link JsonParser#nextName(tools.jackson.core.SerializableString)},
 * which compares the raw bytes with the pre-quoted name and skips the parser's name lookup), and
 * only when it is not looks the name up among all of them. Any order decodes; the documented order
 * is only faster. Indexes are those of the constructor's arguments; {@link #size()} stands for a
 * name that is not one of them (read it with {@code p.currentName()}), {@link #END} for the end of
 * the object. Immutable. Not API.
 *
 * <pre>{@code
 * static final ExpectedNames NAMES = new ExpectedNames("symbol", "status", "baseAsset");
 * int at = -1;
 * for (int k = NAMES.first(p, ctxt, SymbolInfo.class); k != ExpectedNames.END; k = NAMES.next(p, at)) {
 *   at = k < NAMES.size() ? k : at;
 *   String name = k < NAMES.size() ? NAMES.name(k) : p.currentName();
 *   p.nextToken();
 *   ...
 * }
 * }</pre>
 */
public final class ExpectedNames {
  /** What {@link #first} and {@link #next} return at the end of the object. */
  public static final int END = -1;

  private final String[] names;
  private final SerializedString[] quoted;

  /**
   * The names in the order the exchange sends them.
   *
   * @param names the property names, in order
   */
  public ExpectedNames(String... names) {
    this.names = names.clone();
    this.quoted = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      quoted[i] = new SerializedString(names[i]);
    }
  }

  /**
   * How many names there are; the index that stands for another name.
   *
   * @return how many names there are
   */
  public int size() {
    return names.length;
  }

  /**
   * The name at {@code index}.
   *
   * @param index an index below {@link #size()}
   * @return the name, the very string the constructor was given
   */
  public String name(int index) {
    return names[index];
  }

  /**
   * Moves to the object's first property name, the parser at its {@code START_OBJECT} or already
   * at a property name (as {@link JsonFields#firstName} does, with its refusal of anything else).
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @return the first name's index, {@link #size()} for another name, or {@link #END} for an empty object
   */
  public int first(JsonParser p, DeserializationContext ctxt, Class<?> type) {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return next(p, -1);
    }
    return JsonFields.firstName(p, ctxt, type) == null ? END : current(p);
  }

  /**
   * Moves to the next property name, expecting the one after {@code previous}.
   *
   * @param p the parser, past the previous field's value (or on the object's start)
   * @param previous the index of the last field that was one of the names, or -1 for none yet
   * @return the name's index, {@link #size()} for another name, or {@link #END} at the object's end
   */
  public int next(JsonParser p, int previous) {
    int expected = previous + 1;
    if (expected < quoted.length) {
      if (p.nextName(quoted[expected])) {
        return expected;
      }
      return p.currentToken() == JsonToken.PROPERTY_NAME ? current(p) : END;
    }
    return p.nextName() == null ? END : current(p);
  }

  /**
   * The index of the name the parser is on (a {@code PROPERTY_NAME}), or {@link #size()}.
   *
   * @param p the parser on a property name
   * @return the index of the name the parser is on (a {@code PROPERTY_NAME}), or {@link #size()}
   */
  public int current(JsonParser p) {
    String name = p.currentName();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return names.length;
  }
}
