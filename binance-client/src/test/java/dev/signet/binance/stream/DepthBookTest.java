package dev.signet.binance.stream;

import static dev.signet.binance.stream.DepthBook.Outcome.APPLIED;
import static dev.signet.binance.stream.DepthBook.Outcome.BUFFERED;
import static dev.signet.binance.stream.DepthBook.Outcome.NEEDS_SNAPSHOT;
import static dev.signet.binance.stream.DepthBook.Outcome.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.book.BookSnapshot;
import dev.signet.core.book.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binance's "How to manage a local order book correctly", Spot and USD-M, event by event. */
class DepthBookTest {
  private static List<PriceLevel> pl(String price, String qty) {
    return List.of(new PriceLevel(new BigDecimal(price), new BigDecimal(qty)));
  }

  /** A Spot event U..u moving the bid at 100 to quantity u. */
  private static DepthUpdate spot(long first, long last) {
    return new DepthUpdate("depthUpdate", Instant.EPOCH, null, "BNBBTC", first, last, null,
        pl("100", Long.toString(last)), List.of());
  }

  /** A USD-M event U..u (previous u = pu) moving the ask at 101 to quantity u. */
  private static DepthUpdate futures(long first, long last, long pu) {
    return new DepthUpdate("depthUpdate", Instant.EPOCH, Instant.EPOCH, "BTCUSDT", first, last, pu,
        List.of(), pl("101", Long.toString(last)));
  }

  @Test
  void spotBuffersUntilTheSnapshotDropsWhatItHoldsAndAppliesTheRest() {
    DepthBook book = DepthBook.spot("BNBBTC", 100);
    assertThat(book.onUpdate(spot(95, 99))).isEqualTo(BUFFERED);
    assertThat(book.onUpdate(spot(100, 104))).isEqualTo(BUFFERED);
    assertThat(book.onUpdate(spot(105, 107))).isEqualTo(BUFFERED);
    assertThat(book.synced()).isFalse();
    assertThat(book.view().updateId()).isEqualTo(-1);

    // snapshot at 102: 95..99 is in it, 100..104 straddles 103, 105..107 follows on
    assertThat(book.onSnapshot(102, pl("100", "1"), pl("101", "5"))).isEqualTo(APPLIED);

    assertThat(book.synced()).isTrue();
    assertThat(book.view().snapshot(5)).isEqualTo(new BookSnapshot(107, List.of(Level.of("100", "107")),
        List.of(Level.of("101", "5"))));
    assertThat(book.onUpdate(spot(108, 108))).isEqualTo(APPLIED);
    assertThat(book.view().bestBid()).contains(Level.of("100", "108"));
  }

  @Test
  void spotSkipsADuplicateAndAnOldEventButAGapAsksForASnapshot() {
    DepthBook book = DepthBook.spot("BNBBTC", 100);
    assertThat(book.onSnapshot(10, pl("100", "1"), List.of())).isEqualTo(APPLIED);
    assertThat(book.onUpdate(spot(11, 12))).isEqualTo(APPLIED);
    assertThat(book.onUpdate(spot(11, 12))).isEqualTo(SKIPPED); // duplicated message
    assertThat(book.onUpdate(spot(5, 9))).isEqualTo(SKIPPED);

    assertThat(book.onUpdate(spot(14, 15))).isEqualTo(NEEDS_SNAPSHOT); // 13 was dropped
    assertThat(book.synced()).isFalse();
    assertThat(book.resyncs()).isEqualTo(1);
    assertThat(book.view().bestBid()).isEmpty();
    assertThat(book.onUpdate(spot(16, 16))).isEqualTo(BUFFERED);

    // the next snapshot joins the kept events 14..15 and 16
    assertThat(book.onSnapshot(14, pl("100", "2"), List.of())).isEqualTo(APPLIED);
    assertThat(book.view().snapshot(1)).isEqualTo(new BookSnapshot(16, List.of(Level.of("100", "16")), List.of()));
  }

