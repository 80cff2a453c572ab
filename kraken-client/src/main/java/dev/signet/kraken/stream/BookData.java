package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * The payload of one WebSocket v2 {@code book} frame for one symbol: a snapshot of the subscribed
 * depth, or the levels that changed, with the CRC32 checksum of the top ten levels of each side as
 * they stand after the frame.
 *
 * <pre>{@code
 * for (BookData data : message.data()) {
 *   KrakenBook.Outcome outcome = books.get(data.symbol()).onData(message.type(), data);
 * }
 * }</pre>
 *
 * @param symbol the pair, as WebSocket v2 names it (e.g. {@code BTC/USD})
 * @param bids the bid levels (a snapshot's best first; an update's in the order to apply)
 * @param asks the ask levels (likewise)
 * @param checksum the CRC32 of the book's top ten levels after this frame, an unsigned 32-bit value
 * @param timestamp when the book last changed (updates; snapshots may leave it out), or null
 */
public record BookData(
    @JsonProperty("symbol") String symbol,
    @JsonProperty("bids") List<BookEntry> bids,
    @JsonProperty("asks") List<BookEntry> asks,
    @JsonProperty(value = "checksum", required = true) long checksum,
    @JsonProperty("timestamp") Instant timestamp) {
  /**
   * Checks the required fields and that the checksum is an unsigned 32-bit value.
   *
   * @param symbol the pair
   * @param bids the bid levels; a missing side is empty
   * @param asks the ask levels; a missing side is empty
   * @param checksum the CRC32 of the top ten levels
   * @param timestamp when the book last changed, or null
   */
  public BookData {
    Required.field(symbol, "symbol");
    bids = Required.listOrEmpty(bids, "bids");
    asks = Required.listOrEmpty(asks, "asks");
    if (checksum < 0 || checksum > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("checksum " + checksum + " is not an unsigned 32-bit value");
    }
  }
}
