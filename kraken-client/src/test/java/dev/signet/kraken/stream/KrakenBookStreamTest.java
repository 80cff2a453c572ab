package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenStreamsTest.event;
import static dev.signet.kraken.stream.KrakenStreamsTest.gap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.book.Level;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeKrakenStreams;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KrakenBookStreamTest {
  private static final BookChecksum BTC_USD = BookChecksum.withPrecision(1, 8);
  private static final String SUBSCRIBE = "{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],"
      + "\"depth\":10},\"req_id\":";
  private static final String UNSUBSCRIBE = "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"book\",\"symbol\":"
      + "[\"BTC/USD\"],\"depth\":10},\"req_id\":";

  private final FakeKrakenStreams fake = new FakeKrakenStreams();
  private KrakenStreams streams;

  @BeforeEach
  void guideBook() {
    // the book of Kraken's checksum guide (fixtures/ws_book_snapshot.json), as the fake's state
    fake.setBook("BTC/USD", List.of(
        l("45283.5", "0.10000000"), l("45283.4", "1.54582015"), l("45282.1", "0.10000000"), l("45281.0", "0.10000000"),
        l("45280.3", "1.54592586"), l("45279.0", "0.07990000"), l("45277.6", "0.03310103"), l("45277.5", "0.30000000"),
        l("45277.3", "1.54602737"), l("45276.6", "0.15445238")), List.of(
        l("45285.2", "0.00100000"), l("45286.4", "1.54571953"), l("45286.6", "1.54571109"), l("45289.6", "1.54560911"),
        l("45290.2", "0.15890660"), l("45291.8", "1.54553491"), l("45294.7", "0.04454749"), l("45296.1", "0.35380000"),
        l("45297.5", "0.09945542"), l("45299.5", "0.18772827")));
    streams = KrakenStreams.publicStreams().baseUrl(fake.baseUrl())
        .options(KrakenStreamsTest.fast(StreamOptions.builder()).build()).build();
  }

  @AfterEach
  void close() {
    streams.close();
    fake.close();
  }

  static List<String[]> levels(String[]... levels) {
    return List.of(levels);
  }

  static String[] l(String price, String qty) {
    return new String[] {price, qty};
  }

  private void assertBookIsTheFakes(KrakenBookStream book) {
    assertThat(book.book().synced()).isTrue();
    assertThat(BTC_USD.of(book.book().view())).isEqualTo(fake.bookChecksum("BTC/USD", 10));
  }

  @Test
  void theSnapshotFromTheFakesStateCarriesTheGuidesChecksumAndUpdatesKeepTheBookEqual() throws Exception {
    assertThat(fake.bookChecksum("BTC/USD", 10)).isEqualTo(3310070434L); // the guide's value: the fake is right
    KrakenBookStream book = streams.localBook("BTC/USD", 10, BTC_USD);
    BookMessage snapshot = event(book);
    assertThat(snapshot.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(snapshot.data().get(0).checksum()).isEqualTo(3310070434L);
    assertThat(snapshot.data().get(0).asks().get(0)).isEqualTo(new BookEntry(new BigDecimal("45285.2"),
        new BigDecimal("0.00100000")));
    assertBookIsTheFakes(book);

    fake.publishBookUpdate("BTC/USD", levels(l("45283.5", "0.20000000")), levels(l("45285.2", "0"),
        l("45299.9", "0.50000000")));
    BookMessage update = event(book);
    assertThat(update.type()).isEqualTo(BookMessage.Type.UPDATE);
    assertThat(book.book().view().bestAsk().orElseThrow())
        .isEqualTo(new Level(new BigDecimal("45286.4"), new BigDecimal("1.54571953")));
    assertThat(book.book().view().bestBid().orElseThrow())
        .isEqualTo(new Level(new BigDecimal("45283.5"), new BigDecimal("0.20000000")));
    assertThat(book.book().view().asks(10)).hasSize(10).last()
        .isEqualTo(new Level(new BigDecimal("45299.9"), new BigDecimal("0.50000000")));
    assertBookIsTheFakes(book);
  }

  @Test
  void aChecksumMismatchIsAGapThenTheBookIsSubscribedAgainAndRebuiltFromTheNewSnapshot() throws Exception {
    KrakenBookStream book = streams.localBook("BTC/USD", 10, BTC_USD);
    event(book);
    fake.corruptNextChecksum("BTC/USD");
    fake.publishBookUpdate("BTC/USD", levels(l("45283.5", "0.30000000")), levels());
    long wrong = (fake.bookChecksum("BTC/USD", 10) + 1) & 0xFFFF_FFFFL;
    assertThat(book.take()).isEqualTo(new StreamItem.Gap<BookMessage>(StreamItem.Reason.OUT_OF_SYNC,
        "book:BTC/USD: the local book does not match the frame's checksum " + wrong
            + "; subscribed again for a new snapshot"));
    assertThat(book.book().synced()).isFalse();
    assertThat(book.book().view().bestBid()).isEmpty();

    assertThat(event(book).type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertBookIsTheFakes(book);
    assertThat(book.book().view().bestBid().orElseThrow().quantity()).isEqualTo(new BigDecimal("0.30000000"));
    assertThat(book.book().mismatches()).isEqualTo(1);
    assertThat(fake.received()).containsExactly(SUBSCRIBE + "1}", UNSUBSCRIBE + "2}", SUBSCRIBE + "3}");
    assertThat(fake.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void aDroppedUpdateIsCaughtByTheNextChecksumAndTheBookResyncs() throws Exception {
    KrakenBookStream book = streams.localBook("BTC/USD", 10, BTC_USD);
    event(book);
    fake.dropNextBookUpdate("BTC/USD");
    fake.publishBookUpdate("BTC/USD", levels(l("45276.6", "0")), levels()); // never sent
    fake.publishBookUpdate("BTC/USD", levels(l("45283.4", "2.00000000")), levels());
    assertThat(gap(book).reason()).isEqualTo(StreamItem.Reason.OUT_OF_SYNC);
    assertThat(event(book).type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertBookIsTheFakes(book);
    assertThat(book.book().view().bids(10)).hasSize(9);
  }

  @Test
  void aCorruptSnapshotIsRefusedTooAndTheNextOneRebuildsTheBook() throws Exception {
    fake.corruptNextChecksum("BTC/USD");
    KrakenBookStream book = streams.localBook("BTC/USD", 10, BTC_USD);
    assertThat(gap(book).reason()).isEqualTo(StreamItem.Reason.OUT_OF_SYNC);
    assertThat(event(book).type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertBookIsTheFakes(book);
  }

  @Test
  void aLostConnectionClearsTheBookAndTheReconnectsSnapshotRebuildsIt() throws Exception {
    KrakenBookStream book = streams.localBook("BTC/USD", 10, BTC_USD);
    event(book);
    fake.disconnectAll();
    assertThat(gap(book).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    assertThat(book.book().synced()).isFalse();
    fake.awaitSubscribed("book:BTC/USD", 1);
    fake.publishBookUpdate("BTC/USD", levels(l("45283.0", "1.00000000")), levels());
    assertThat(event(book).type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(event(book).type()).isEqualTo(BookMessage.Type.UPDATE);
    assertBookIsTheFakes(book);
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }
}
