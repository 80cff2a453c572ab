package dev.signet.kraken.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Decoder;
import dev.signet.core.book.Level;
import dev.signet.core.internal.StreamFrames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class KrakenBookTest {
  static final Decoder<BookMessage> DECODER = Decoder.of(BookMessage.class);

  static String fixture(String name) {
    try (InputStream in = KrakenBookTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BookMessage frame(String json) {
    return StreamFrames.decode("book", json, DECODER);
  }

  /** The CRC32 of a text written out by hand in the test: the independent side of each check. */
  static long crc(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.US_ASCII));
    return crc.getValue();
  }

  static String update(String bids, String asks, long checksum) {
    return "{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":[" + bids
        + "],\"asks\":[" + asks + "],\"checksum\":" + checksum + ",\"timestamp\":\"2026-12-03T07:30:00.123456Z\"}]}";
  }

  // asks 101.5 x 2.00000000, 102 x 0.5; bids 100.0 x 1.25000000, 99.9 x 3
  static final String SMALL_SNAPSHOT = "{\"channel\":\"book\",\"type\":\"snapshot\",\"data\":[{\"symbol\":\"BTC/USD\","
      + "\"bids\":[{\"price\":100.0,\"qty\":1.25000000},{\"price\":99.9,\"qty\":3}],"
      + "\"asks\":[{\"price\":101.5,\"qty\":2.00000000},{\"price\":102,\"qty\":0.5}],\"checksum\":"
      + crc("1015200000000" + "102" + "5" + "1000125000000" + "999" + "3") + "}]}";

  @Test
  void theGuidesSnapshotDecodesWithExactValuesAndMatchesItsPublishedChecksum() {
    BookMessage m = frame(fixture("ws_book_snapshot.json"));
    assertThat(m.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    BookData data = m.data().get(0);
    assertThat(data.symbol()).isEqualTo("BTC/USD");
    assertThat(data.checksum()).isEqualTo(3310070434L);
    assertThat(data.timestamp()).isNull();
    assertThat(data.bids()).hasSize(10);
    assertThat(data.bids().get(0).level()).isEqualTo(Level.of("45283.5", "0.10000000"));
    assertThat(data.asks().get(9).level()).isEqualTo(Level.of("45299.5", "0.18772827"));

    KrakenBook book = KrakenBook.of("BTC/USD", 10, BookChecksum.asSent());
    assertThat(book.onMessage(m)).isEqualTo(KrakenBook.Outcome.APPLIED);
    assertThat(book.synced()).isTrue();
    assertThat(book.view().bestBid()).contains(Level.of("45283.5", "0.10000000"));
    assertThat(book.view().bestAsk()).contains(Level.of("45285.2", "0.00100000"));
    assertThat(BookChecksum.asSent().text(book.view().asks(10), book.view().bids(10))).startsWith("452852100000"
        + "452864154571953").endsWith("45276615445238");
  }

  @Test
  void numbersThatLostTheirTrailingZerosMatchOnlyWhenWrittenAtThePairsPrecision() {
    String shortened = fixture("ws_book_snapshot.json").replace("\"0.10000000\"", "0.1").replace("\"45281.0\"", "45281");
    assertThat(KrakenBook.of("BTC/USD", 10, BookChecksum.asSent()).onMessage(frame(shortened)))
        .isEqualTo(KrakenBook.Outcome.RESUBSCRIBE);
    KrakenBook book = KrakenBook.of("BTC/USD", 10, BookChecksum.withPrecision(1, 8));
    assertThat(book.onMessage(frame(shortened))).isEqualTo(KrakenBook.Outcome.APPLIED);
    assertThat(book.view().bids(4).get(3)).isEqualTo(Level.of("45281", "0.1"));
  }

  @Test
  void anUpdateIsAppliedInOrderAndCheckedAgainstItsChecksum() {
    KrakenBook book = KrakenBook.of("BTC/USD", 10, BookChecksum.asSent());
    assertThat(book.onMessage(frame(SMALL_SNAPSHOT))).isEqualTo(KrakenBook.Outcome.APPLIED);
    assertThat(book.view().updateId()).isZero();
    // the best ask goes; 100.0 changes twice in one frame, the last wins; a new bid at 100.2
    String bids = "{\"price\":100.0,\"qty\":7},{\"price\":100.0,\"qty\":0.75},{\"price\":100.2,\"qty\":0.01}";
    String asks = "{\"price\":101.5,\"qty\":0}";
    long sum = crc("102" + "5" + "1002" + "1" + "1000" + "75" + "999" + "3");
    assertThat(book.onMessage(frame(update(bids, asks, sum)))).isEqualTo(KrakenBook.Outcome.APPLIED);
    assertThat(book.view().bids(3)).containsExactly(Level.of("100.2", "0.01"), Level.of("100.0", "0.75"),
        Level.of("99.9", "3"));
    assertThat(book.view().asks(3)).containsExactly(Level.of("102", "0.5"));
    assertThat(book.view().updateId()).isEqualTo(1);
    assertThat(book.timestamp()).isEqualTo(Instant.parse("2026-12-03T07:30:00.123456Z"));
  }

  @Test
  void aLevelPushedPastTheSubscribedDepthIsDroppedBeforeTheChecksum() {
    StringBuilder bids = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      bids.append(i == 0 ? "" : ",").append("{\"price\":").append(90 - i).append(",\"qty\":1}");
      text.append(90 - i).append('1');
    }
    String snapshot = "{\"channel\":\"book\",\"type\":\"snapshot\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":[" + bids
        + "],\"asks\":[{\"price\":95,\"qty\":2}],\"checksum\":" + crc("952" + text) + "}]}";
    KrakenBook book = KrakenBook.of("BTC/USD", 10, BookChecksum.asSent());
    assertThat(book.onMessage(frame(snapshot))).isEqualTo(KrakenBook.Outcome.APPLIED);

    // a bid inside the book: eleven levels, the worst (81) is cut and must not count
    long sum = crc("952" + "901" + "891" + "8852" + "881871861851841831821");
    assertThat(book.onMessage(frame(update("{\"price\":88.5,\"qty\":2}", "", sum))))
        .isEqualTo(KrakenBook.Outcome.APPLIED);
    assertThat(book.view().bids(20)).hasSize(10).last().isEqualTo(Level.of("82", "1"));
  }

  @Test
  void aMismatchClearsTheBookAsksToResubscribeAndSkipsUpdatesUntilTheNextSnapshot() {
    KrakenBook book = KrakenBook.of("BTC/USD", 25, BookChecksum.asSent());
    book.onMessage(frame(SMALL_SNAPSHOT));
    String drop = "{\"price\":99.9,\"qty\":0}";
    assertThat(book.onMessage(frame(update(drop, "", 12345)))).isEqualTo(KrakenBook.Outcome.RESUBSCRIBE);
    assertThat(book.synced()).isFalse();
    assertThat(book.mismatches()).isEqualTo(1);
    assertThat(book.view().bestBid()).isEmpty();
    assertThat(book.view().updateId()).isEqualTo(-1);

    assertThat(book.onMessage(frame(update(drop, "", 1)))).isEqualTo(KrakenBook.Outcome.SKIPPED);
    assertThat(book.onMessage(frame(SMALL_SNAPSHOT))).isEqualTo(KrakenBook.Outcome.APPLIED);
    assertThat(book.view().bestBid()).contains(Level.of("100.0", "1.25000000"));
    assertThat(book.toString()).isEqualTo("KrakenBook{BTC/USD, depth=25, synced, mismatches=1, LocalOrderBook{"
        + "bid=100.0 x 1.25000000, ask=101.5 x 2.00000000, levels=2/2, updateId=0}}");
  }

  @Test
  void anUpdateBeforeAnySnapshotIsSkipped() {
    KrakenBook book = KrakenBook.of("BTC/USD", 10, BookChecksum.asSent());
    assertThat(book.onMessage(frame(update("", "", 0)))).isEqualTo(KrakenBook.Outcome.SKIPPED);
    assertThat(book.synced()).isFalse();
    assertThat(book.mismatches()).isZero();
  }

  @Test
  void badArgumentsAreRefusedNamingTheFix() {
    assertThatThrownBy(() -> KrakenBook.of("BTC/USD", 15, BookChecksum.asSent()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth 15 is not one Kraken subscribes to: use 10, 25, 100, 500 or 1000");
    assertThatThrownBy(() -> BookChecksum.withPrecision(-1, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceDecimals and qtyDecimals must be 0 or more, got -1 and 8 (use the pair's pair_decimals "
            + "and lot_decimals)");
    KrakenBook book = KrakenBook.of("ETH/USD", 10, BookChecksum.asSent());
    assertThatThrownBy(() -> book.onMessage(frame(SMALL_SNAPSHOT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("book data for BTC/USD given to the book of ETH/USD");
    assertThat(BookChecksum.withPrecision(1, 8).toString()).isEqualTo("BookChecksum{priceDecimals=1, qtyDecimals=8}");
  }

  @Test
  void aMalformedFrameFailsNamingTheStreamAndTheField() {
    String ok = update("{\"price\":100,\"qty\":1}", "", 7);
    assertThat(frame(ok).data().get(0).checksum()).isEqualTo(7);
    assertThatThrownBy(() -> frame(ok.replace("\"book\"", "\"ticker\"")))
        .hasMessage("stream book: the frame could not be decoded: channel is \"ticker\", expected \"book\"");
    assertThatThrownBy(() -> frame(ok.replace("\"checksum\":7,", "")))
        .hasMessageStartingWith("stream book: the frame could not be decoded: ").hasMessageContaining("'checksum'");
    assertThatThrownBy(() -> frame(ok.replace("\"qty\":1", "\"qty\":-1")))
        .hasMessage("stream book: the frame could not be decoded: at data[0].bids[0]: qty must not be negative, got -1");
    assertThatThrownBy(() -> frame(ok.replace("\"checksum\":7", "\"checksum\":4294967296")))
        .hasMessage("stream book: the frame could not be decoded: at data[0]: checksum 4294967296 is not an unsigned 32-bit value");
    assertThatThrownBy(() -> frame(ok.replace("\"update\"", "\"delta\"")))
        .hasMessageStartingWith("stream book: the frame could not be decoded: ").hasMessageContaining("delta");
    assertThatThrownBy(() -> frame(ok.replace("\"price\":100,", "")))
        .hasMessageStartingWith("stream book: the frame could not be decoded: ").hasMessageContaining("price");
  }
}
