package dev.signet.kraken.internal;

import dev.signet.core.internal.json.ExpectedNames;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import dev.signet.kraken.stream.BookData;
import dev.signet.kraken.stream.BookEntry;
import dev.signet.kraken.stream.BookMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;
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
  /** The members in the order the exchange sends them (any order decodes). */
  private static final ExpectedNames MESSAGE = new ExpectedNames("channel", "type", "data");
  /** The members in the order the exchange sends them (any order decodes). */
  private static final ExpectedNames DATA = new ExpectedNames("symbol", "bids", "asks", "checksum", "timestamp");
  /** The members in the order the exchange sends them (any order decodes). */
  private static final ExpectedNames ENTRY = new ExpectedNames("price", "qty");
  private static final String[] NONE = {};
  private static final String[] CHECKSUM = {"checksum"};

  /** Jackson builds it from the annotation on {@link BookMessage}. */
  public BookMessageDeserializer() {}

  @Override
  public BookMessage deserialize(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, BookMessage.class, MESSAGE, NONE, new Message());
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

  private static BookData data(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, BookData.class, DATA, CHECKSUM, new Data());
  }

  private static BookEntry entry(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, BookEntry.class, ENTRY, NONE, new Entry());
  }

  /** The members of a {@link BookMessage}. */
  private static final class Message extends FieldLoop.Fields<BookMessage> {
    private String channel;
    private BookMessage.Type type;
    private List<BookData> data;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      switch (name) {
        case "channel" -> channel = JsonFields.string(p, ctxt, BookMessage.class, name);
        case "type" -> type = type(p, ctxt);
        case "data" -> data = FieldLoop.array(p, ctxt, BookMessage.class, name, BookMessageDeserializer::data);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected BookMessage build() {
      return new BookMessage(channel, type, data);
    }
  }

  /** The members of a {@link BookData}. */
  private static final class Data extends FieldLoop.Fields<BookData> {
    private String symbol;
    private List<BookEntry> bids;
    private List<BookEntry> asks;
    private long checksum;
    private Instant timestamp;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> a = BookData.class;
      switch (name) {
        case "symbol" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "bids" -> bids = FieldLoop.array(p, ctxt, a, name, BookMessageDeserializer::entry);
        case "asks" -> asks = FieldLoop.array(p, ctxt, a, name, BookMessageDeserializer::entry);
        case "checksum" -> {
          checksum = JsonFields.longValue(p, ctxt, a, name);
          seen(1);
        }
        case "timestamp" -> timestamp = StreamTimestamps.instant(p, ctxt);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected BookData build() {
      return new BookData(symbol, bids, asks, checksum, timestamp);
    }
  }

  /** The members of a {@link BookEntry}. */
  private static final class Entry extends FieldLoop.Fields<BookEntry> {
    private BigDecimal price;
    private BigDecimal qty;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      switch (name) {
        case "price" -> price = JsonFields.decimal(p, ctxt, BookEntry.class, name);
        case "qty" -> qty = JsonFields.decimal(p, ctxt, BookEntry.class, name);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected BookEntry build() {
      return new BookEntry(price, qty);
    }
  }
}
