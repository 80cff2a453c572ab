package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.BookMessageDeserializer;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One frame of Kraken's WebSocket v2 {@code book} channel:
 * {@code {"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[...],"asks":[...],"checksum":3310070434}]}}.
 *
 * <pre>{@code
 * BookMessage m = StreamFrames.decode("book", text, Decoder.of(BookMessage.class));
 * boolean snapshot = m.type() == BookMessage.Type.SNAPSHOT;
 * }</pre>
 *
 * @param channel always {@code book}
 * @param type whether the frame is the subscription's snapshot or an update
 * @param data one entry per symbol (the docs: the book is the only item)
 */
@JsonDeserialize(using = BookMessageDeserializer.class)
public record BookMessage(
    @JsonProperty("channel") String channel,
    @JsonProperty("type") Type type,
    @JsonProperty("data") List<BookData> data) {
  /** The two kinds of {@code book} frame (and of {@code executions} and {@code balances} frames). */
  public enum Type {
    /** The subscribed depth of the book, sent once after subscribing. */
    @JsonProperty("snapshot")
    SNAPSHOT,
    /** The levels that changed. */
    @JsonProperty("update")
    UPDATE
  }

  /**
   * Checks that this is a {@code book} frame with a type and data.
   *
   * @param channel always {@code book}
   * @param type snapshot or update
   * @param data one entry per symbol
   */
  public BookMessage {
    Required.field(channel, "channel");
    if (!"book".equals(channel)) {
      throw new IllegalArgumentException("channel is \"" + channel + "\", expected \"book\"");
    }
    Required.field(type, "type");
    data = Required.list(data, "data");
  }
}
