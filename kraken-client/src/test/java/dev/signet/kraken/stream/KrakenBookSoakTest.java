package dev.signet.kraken.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.book.Level;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeKrakenStreams;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * 5,000 seeded random updates of the fake's BTC/USD book through {@link FakeKrakenStreams#publishBookUpdate},
 * with a scripted fault after every 250 (a corrupt checksum, a dropped update, a disconnection, in turn): at
 * every checkpoint the local book equals the fake's book level by level (the test mirrors the fake's state
 * and checks the fake's checksum too), and the faults are counted exactly.
 */
class KrakenBookSoakTest {
  private static final String PAIR = "BTC/USD";
  private static final BookChecksum BTC_USD = BookChecksum.withPrecision(1, 8);
  private static final int UPDATES = 5_000;
  private static final int EVERY = 250;

  private final FakeKrakenStreams fake = new FakeKrakenStreams();
  private final TreeMap<BigDecimal, String> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<BigDecimal, String> asks = new TreeMap<>();
  private final Map<StreamItem.Reason, Integer> gaps = new EnumMap<>(StreamItem.Reason.class);
  private final Random random = new Random(20261203L);
  private KrakenStreams streams;

  @BeforeEach
  void start() {
    List<String[]> b = new ArrayList<>();
    List<String[]> a = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      b.add(level(bids, new BigDecimal("45049.9").subtract(new BigDecimal(i)), qty()));
      a.add(level(asks, new BigDecimal("45050.1").add(new BigDecimal(i)), qty()));
    }
    fake.setBook(PAIR, b, a);
    streams = KrakenStreams.publicStreams().baseUrl(fake.baseUrl())
        .options(KrakenStreamsTest.fast(StreamOptions.builder()).queueCapacity(20_000).build()).build();
  }

  @AfterEach
  void close() {
    streams.close();
    fake.close();
  }

  @RepeatedTest(3)
  void thousandsOfUpdatesWithScriptedFaultsKeepTheLocalBookEqualToTheFakesAtEveryCheckpoint() throws Exception {
    KrakenBookStream book = streams.localBook(PAIR, 10, BTC_USD);
    awaitEqual(book);
    int faults = 0;
    for (int n = 0; n < UPDATES; n++) {
      publishRandomUpdate();
      if ((n + 1) % EVERY == 0) {
        awaitEqual(book);
        fault(faults++ % 3, book);
        awaitEqual(book);
      }
    }
    int each = UPDATES / EVERY / 3; // 20 faults: 7 corrupt, 7 dropped, 6 disconnections
    assertThat(faults).isEqualTo(20);
    assertThat(gaps).isEqualTo(Map.of(StreamItem.Reason.OUT_OF_SYNC, 2 * each + 1 + 1,
        StreamItem.Reason.DISCONNECTED, each));
    assertThat(book.book().mismatches()).isEqualTo(2 * each + 2);
    assertThat(fake.connectionsOpened()).isEqualTo(each + 1);
  }

  /** One fault, then an update that must reach the client (the book resyncs from a new snapshot). */
  private void fault(int kind, KrakenBookStream book) {
    switch (kind) {
      case 0 -> {
        fake.corruptNextChecksum(PAIR);
        publish(List.<String[]>of(level(bids, bids.firstKey(), qty())), List.of());
      }
      case 1 -> {
        fake.dropNextBookUpdate(PAIR);
        publish(List.<String[]>of(level(bids, bids.firstKey(), qty())), List.of()); // never sent
        publish(List.of(), List.<String[]>of(level(asks, asks.firstKey(), qty()))); // its checksum shows the loss
      }
      default -> {
        fake.disconnectAll();
        fake.awaitSubscribed("book:" + PAIR, 1);
        publish(List.of(), List.<String[]>of(level(asks, asks.firstKey(), qty())));
      }
    }
  }

  /** One to three changed levels, each an insert, a change or a removal (with the level that moves into the top ten). */
  private void publishRandomUpdate() {
    List<String[]> b = new ArrayList<>();
    List<String[]> a = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      boolean bid = random.nextBoolean();
      TreeMap<BigDecimal, String> side = bid ? bids : asks;
      List<String[]> out = bid ? b : a;
      BigDecimal price = bid ? new BigDecimal("45049.9").subtract(tenths(random.nextInt(300)))
          : new BigDecimal("45050.1").add(tenths(random.nextInt(300)));
      if (random.nextInt(10) < 3 && side.size() > 12) {
        List<BigDecimal> top = new ArrayList<>(side.keySet()).subList(0, 10);
        BigDecimal gone = top.get(random.nextInt(10));
        out.add(level(side, gone, "0"));
        BigDecimal tenth = new ArrayList<>(side.keySet()).get(9);
        out.add(new String[] {tenth.toPlainString(), side.get(tenth)}); // Kraken sends the level that enters the depth
      } else {
        out.add(level(side, price, qty()));
      }
    }
    publish(b, a);
  }

  private void publish(List<String[]> b, List<String[]> a) {
    fake.publishBookUpdate(PAIR, b, a);
  }

  /** Takes items until the local book is synced and equal to the mirror of the fake's book, counting gaps. */
  private void awaitEqual(KrakenBookStream book) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<StreamItem<BookMessage>> item = book.poll(Duration.ofMillis(50));
      if (item.isPresent() && item.get() instanceof StreamItem.Gap<BookMessage> g) {
        gaps.merge(g.reason(), 1, Integer::sum);
      }
      if (item.isEmpty() && book.book().synced() && book.book().view().bids(10).equals(top(bids))
          && book.book().view().asks(10).equals(top(asks))) {
        assertThat(BTC_USD.of(book.book().view())).isEqualTo(fake.bookChecksum(PAIR, 10));
        return;
      }
    }
    assertThat(book.book().view().bids(10)).as("bids of " + book).isEqualTo(top(bids));
    assertThat(book.book().view().asks(10)).as("asks of " + book).isEqualTo(top(asks));
    assertThat(book.book().synced()).isTrue();
  }

  private static List<Level> top(TreeMap<BigDecimal, String> side) {
    List<Level> out = new ArrayList<>();
    for (Map.Entry<BigDecimal, String> e : side.entrySet()) {
      if (out.size() == 10) {
        break;
      }
      out.add(new Level(e.getKey(), new BigDecimal(e.getValue())));
    }
    return out;
  }

  /** Applies a level to the mirror and returns it as the fake takes it. */
  private static String[] level(TreeMap<BigDecimal, String> side, BigDecimal price, String qty) {
    if (new BigDecimal(qty).signum() == 0) {
      side.remove(price);
    } else {
      side.put(price, qty);
    }
    return new String[] {price.toPlainString(), qty};
  }

  private String qty() {
    return new BigDecimal(1 + random.nextInt(500_000_000)).movePointLeft(8).toPlainString();
  }

  private static BigDecimal tenths(int n) {
    return new BigDecimal(n).movePointLeft(1);
  }
}
