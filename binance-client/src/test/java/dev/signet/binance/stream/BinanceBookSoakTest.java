package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.stream.StreamItem;
import dev.signet.testkit.FakeBinanceStreams.DepthFault;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The soak proof: 5,000 random depth updates (seeded; prices on a 0.01 grid, a fifth of them
 * deletions) with a fault every 250, mid-way between checkpoints (dropped, duplicated, reordered, the connection lost), and at
 * every checkpoint, once the client has taken what the fake published, the local book equals the
 * fake's level by level. Spot ({@code U == previous u + 1}) and USD-M ({@code pu == previous u}).
 */
class BinanceBookSoakTest extends FakeBookTestBase {
  private static final int UPDATES = 5_000;
  private static final int FAULT_EVERY = 250;
  private static final BigDecimal TICK = new BigDecimal("0.01");
  private static final BigDecimal MID = new BigDecimal("100.00");

  @ParameterizedTest(name = "futures={0}")
  @ValueSource(booleans = {false, true})
  void thousandsOfUpdatesWithScriptedFaultsKeepTheLocalBookEqualToTheFakesAtEveryCheckpoint(boolean futures)
      throws Exception {
    Random random = new Random(16);
    String stream = "btcusdt@depth@100ms";
    fake.setBook("BTCUSDT", 1_000, levels(l("99.99", "1.000")), levels(l("100.01", "1.000")));
    BinanceBookStream book = streams(futures).localBook("BTCUSDT", client);
    fake.awaitSubscribed(stream, 1);
    // joined first: a fault before the first snapshot would be healed by it, not seen
    assertThat(until(book, fake.publishDepthUpdate("BTCUSDT", side(random, true), side(random, false)))).isEmpty();
    Map<StreamItem.Reason, Integer> gaps = new EnumMap<>(StreamItem.Reason.class);
    int events = 0;
    int checkpoints = 0;
    int[] faults = new int[4];
    for (int n = 1; n <= UPDATES; n++) {
      if (n % FAULT_EVERY == FAULT_EVERY / 2) { // mid-way between checkpoints: updates follow every fault
        int kind = (n / FAULT_EVERY) % 4;
        faults[kind]++;
        if (kind == 3) {
          events += count(until(book, fake.bookOf("BTCUSDT").updateId()), gaps);
          fake.disconnectAll();
          fake.awaitSubscribed(stream, 1);
        } else {
          fake.faultNextDepthUpdate("BTCUSDT", DepthFault.values()[kind]);
        }
      }
      fake.publishDepthUpdate("BTCUSDT", side(random, true), side(random, false));
      if (n % FAULT_EVERY == 0) {
        events += count(until(book, fake.bookOf("BTCUSDT").updateId()), gaps);
        assertBookIsTheFakes(book, "BTCUSDT");
        checkpoints++;
      }
    }
    events += count(until(book, fake.bookOf("BTCUSDT").updateId()), gaps);
    assertBookIsTheFakes(book, "BTCUSDT");

    assertThat(checkpoints).isEqualTo(20);
    assertThat(faults).containsExactly(5, 5, 5, 5); // drops, duplicates, reorders, disconnects
    // each drop and reorder is one out-of-sync gap and one snapshot; duplicates and clean reconnects none
    assertThat(gaps).isEqualTo(Map.of(StreamItem.Reason.DISCONNECTED, 5, StreamItem.Reason.OUT_OF_SYNC, 10));
    assertThat(depthRequests()).hasSize(1 + 10);
    assertThat(book.book().resyncs()).isEqualTo(10);
    assertThat(events).isGreaterThan(UPDATES / 2).isLessThan(UPDATES);
    assertThat(fake.bookOf("BTCUSDT").bids().size() + fake.bookOf("BTCUSDT").asks().size()).isGreaterThan(100);
  }

  /** Adds the gaps by reason; the number of events. */
  private static int count(List<StreamItem<DepthUpdate>> items, Map<StreamItem.Reason, Integer> gaps) {
    int events = 0;
    for (StreamItem<DepthUpdate> item : items) {
      if (item instanceof StreamItem.Gap<DepthUpdate> g) {
        gaps.merge(g.reason(), 1, Integer::sum);
      } else {
        events++;
      }
    }
    return events;
  }

  /** One to three levels of one side, on the 0.01 grid within 2.00 of the mid; a fifth remove their level. */
  private static List<String[]> side(Random random, boolean bids) {
    List<String[]> out = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      BigDecimal offset = TICK.multiply(BigDecimal.valueOf(1 + random.nextInt(200)));
      BigDecimal price = bids ? MID.subtract(offset) : MID.add(offset);
      String qty = random.nextInt(5) == 0 ? "0" : BigDecimal.valueOf(1 + random.nextInt(5_000), 3).toPlainString();
      out.add(l(price.toPlainString(), qty));
    }
    return out;
  }
}