  @Test
  void spotTheFirstEventMustStraddleTheSnapshot() {
    DepthBook book = DepthBook.spot("BNBBTC", 100);
    assertThat(book.onSnapshot(10, pl("100", "1"), List.of())).isEqualTo(APPLIED);
    assertThat(book.onUpdate(spot(12, 13))).isEqualTo(NEEDS_SNAPSHOT); // 11 is missing
    assertThat(book.onSnapshot(11, pl("100", "1"), List.of())).isEqualTo(APPLIED); // U 12 = 11 + 1
    assertThat(book.view().updateId()).isEqualTo(13);
  }

  @Test
  void aSnapshotOlderThanTheFirstBufferedEventIsRefused() {
    DepthBook book = DepthBook.spot("BNBBTC", 100);
    book.onUpdate(spot(50, 55));
    assertThat(book.onSnapshot(48, pl("100", "1"), List.of())).isEqualTo(NEEDS_SNAPSHOT); // 49 missing
    assertThat(book.onSnapshot(49, pl("100", "1"), List.of())).isEqualTo(APPLIED);
    assertThat(book.view().updateId()).isEqualTo(55);
  }

  @Test
  void aFullBufferStartsOverInsteadOfGrowing() {
    DepthBook book = DepthBook.spot("BNBBTC", 2);
    assertThat(book.onUpdate(spot(1, 1))).isEqualTo(BUFFERED);
    assertThat(book.onUpdate(spot(2, 2))).isEqualTo(BUFFERED);
    assertThat(book.onUpdate(spot(3, 3))).isEqualTo(NEEDS_SNAPSHOT);
    assertThat(book).hasToString("DepthBook{BNBBTC Spot, buffered=1, LocalOrderBook{bid=none, ask=none, "
        + "levels=0/0, updateId=-1}}");
    assertThat(book.onSnapshot(2, List.of(), List.of())).isEqualTo(APPLIED);
    assertThat(book.view().updateId()).isEqualTo(3);
  }

  @Test
  void aGapWhileReplayingTheBufferKeepsTheLaterEvents() {
    DepthBook book = DepthBook.spot("BNBBTC", 100);
    book.onUpdate(spot(10, 11));
    book.onUpdate(spot(13, 14)); // 12 lost
    book.onUpdate(spot(15, 15));
    assertThat(book.onSnapshot(10, List.of(), List.of())).isEqualTo(NEEDS_SNAPSHOT);
    assertThat(book.onSnapshot(13, List.of(), List.of())).isEqualTo(APPLIED);
    assertThat(book.view().updateId()).isEqualTo(15);
  }

  @Test
  void usdmJoinsOnUEqualToTheSnapshotAndFollowsThePuChain() {
    DepthBook book = DepthBook.futures("BTCUSDT", 100);
    book.onUpdate(futures(90, 95, 89));
    book.onUpdate(futures(96, 100, 95));
    book.onUpdate(futures(101, 103, 100));
    // drop u < 100; the first applied has U <= 100 <= u
    assertThat(book.onSnapshot(100, List.of(), pl("101", "7"))).isEqualTo(APPLIED);
    assertThat(book.view().snapshot(1)).isEqualTo(new BookSnapshot(103, List.of(), List.of(Level.of("101", "103"))));

    assertThat(book.onUpdate(futures(101, 103, 100))).isEqualTo(SKIPPED); // duplicated
    assertThat(book.onUpdate(futures(104, 110, 103))).isEqualTo(APPLIED);
    assertThat(book.onUpdate(futures(115, 120, 112))).isEqualTo(NEEDS_SNAPSHOT); // pu 112 != 110
    assertThat(book.resyncs()).isEqualTo(1);
  }

  @Test
  void anEventForAnotherSymbolIsRefused() {
    DepthBook book = DepthBook.futures("ETHUSDT", 10);
    assertThatThrownBy(() -> book.onUpdate(futures(1, 1, 0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("update for BTCUSDT given to the book of ETHUSDT");
    assertThatThrownBy(() -> DepthBook.spot("BNBBTC", 0)).hasMessage("bufferLimit must be at least 1, got 0");
  }
}
