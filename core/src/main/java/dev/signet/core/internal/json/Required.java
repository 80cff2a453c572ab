package dev.signet.core.internal.json;

import java.util.List;
import java.util.Map;

/**
 * The checks a response record's compact constructor makes, so that a decoded record never holds
 * a null where the exchange's docs promise a value. Each throws {@link IllegalArgumentException}
 * naming the field; Jackson reports that as a {@code ValueInstantiationException} (a
 * {@code JacksonException}), which the clients turn into {@code MalformedResponseException}.
 *
 * <p>Primitive components cannot be checked here (Jackson has already put 0 or false in a missing
 * one): mark a required primitive {@code @JsonProperty(required = true)}; a JSON {@code null}
 * for any primitive is refused by {@code SignetJson}.
 *
 * <pre>{@code
 * public record Balance(String asset, BigDecimal free, BigDecimal locked) {
 *   public Balance {
 *     Required.field(asset, "asset");
 *     Required.field(free, "free");
 *     Required.field(locked, "locked");
 *   }
 * }
 * }</pre>
 */
public final class Required {
  private Required() {}

  /**
   * {@code value}, or an exception when it is null: "required field 'name' is missing or null".
   *
   * @param <T> the element or value type
   * @param value the decoded value
   * @param name the field name, used in the message
   * @return {@code value}, or an exception when it is null: "required field 'name' is missing or null"
   */
  public static <T> T field(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(message(name));
    }
    return value;
  }

  /**
   * An unmodifiable copy of a list the docs always send; null, or a null element, is refused.
   *
   * @param <T> the element or value type
   * @param value the decoded value
   * @param name the field name, used in the message
   * @return an unmodifiable copy of a list the docs always send; null, or a null element, is refused
   */
  public static <T> List<T> list(List<T> value, String name) {
    return copy(field(value, name), name);
  }

  /**
   * An unmodifiable copy of a list the docs allow to be absent (absent gives empty); null elements are refused.
   *
   * @param <T> the element or value type
   * @param value the decoded value
   * @param name the field name, used in the message
   * @return an unmodifiable copy of a list the docs allow to be absent (absent gives empty); null elements are refused
   */
  public static <T> List<T> listOrEmpty(List<T> value, String name) {
    return value == null ? List.of() : copy(value, name);
  }

  /**
   * {@code map} when it is non-null with no null value; otherwise an exception naming the field and key.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param <M> the map type
   * @param map the decoded map
   * @param name the field name, used in the message
   * @return {@code map} when it is non-null with no null value; otherwise an exception naming the field and key
   */
  public static <K, V, M extends Map<K, V>> M values(M map, String name) {
    field(map, name);
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (e.getValue() == null) {
        throw new IllegalArgumentException("field '" + name + "' has a null value for '" + e.getKey() + "'");
      }
    }
    return map;
  }

  /**
   * The message of a missing required field: "required field 'name' is missing or null".
   *
   * @param name the field name, used in the message
   * @return the message of a missing required field: "required field 'name' is missing or null"
   */
  public static String message(String name) {
    return "required field '" + name + "' is missing or null";
  }

  private static <T> List<T> copy(List<T> value, String name) {
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new IllegalArgumentException("field '" + name + "' has a null element at index " + i);
      }
    }
    return List.copyOf(value);
  }
}
