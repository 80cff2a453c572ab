package dev.signet.core.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LocalOrderBookTest {
  private static List<Level> levels(String... pq) {
    List<Level> out = new ArrayList<>();
    for (int i = 0; i < pq.length; i += 2) {
      out.add(Level.of(pq[i], pq[i + 1]));
    }
    return out;
  }

  @Test
  void aResetSortsBothSidesBestFirstAndLeavesOutZeroQuantities() {
    LocalOrderBook book = new LocalOrderBook();
    book.reset(levels("99", "1", "100", "2", "98", "0"), levels("102", "3", "101", "1"), 7);

    assertThat(book.bids(5)).containsExactly(Level.of("100", "2"), Level.of("99", "1"));
    assertThat(book.asks(5)).containsExactly(Level.of("101", "1"), Level.of("102", "3"));
    assertThat(book.updateId()).isEqualTo(7);
    assertThat(book.bestBid()).contains(Level.of("100", "2"));
    assertThat(book.bestAsk()).contains(Level.of("101", "1"));
    assertThat(book).hasToString("LocalOrderBook{bid=100 x 2, ask=101 x 1, levels=2/2, updateId=7}");
  }

  @Test
  void anUpdateSetsQuantitiesRemovesZerosAndComparesPricesByValue() {
    LocalOrderBook book = new LocalOrderBook();
    book.reset(levels("100.0", "2", "99", "1"), levels("101", "1"), 7);

    book.apply(levels("100.00", "5", "99", "0", "97", "0"), levels("103", "4"), 8);

    assertThat(book.bids(10)).containsExactly(Level.of("100.00", "5"));
    assertThat(book.asks(10)).containsExactly(Level.of("101", "1"), Level.of("103", "4"));
    assertThat(book.updateId()).isEqualTo(8);
    assertThat(book.bidLevels()).isEqualTo(1);
    assertThat(book.askLevels()).isEqualTo(2);
  }

  @Test
  void levelsOfOneUpdateApplyInOrderSoTheLastForAPriceWins() {
    LocalOrderBook book = new LocalOrderBook();
    book.apply(levels("100", "1", "100", "0", "100", "3"), List.of(), 1);
    assertThat(book.bids(1)).containsExactly(Level.of("100", "3"));
  }

  @Test
  void truncateKeepsTheBestLevelsOfEachSide() {
    LocalOrderBook book = new LocalOrderBook();
    book.reset(levels("100", "1", "99", "1", "98", "1"), levels("101", "1", "102", "1", "103", "1"), 1);
    book.truncate(2);
    assertThat(book.snapshot(10)).isEqualTo(new BookSnapshot(1, levels("100", "1", "99", "1"),
        levels("101", "1", "102", "1")));
    assertThat(book.snapshot(10).spread()).contains(new BigDecimal("1"));
  }

  @Test
  void anUpdateWithADepthAppliesThenCutsBothSidesInOneStep() {
    LocalOrderBook book = new LocalOrderBook();
    book.reset(levels("100", "1", "99", "1"), levels("101", "1", "102", "1"), 1);
    book.apply(levels("99.5", "2", "100", "0"), levels("100.5", "3"), 2, 2);
    assertThat(book.snapshot(10)).isEqualTo(new BookSnapshot(2, levels("99.5", "2", "99", "1"),
        levels("100.5", "3", "101", "1")));
    assertThatThrownBy(() -> book.apply(levels(), levels(), 3, 0)).hasMessage("depth must be at least 1, got 0");
    assertThat(book.updateId()).isEqualTo(2);
  }

  @Test
  void depthQueriesAreCutAndCopies() {
    LocalOrderBook book = new LocalOrderBook();
    book.reset(levels("100", "1", "99", "2"), List.of(), 3);
    List<Level> top = book.bids(1);
    book.clear();
    assertThat(top).containsExactly(Level.of("100", "1"));
    assertThat(book.updateId()).isEqualTo(-1);
    assertThat(book.bestBid()).isEmpty();
    assertThat(book.snapshot(1).spread()).isEmpty();
    assertThat(book).hasToString("LocalOrderBook{bid=none, ask=none, levels=0/0, updateId=-1}");
    assertThatThrownBy(() -> top.add(Level.of("1", "1"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badArgumentsAreRefusedNamingTheValue() {
    LocalOrderBook book = new LocalOrderBook();
    assertThatThrownBy(() -> book.bids(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be at least 1, got 0");
    assertThatThrownBy(() -> book.truncate(-1)).hasMessage("depth must be at least 1, got -1");
    assertThatThrownBy(() -> Level.of("100", "-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must not be negative, got -1 (zero removes the level)");
    assertThatThrownBy(() -> Level.of("0", "1")).hasMessage("price must be positive, got 0");
  }

  @Test
  void readersNeverSeeHalfAnUpdate() throws Exception {
    LocalOrderBook book = new LocalOrderBook();
    AtomicReference<String> torn = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      while (done.getCount() > 0) {
        BookSnapshot s = book.snapshot(1);
        // every update moves the bid and ask together, both to the update id
        if (!s.bids().isEmpty() && (!s.asks().get(0).quantity().equals(s.bids().get(0).quantity())
            || s.bids().get(0).quantity().longValue() != s.updateId())) {
          torn.set(s.toString());
        }
      }
    });
    reader.start();
    for (int i = 1; i <= 20_000; i++) {
      String q = Integer.toString(i);
      book.apply(levels("100", q), levels("101", q), i);
    }
    done.countDown();
    reader.join();
    assertThat(torn.get()).isNull();
    assertThat(book.snapshot(1)).isEqualTo(new BookSnapshot(20_000, levels("100", "20000"), levels("101", "20000")));
  }
}
