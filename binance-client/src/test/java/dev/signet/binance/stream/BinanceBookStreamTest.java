package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.book.Level;
import dev.signet.core.stream.StreamItem;
import dev.signet.testkit.Fault;
import dev.signet.testkit.FakeBinanceStreams.DepthFault;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinanceBookStreamTest extends FakeBookTestBase {
  private static final String STREAM = "bnbbtc@depth@100ms";

  /** A Spot book of the docs' example (BNBBTC, bids 0.0024, asks 0.0026) at update id 160, joined. */
  private BinanceBookStream joined() throws InterruptedException {
    fake.setBook("BNBBTC", 160, levels(l("0.0024", "10"), l("0.0023", "5")), levels(l("0.0026", "100")));
    BinanceBookStream book = streams(false).localBook("BNBBTC", client);
    fake.awaitSubscribed(STREAM, 1);
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0024", "12")), levels());
    assertThat(until(book, u)).isEmpty(); // buffered, then held by the snapshot: nothing to hand on
    return book;
  }

  private static StreamItem.Gap<DepthUpdate> outOfSync(String detail) {
    return new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC, STREAM + ": " + detail
        + "; the book is cleared and a new depth snapshot fetched");
  }

  @Test
  void theFirstEventFetchesTheSnapshotAsSentAndTheNextEventIsAppliedAndHandedOnExactly() throws Exception {
    BinanceBookStream book = joined();
    assertThat(fake.received()).containsExactly("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + STREAM + "\"],\"id\":1}");
    assertThat(depthRequests()).containsExactly("/api/v3/depth?symbol=BNBBTC&limit=5000");
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(book.book().view().updateId()).isEqualTo(161);

    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0023", "0")), levels(l("0.0026", "100"), l("0.0027", "7")));
    assertThat(u).isEqualTo(164);
    assertThat(until(book, 164)).containsExactly(new StreamItem.Event<>(new DepthUpdate("depthUpdate",
        Instant.ofEpochMilli(1672515782137L), null, "BNBBTC", 162, 164, null,
        List.of(new PriceLevel(new BigDecimal("0.0023"), new BigDecimal("0"))),
        List.of(new PriceLevel(new BigDecimal("0.0026"), new BigDecimal("100")),
            new PriceLevel(new BigDecimal("0.0027"), new BigDecimal("7"))))));
    assertThat(book.book().view().bids(5)).containsExactly(Level.of("0.0024", "12"));
    assertThat(book.book().view().asks(5)).containsExactly(Level.of("0.0026", "100"), Level.of("0.0027", "7"));
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(book.stream()).isEqualTo(STREAM);
    assertThat(depthRequests()).hasSize(1);
  }

  @Test
  void aDroppedUpdateIsAnOutOfSyncGapAndTheBookIsRebuiltFromANewSnapshot() throws Exception {
    BinanceBookStream book = joined();
    fake.faultNextDepthUpdate("BNBBTC", DepthFault.DROP);
    fake.publishDepthUpdate("BNBBTC", levels(l("0.0022", "3")), levels()); // 162, never sent
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0021", "4")), levels()); // 163
    assertThat(until(book, u)).containsExactly(outOfSync("update 163-163 does not follow the book's update id 161"));
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(book.book().view().bids(5)).extracting(Level::price)
        .containsExactly(new BigDecimal("0.0024"), new BigDecimal("0.0023"), new BigDecimal("0.0022"), new BigDecimal("0.0021"));
    assertThat(book.book().resyncs()).isEqualTo(1);
    assertThat(depthRequests()).hasSize(2);

    long next = fake.publishDepthUpdate("BNBBTC", levels(l("0.0021", "0")), levels());
    assertThat(until(book, next)).hasSize(1).allMatch(i -> i instanceof StreamItem.Event);
    assertBookIsTheFakes(book, "BNBBTC");
  }

  @Test
  void aDuplicatedUpdateIsSkippedWithNoGapAndNoSnapshot() throws Exception {
    BinanceBookStream book = joined();
    fake.faultNextDepthUpdate("BNBBTC", DepthFault.DUPLICATE);
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0024", "1")), levels());
    long after = fake.publishDepthUpdate("BNBBTC", levels(), levels(l("0.0026", "50")));
    List<StreamItem<DepthUpdate>> items = until(book, after);
    assertThat(items).hasSize(2).allMatch(i -> i instanceof StreamItem.Event);
    assertThat(items).extracting(i -> ((StreamItem.Event<DepthUpdate>) i).value().finalUpdateId()).containsExactly(u, after);
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(depthRequests()).hasSize(1);
  }

  @Test
  void aReorderedUpdateIsAnOutOfSyncGapAndTheLateOneIsNotApplied() throws Exception {
    BinanceBookStream book = joined();
    fake.faultNextDepthUpdate("BNBBTC", DepthFault.REORDER);
    fake.publishDepthUpdate("BNBBTC", levels(l("0.0024", "0")), levels()); // 162, held back
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0020", "9")), levels()); // 163, then 162
    assertThat(until(book, u)).containsExactly(outOfSync("update 163-163 does not follow the book's update id 161"));
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(book.book().view().bestBid()).contains(Level.of("0.0023", "5"));
    assertThat(depthRequests()).hasSize(2);
  }

  @Test
  void aLostConnectionWhoseNextEventFollowsOnKeepsTheBookWithoutASnapshot() throws Exception {
    BinanceBookStream book = joined();
    fake.disconnectAll();
    fake.awaitSubscribed(STREAM, 1);
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0024", "2")), levels());
    List<StreamItem<DepthUpdate>> items = until(book, u);
    assertThat(items).hasSize(2);
    assertThat(((StreamItem.Gap<DepthUpdate>) items.get(0)).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    assertThat(((StreamItem.Event<DepthUpdate>) items.get(1)).value().firstUpdateId()).isEqualTo(162);
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(depthRequests()).hasSize(1);
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aLostConnectionThatMissedUpdatesIsFollowedByAnOutOfSyncGapAndARebuild() throws Exception {
    BinanceBookStream book = joined();
    fake.disconnectAll();
    fake.publishDepthUpdate("BNBBTC", levels(l("0.0019", "1")), levels()); // 162: no one listens
    fake.awaitSubscribed(STREAM, 1);
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0018", "1")), levels()); // 163
    List<StreamItem<DepthUpdate>> items = until(book, u);
    assertThat(items).hasSize(2);
    assertThat(((StreamItem.Gap<DepthUpdate>) items.get(0)).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    assertThat(items.get(1)).isEqualTo(outOfSync("update 163-163 does not follow the book's update id 161"));
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(depthRequests()).hasSize(2);
  }

  @Test
  void aFailedSnapshotIsAGapNamingTheFailureAndIsRetriedAfterTheBackoff() throws Exception {
    fake.setBook("BNBBTC", 160, levels(l("0.0024", "10")), levels(l("0.0026", "100")));
    rest.failNext(1, Fault.serviceUnavailableHtml());
    BinanceBookStream book = streams(false).localBook("BNBBTC", client);
    fake.awaitSubscribed(STREAM, 1);
    long u = fake.publishDepthUpdate("BNBBTC", levels(l("0.0024", "11")), levels());
    List<StreamItem<DepthUpdate>> items = until(book, u);
    assertThat(items).hasSize(1);
    StreamItem.Gap<DepthUpdate> gap = (StreamItem.Gap<DepthUpdate>) items.get(0);
    assertThat(gap.reason()).isEqualTo(StreamItem.Reason.OUT_OF_SYNC);
    assertThat(gap.detail()).startsWith(STREAM + ": the depth snapshot could not be fetched (")
        .contains("503").endsWith("); retried in 10 ms");
    assertBookIsTheFakes(book, "BNBBTC");
    assertThat(depthRequests()).containsExactly("/api/v3/depth?symbol=BNBBTC&limit=5000",
        "/api/v3/depth?symbol=BNBBTC&limit=5000");
  }

  @Test
  void aUsdmBookFetchesFapiDepthAndChecksPu() throws Exception {
    fake.setBook("BTCUSDT", 500, levels(l("40000.0", "1.000")), levels(l("40000.1", "2.000")));
    BinanceBookStream book = streams(true).localBook("BTCUSDT", client);
    fake.awaitSubscribed("btcusdt@depth@100ms", 1);
    assertThat(fake.routesOf("btcusdt@depth@100ms")).containsExactly("/public/stream");
    until(book, fake.publishDepthUpdate("BTCUSDT", levels(l("40000.0", "1.500")), levels()));
    assertThat(depthRequests()).containsExactly("/fapi/v1/depth?symbol=BTCUSDT&limit=1000");

    long u = fake.publishDepthUpdate("BTCUSDT", levels(), levels(l("40000.2", "3.000"), l("40000.1", "0")));
    List<StreamItem<DepthUpdate>> items = until(book, u);
    DepthUpdate applied = ((StreamItem.Event<DepthUpdate>) items.get(0)).value();
    assertThat(applied.previousFinalUpdateId()).isEqualTo(501L);
    assertThat(applied.transactionTime()).isEqualTo(applied.eventTime());
    assertThat(List.of(applied.firstUpdateId(), applied.finalUpdateId())).containsExactly(502L, 503L);
    assertBookIsTheFakes(book, "BTCUSDT");

    fake.faultNextDepthUpdate("BTCUSDT", DepthFault.DROP);
    fake.publishDepthUpdate("BTCUSDT", levels(l("39999.9", "1.000")), levels()); // 504, never sent
    long next = fake.publishDepthUpdate("BTCUSDT", levels(l("39999.8", "1.000")), levels()); // 505
    assertThat(until(book, next)).containsExactly(new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC,
        "btcusdt@depth@100ms: update 505-505 (pu 504) does not follow the book's update id 503; the book is cleared"
            + " and a new depth snapshot fetched"));
    assertBookIsTheFakes(book, "BTCUSDT");
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    BinanceStreams spot = streams(false);
    assertThatThrownBy(() -> spot.localBook("bnbbtc", client)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol 'bnbbtc' is not a Binance symbol");
    assertThatThrownBy(() -> spot.localBook("BNBBTC", (dev.signet.binance.BinanceClient) null))
        .isInstanceOf(NullPointerException.class).hasMessage("client");
    assertThatThrownBy(() -> spot.localBook("BNBBTC", (BinanceBookStream.SnapshotSource) null))
        .isInstanceOf(NullPointerException.class).hasMessage("snapshots");
    assertThat(fake.connectionsOpened()).isZero();
    assertThat(depthRequests()).isEmpty();
  }
}
