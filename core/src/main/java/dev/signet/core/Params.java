package dev.signet.core;

import dev.signet.core.internal.Checks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one request, in the order the caller adds them, every value already the
 * exact string that goes on the wire.
 *
 * <p>Params is where the classic signature faults become impossible: a null, empty or blank value
 * and a key added twice are rejected by the call that adds them, with an
 * {@link IllegalArgumentException} naming the key. Optional values go through the
 * {@code addIfPresent} adders, so "absent" never turns into {@code key=}. Typed adders fix the
 * spelling of each type:
 *
 * <table>
 *   <caption>Wire spelling of typed values</caption>
 *   <tr><th>Java value</th><th>wire value</th></tr>
 *   <tr><td>{@code new BigDecimal("1E-7")}</td><td>{@code 0.0000001} (always {@code toPlainString()})</td></tr>
 *   <tr><td>{@code true}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code Instant.ofEpochMilli(1499827319559L)}</td><td>{@code 1499827319559} (epoch millis)</td></tr>
 *   <tr><td>a {@link WireValue} enum</td><td>its {@link WireValue#wireValue()}</td></tr>
 * </table>
 *
 * <p>Encoding happens later, once, in {@link FormEncoder}; the signer then reads the encoded
 * bytes off the request. Params is a small mutable builder and is not thread-safe: build one per
 * request.
 *
 * <pre>{@code
 * Params params = Params.of("asset", "BTC").add("method", "Bitcoin Lightning");
 * }</pre>
 */
public final class Params {
  private final ArrayList<String> keys;
  private final ArrayList<String> values;

  private Params(int capacity) {
    keys = new ArrayList<>(capacity);
    values = new ArrayList<>(capacity);
  }

  private Params() {
    // no arrays until the first add: most private calls without parameters never need them
    keys = new ArrayList<>();
    values = new ArrayList<>();
  }

  /**
   * A new, empty parameter list.
   *
   * @return a new, empty parameter list
   */
  public static Params empty() {
    return new Params();
  }

  /**
   * A new parameter list holding one pair.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return a new parameter list holding one pair
   */
  public static Params of(String key, String value) {
    return empty().add(key, value);
  }

  /**
   * A copy of {@code other}, to be extended without changing it.
   *
   * @param other the parameters to copy
   * @return a copy of {@code other}, to be extended without changing it
   */
  public static Params copyOf(Params other) {
    Params copy = new Params(other.size() + 4);
    copy.keys.addAll(other.keys);
    copy.values.addAll(other.values);
    return copy;
  }

  /**
   * Adds a string value.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   * @throws IllegalArgumentException if the key is blank or already present, or the value is
   *     null, empty or blank
   */
  public Params add(String key, String value) {
    checkKey(key);
    if (value == null) {
      throw new IllegalArgumentException(
          "Parameter '" + key + "' has a null value; leave the parameter out instead"
              + " (use addIfPresent for optional values).");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "Parameter '" + key + "' has an empty or blank value; exchanges reject 'key=' with a"
              + " signature error. Leave the parameter out instead (use addIfPresent for optional values).");
    }
    Checks.wellFormed(key, value);
    keys.add(key);
    values.add(value);
    return this;
  }

  /**
   * Adds a whole number in decimal.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params add(String key, long value) {
    return add(key, Long.toString(value));
  }

  /**
   * Adds {@code true} or {@code false}.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params add(String key, boolean value) {
    return add(key, value ? "true" : "false");
  }

  /**
   * Adds a decimal with {@link BigDecimal#toPlainString()}: never scientific notation.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params add(String key, BigDecimal value) {
    return add(key, value == null ? null : value.toPlainString());
  }

  /**
   * Adds an enum (or other fixed value) by its wire spelling.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params add(String key, WireValue value) {
    return add(key, value == null ? null : value.wireValue());
  }

  /**
   * Adds an instant as epoch milliseconds.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params add(String key, Instant value) {
    return add(key, value == null ? null : Long.toString(value.toEpochMilli()));
  }

  /**
   * Adds a list as one value in the given format.
   *
   * @param key the parameter name, not blank
   * @param items the list's items
   * @param format how the list is written as one value
   * @return this parameter list, for chaining
   * @throws IllegalArgumentException if the list is null or empty, or holds a null or blank item
   */
  public Params addList(String key, List<String> items, ListFormat format) {
    checkKey(key);
    Objects.requireNonNull(format, "format");
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException(
          "Parameter '" + key + "' is an empty list; leave the parameter out instead.");
    }
    for (String item : items) {
      if (item == null || item.isBlank()) {
        throw new IllegalArgumentException(
            "Parameter '" + key + "' holds a null or blank item; remove it from the list.");
      }
    }
    return add(key, format.join(items));
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, String value) {
    return value == null ? checkedSkip(key) : add(key, value);
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, Long value) {
    return value == null ? checkedSkip(key) : add(key, value.longValue());
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, Integer value) {
    return value == null ? checkedSkip(key) : add(key, value.longValue());
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, Boolean value) {
    return value == null ? checkedSkip(key) : add(key, value.booleanValue());
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, BigDecimal value) {
    return value == null ? checkedSkip(key) : add(key, value);
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, WireValue value) {
    return value == null ? checkedSkip(key) : add(key, value);
  }

  /**
   * Adds the value when it is not null; a null leaves the parameter out.
   *
   * @param key the parameter name, not blank
   * @param value the value
   * @return this parameter list, for chaining
   */
  public Params addIfPresent(String key, Instant value) {
    return value == null ? checkedSkip(key) : add(key, value);
  }

  /**
   * Adds every pair of {@code other}, in its order, with the same checks as {@link #add}.
   *
   * @param other the parameters to copy
   * @return this parameter list, for chaining
   */
  public Params addAll(Params other) {
    for (int i = 0; i < other.size(); i++) {
      add(other.key(i), other.value(i));
    }
    return this;
  }

  /**
   * Number of pairs.
   *
   * @return number of pairs
   */
  public int size() {
    return keys.size();
  }

  /**
   * True when no pair was added.
   *
   * @return {@code true} when no pair was added
   */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /**
   * The key at {@code index}, in insertion order.
   *
   * @param index the position, from 0
   * @return the key at {@code index}, in insertion order
   */
  public String key(int index) {
    return keys.get(index);
  }

  /**
   * The wire value at {@code index}, in insertion order.
   *
   * @param index the position, from 0
   * @return the wire value at {@code index}, in insertion order
   */
  public String value(int index) {
    return values.get(index);
  }

  /**
   * The value of {@code key}, or null when it was not added.
   *
   * @param key the parameter name, not blank
   * @return the value of {@code key}, or null when it was not added
   */
  public String get(String key) {
    int i = keys.indexOf(key);
    return i < 0 ? null : values.get(i);
  }

  /**
   * True when {@code key} was added.
   *
   * @param key the parameter name, not blank
   * @return {@code true} when {@code key} was added
   */
  public boolean containsKey(String key) {
    return keys.contains(key);
  }

  /**
   * The pairs in order, as an unmodifiable list.
   *
   * @return the pairs in order, as an unmodifiable list
   */
  public List<Map.Entry<String, String>> asList() {
    List<Map.Entry<String, String>> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(Map.entry(keys.get(i), values.get(i)));
    }
    return List.copyOf(out);
  }

  private Params checkedSkip(String key) {
    checkKey(key);
    return this;
  }

  private void checkKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A parameter key is null or blank; every parameter needs a name.");
    }
    Checks.wellFormed("(key)", key);
    if (keys.contains(key)) {
      throw new IllegalArgumentException(
          "Parameter '" + key + "' was added twice; exchanges reject duplicate keys. Add it once.");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params p && keys.equals(p.keys) && values.equals(p.values);
  }

  @Override
  public int hashCode() {
    return keys.hashCode() * 31 + values.hashCode();
  }

  /** The pairs as {@code key=value} in order, unencoded; for reading, not for sending. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Params[");
    for (int i = 0; i < size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(keys.get(i)).append('=').append(values.get(i));
    }
    return out.append(']').toString();
  }
}
