package dev.signet.kraken.internal;

import dev.signet.core.internal.json.JsonFields;
import dev.signet.kraken.stream.BookData;
import dev.signet.kraken.stream.BookEntry;
import dev.signet.kraken.stream.BookMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams a {@link BookMessage} (its {@link BookData} and {@link BookEntry} levels) off the parser:
 * a book subscription sends an update per change, and Jackson's record creation of the three
 * records cost more than reading the fields (benchmarks/RESULTS.md, run 12). Accepts and refuses
 * what Jackson's record decoding does with {@code SignetJson}; a failure inside {@code data}
 * carries its place ({@code data[0].bids[3]}). Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = BookMessageDeserializer.class)} on {@link BookMessage}.
 */
public final class BookMessageDeserializer extends ValueDeserializer<BookMessage> {
  /** Jackson builds it from the annotation on {@link BookMessage}. */
  public BookMessageDeserializer() {}

  @Override
  public BookMessage deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> a = BookMessage.class;
    String channel = null;
    BookMessage.Type type = null;
    List<BookData> data = null;
    for (String name = JsonFields.firstName(p, ctxt, a); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "channel" -> channel = JsonFields.string(p, ctxt, a, name);
        case "type" -> type = type(p, ctxt);
        case "data" -> data = list(p, ctxt, a, name, true);
        default -> p.skipChildren();
      }
    }
    try {
      return new BookMessage(channel, type, data);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, a, refused);
    }
  }

  private static BookMessage.Type type(JsonParser p, DeserializationContext ctxt) {
    String text = JsonFields.string(p, ctxt, BookMessage.Type.class, "type");
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "snapshot" -> BookMessage.Type.SNAPSHOT;
      case "update" -> BookMessage.Type.UPDATE;
      default -> throw ctxt.weirdStringException(text, BookMessage.Type.class, "not one of [snapshot, update]");
    };
  }

  /** An array of book data ({@code data}) or of levels; JSON null gives null, a null element stays null. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> list(JsonParser p, DeserializationContext ctxt, Class<?> type, String field, boolean data) {
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
        out.add(p.currentToken() == JsonToken.VALUE_NULL ? null : (T) (data ? data(p, ctxt) : entry(p, ctxt)));
      } catch (JacksonException e) {
        throw e.prependPath(out, out.size()).prependPath(type, field);
      }
    }
    return out;
  }

  private static BookData data(JsonParser p, DeserializationContext ctxt) {
    Class<?> a = BookData.class;
    String symbol = null;
    List<BookEntry> bids = null;
    List<BookEntry> asks = null;
    long checksum = 0;
    boolean seen = false;
    Instant timestamp = null;
    for (String name = JsonFields.firstName(p, ctxt, a); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "symbol" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "bids" -> bids = list(p, ctxt, a, name, false);
        case "asks" -> asks = list(p, ctxt, a, name, false);
        case "checksum" -> {
          checksum = JsonFields.longValue(p, ctxt, a, name);
          seen = true;
        }
        case "timestamp" -> timestamp = StreamTimestamps.instant(p, ctxt);
        default -> p.skipChildren();
      }
    }
    if (!seen) {
      throw JsonFields.missing(ctxt, a, "checksum");
    }
    try {
      return new BookData(symbol, bids, asks, checksum, timestamp);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, a, refused);
    }
  }

  private static BookEntry entry(JsonParser p, DeserializationContext ctxt) {
    Class<?> a = BookEntry.class;
    BigDecimal price = null;
    BigDecimal qty = null;
    for (String name = JsonFields.firstName(p, ctxt, a); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "price" -> price = JsonFields.decimal(p, ctxt, a, name);
        case "qty" -> qty = JsonFields.decimal(p, ctxt, a, name);
        default -> p.skipChildren();
      }
    }
    try {
      return new BookEntry(price, qty);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, a, refused);
    }
  }
}
