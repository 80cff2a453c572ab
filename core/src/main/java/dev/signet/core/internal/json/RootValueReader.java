package dev.signet.core.internal.json;

import dev.signet.core.SignetJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one value of a type from a parser, as {@code ObjectReader.readValue(parser)} does, without
 * the second Jackson context that call makes when the parser already carries one: a parser that
 * {@code SignetJson.mapper()} made holds its own {@code DeserializationContext} (a stream frame's
 * and every REST body's parser), and an object value is handed straight to the type's root
 * deserializer with it. Any other parser or token goes through the reader, so a JSON null, an
 * empty body or a foreign parser decodes exactly as before. Not API.
 *
 * <pre>{@code
 * RootValueReader<TradeEvent> trades = new RootValueReader<>(SignetJson.mapper().constructType(TradeEvent.class));
 * TradeEvent trade = trades.read(parser);
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class RootValueReader<T> {
  private final JavaType type;
  private final ObjectReader reader;
  private final DeserializationConfig signet;
  private volatile ValueDeserializer<Object> root; // found once, as the reader prefetches its own

  /**
   * A reader of {@code type} values.
   *
   * @param type the value's type
   */
  public RootValueReader(JavaType type) {
    this.type = type;
    this.reader = SignetJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.signet = SignetJson.mapper().deserializationConfig();
  }

  /**
   * The value the parser is on (or, on no token yet, the next one); null for JSON null.
   *
   * @param parser the parser
   * @return the value, or null for JSON null
   */
  @SuppressWarnings("unchecked")
  public T read(JsonParser parser) {
    if (parser.currentToken() == JsonToken.START_OBJECT && parser.objectReadContext() instanceof DeserializationContext own
        && own.getConfig() == signet) {
      ValueDeserializer<Object> deserializer = root;
      if (deserializer == null) {
        root = deserializer = own.findRootValueDeserializer(type);
      }
      T value = (T) deserializer.deserialize(parser, own);
      parser.clearCurrentToken(); // where the reader leaves it
      return value;
    }
    return reader.readValue(parser);
  }
}
