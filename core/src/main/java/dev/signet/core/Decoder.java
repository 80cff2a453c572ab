package dev.signet.core;

import dev.signet.core.internal.json.ElementListReader;
import dev.signet.core.internal.json.MemberMapReader;
import dev.signet.core.internal.json.RootValueReader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Turns the value of an answer (Binance's body, Kraken's {@code result}) into a typed value,
 * straight off the parser, through the one {@link SignetJson} mapper. Decoding is total: a value
 * either decodes or the decoder throws, and the executor turns any failure into a
 * {@link MalformedResponseException} naming the endpoint and the field. A {@code null} value, or a
 * {@code null} element of a list or map, is such a failure, never a null handed on.
 *
 * <p>Build decoders once (as constants next to the typed calls): the reader and its deserializers
 * are resolved when the decoder is made. Thread-safe.
 *
 * <pre>{@code
 * static final Decoder<Account> ACCOUNT = Decoder.of(Account.class);
 * static final Decoder<List<Order>> ORDERS = Decoder.listOf(Order.class);
 * static final Decoder<Long> SERVER_TIME = Decoder.tree().map(n -> Decoder.requireLong(n, "serverTime"));
 * }</pre>
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface Decoder<T> {
  /**
   * Decodes the value the parser is on (or, when it is on no token yet, the next value).
   *
   * @param parser the JSON parser
   * @return the value the parser is on (or, when it is on no token yet, the next value)
   * @throws tools.jackson.core.JacksonException or {@link IllegalArgumentException} when the value
   *     does not have the documented shape
   */
  T decode(JsonParser parser);

  /**
   * A decoder into {@code type}.
   *
   * @param <T> the decoded result type
   * @param type the class to decode into
   * @return a decoder into {@code type}
   */
  static <T> Decoder<T> of(Class<T> type) {
    return of(SignetJson.mapper().constructType(type));
  }

  /**
   * A decoder into {@code type}.
   *
   * @param <T> the decoded result type
   * @param type the class to decode into
   * @return a decoder into {@code type}
   */
  static <T> Decoder<T> of(JavaType type) {
    RootValueReader<T> reader = new RootValueReader<>(type);
    return parser -> {
      T value = reader.read(parser);
      if (value == null) {
        throw new IllegalArgumentException("the value is null where " + type.getRawClass().getSimpleName()
            + " is documented");
      }
      return value;
    };
  }

  /**
   * The value as a JSON tree (escape hatches); a JSON {@code null} is refused like any other.
   *
   * @return the value as a JSON tree (escape hatches); a JSON {@code null} is refused like any other
   */
  static Decoder<JsonNode> tree() {
    return of(JsonNode.class);
  }

  /**
   * An unmodifiable list of {@code element}s; a null list or element is refused, naming its index.
   *
   * @param <T> the decoded result type
   * @param element the class of the list's elements
   * @return an unmodifiable list of {@code element}s; a null list or element is refused, naming its index
   */
  static <T> Decoder<List<T>> listOf(Class<T> element) {
    // one reader call for the whole array: one Jackson context per list rather than per element
    ObjectReader reader = new ElementListReader(
        SignetJson.mapper().readerFor(element).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS),
        SignetJson.mapper().getTypeFactory().constructCollectionType(List.class, element));
    return parser -> {
      JsonToken start = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
      if (start == JsonToken.VALUE_NULL) {
        throw new IllegalArgumentException("the value is null where a JSON array of " + element.getSimpleName()
            + " is documented");
      }
      if (start != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("expected a JSON array of " + element.getSimpleName() + ", found " + start);
      }
      return reader.readValue(parser);
    };
  }

  /**
   * An unmodifiable map (in the answer's order) of string keys to {@code value}s; null values are refused.
   *
   * @param <V> the type of the map's values
   * @param value the class of the map's values
   * @return an unmodifiable map (in the answer's order) of string keys to {@code value}s; null values are refused
   */
  static <V> Decoder<Map<String, V>> mapOf(Class<V> value) {
    // one reader call for the whole object: one Jackson context per map rather than per member
    ObjectReader reader = new MemberMapReader(
        SignetJson.mapper().readerFor(value).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS),
        SignetJson.mapper().getTypeFactory().constructMapType(Map.class, String.class, value));
    return parser -> {
      JsonToken start = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
      if (start == JsonToken.VALUE_NULL) {
        throw new IllegalArgumentException("the value is null where a JSON object of " + value.getSimpleName()
            + " is documented");
      }
      if (start != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected a JSON object of " + value.getSimpleName() + ", found " + start);
      }
      return reader.readValue(parser);
    };
  }

  /**
   * This decoder followed by {@code then} (which may check the value and throw).
   *
   * @param <R> the type the new decoder returns
   * @param then the function applied to the decoded value
   * @return a decoder that applies {@code then} to this decoder's value
   */
  default <R> Decoder<R> map(Function<? super T, ? extends R> then) {
    Objects.requireNonNull(then, "then");
    return parser -> {
      R out = then.apply(decode(parser));
      if (out == null) {
        throw new IllegalArgumentException("the value decoded to null");
      }
      return out;
    };
  }

  /**
   * The integer member {@code field} of an object node.
   *
   * @param node the object node
   * @param field the member name
   * @return the integer member {@code field} of an object node
   * @throws IllegalArgumentException naming the field when it is absent, not an integer, or past {@code long}
   */
  static long requireLong(JsonNode node, String field) {
    JsonNode value = node.isObject() ? node.get(field) : null;
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("field '" + field + "' is "
          + (value == null ? "missing" : "not an integer that fits a long: " + value));
    }
    return value.asLong();
  }
}
