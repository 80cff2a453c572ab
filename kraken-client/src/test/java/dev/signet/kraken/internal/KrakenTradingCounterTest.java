package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.kraken.KrakenTier;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kraken's per-pair trading counter: age-based cancel costs at each boundary, exact waits, usage, the order memory. */
class KrakenTradingCounterTest {
  private final FakeTicker fake = FakeTicker.at(Instant.ofEpochMilli(5_000_000));
  private final BoundedTicker ticker = new BoundedTicker(fake, 3, 100_000);

  private KrakenTradingCounter counter(KrakenTier tier, Duration maxWait) {
    return new KrakenTradingCounter(tier, maxWait, ticker);
  }

  private static long used(KrakenTradingCounter counter) {
    List<RateLimitUsage> all = counter.usage();
    assertThat(all).hasSize(1);
    return all.get(0).used();
  }

  private static void adds(KrakenTradingCounter counter, String pair, int n) {
    for (int i = 0; i < n; i++) {
      counter.beforeAdd(pair);
    }
  }

  @ParameterizedTest(name = "cancelling an order {0} ms old costs {1}")
  @CsvSource({
      "0, 8", "4999, 8", "5000, 6", "9999, 6", "10000, 5", "14999, 5", "15000, 4", "44999, 4", "45000, 2",
      "89999, 2", "90000, 1", "299999, 1", "300000, 0"})
  void cancelCostsByAge(long ageMillis, long cost) {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    fake.advance(Duration.ofMillis(ageMillis));
    counter.beforeCancel("OTX-1");
    // the pair's counter starts at the cancel, so nothing has decayed from it
    assertThat(counter.usage()).extracting(RateLimitUsage::used).containsExactly(cost == 0 ? new Long[0] : new Long[] {cost});
  }

  @ParameterizedTest(name = "amending an order {0} ms old costs {1}")
  @CsvSource({"0, 4", "4999, 4", "5000, 3", "9999, 3", "10000, 2", "14999, 2", "15000, 1", "300000, 1"})
  void amendCostsOnePlusItsAgeCount(long ageMillis, long cost) {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), "bot-1");
    fake.advance(Duration.ofMillis(ageMillis));
    counter.beforeAmend("bot-1");
    assertThat(used(counter)).isEqualTo(cost);
  }

  @ParameterizedTest(name = "editing an order {0} ms old costs {1}")
  @CsvSource({"0, 7", "4999, 7", "5000, 6", "10000, 5", "15000, 3", "44999, 3", "45000, 2", "89999, 2", "90000, 1",
      "300000, 1"})
  void editCostsOnePlusItsAgeCount(long ageMillis, long cost) {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    fake.advance(Duration.ofMillis(ageMillis));
    counter.beforeEdit("XBTUSD", "OTX-1");
    assertThat(used(counter)).isEqualTo(cost);
  }

  @Test
  void anAmendRestartsTheOrdersAgeUnderBothItsIds() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), "bot-1");
    fake.advance(Duration.ofSeconds(40));
    counter.beforeAmend("OTX-1");
    counter.amended("OTX-1");
    assertThat(used(counter)).as("1, nothing for an order 40 s old").isEqualTo(1);
    counter.beforeCancel("bot-1");
    assertThat(used(counter)).as("1 + 8: the amend made it young again").isEqualTo(9);
  }

  @Test
  void anUnknownOrderWithoutAPairIsNotChargedAndItsEditIsChargedTheWorstCaseOnThePairSent() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.beforeAmend("OTHER");
    counter.amended("OTHER");
    counter.beforeCancel("OTHER");
    assertThat(counter.usage()).isEmpty();
    counter.beforeEdit("ETHUSD", "OTHER");
    assertThat(counter.usage()).extracting(RateLimitUsage::name, RateLimitUsage::used)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Kraken trading counter ETHUSD (STARTER)", 7L));
    assertThat(KrakenEndpoints.EDIT_ORDER_TRADING.unknownAgeHundredths()).as("1 + 6, the table's worst edit").isEqualTo(700);
  }

  @Test
  void anAmendOfAnOrderOfUnknownAgeIsChargedTheTablesWorstCaseOnItsPairAndIsKnownFromThen() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.onPair("OTHER", "XBTUSD");
    counter.beforeAmend("OTHER");
    assertThat(used(counter)).as("1 + 3, as young as the table goes").isEqualTo(4);
    assertThat(KrakenEndpoints.AMEND_ORDER_TRADING.unknownAgeHundredths()).isEqualTo(400);
    counter.amended("OTHER");
    fake.advance(Duration.ofSeconds(20));
    long decayed = used(counter);
    counter.beforeCancel("OTHER");
    assertThat(used(counter)).as("the amend made its age known: 4 at 20 s old").isEqualTo(decayed + 4);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    counter.onPair("OTX-1", "ETHUSD");
    counter.beforeAmend("OTX-1");
    assertThat(counter.usage()).as("a known order stays on its own pair").hasSize(1);
  }

  @Test
  void anEditedOrderRestsUnderItsNewTxidFromTheEditAndTheOldTxidIsForgotten() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    fake.advance(Duration.ofSeconds(100));
    counter.beforeEdit("XBTUSD", "OTX-1");
    counter.edited("XBTUSD", "OTX-1", "OTX-2");
    counter.beforeCancel("OTX-1");
    assertThat(used(counter)).as("the edit's 1; the old txid is unknown now").isEqualTo(1);
    counter.beforeCancel("OTX-2");
    assertThat(used(counter)).as("1 + 8 for the new order, 0 s old").isEqualTo(9);
  }

  @ParameterizedTest(name = "a batch of {0} orders adds {1}, shown as {2}")
  @CsvSource({"2, 1, 1", "4, 2, 2", "15, 7.5, 8"})
  void aBatchAddCostsHalfAnOrderEach(int orders, String adds, long shown) {
    KrakenTradingCounter counter = counter(KrakenTier.PRO, Duration.ZERO);
    counter.beforeBatchAdd("XBTUSD", orders);
    assertThat(used(counter)).as(adds + " rounded up").isEqualTo(shown);
  }

  @Test
  void anOddBatchsHalfIsCountedAndShownRoundedUp() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.beforeBatchAdd("XBTUSD", 3);
    assertThat(used(counter)).as("1.5 shown as 2").isEqualTo(2);
    fake.advance(Duration.ofMillis(600));
    assertThat(used(counter)).as("1.5 - 0.6 = 0.9 shown as 1, so the half was kept").isEqualTo(1);
  }

  @Test
  void theTableRowsAreTheGuides() {
    assertThat(KrakenEndpoints.ADD_ORDER_TRADING).isEqualTo(new TradingCost(100, List.of()));
    assertThat(KrakenEndpoints.AMEND_ORDER_TRADING).isEqualTo(new TradingCost(100, List.of(300L, 200L, 100L)));
    assertThat(KrakenEndpoints.EDIT_ORDER_TRADING)
        .isEqualTo(new TradingCost(100, List.of(600L, 500L, 400L, 200L, 100L)));
    assertThat(KrakenEndpoints.CANCEL_ORDER_TRADING)
        .isEqualTo(new TradingCost(0, List.of(800L, 600L, 500L, 400L, 200L, 100L)));
    assertThat(KrakenEndpoints.ADD_ORDER_BATCH_TRADING_PER_ORDER).isEqualTo(50);
    assertThatThrownBy(() -> TradingCost.of(0, 1, 1, 1, 1, 1, 1, 1)).hasMessage("at most 6 age buckets");
  }

  @Test
  void anOrderIsRememberedByItsClientOrderIdAsWellAsItsTxids() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1", "OTX-2"), "bot-1");
    counter.beforeCancel("bot-1");
    counter.beforeCancel("OTX-2");
    assertThat(used(counter)).isEqualTo(16);
  }

  @Test
  void anOrderWithoutClientOrderIdIsRememberedByTxid() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    counter.beforeCancel("OTX-1");
    assertThat(used(counter)).isEqualTo(8);
  }

  @Test
  void usageNamesThePairAndTheTimeOnePointTakesToDecay() {
    KrakenTradingCounter starter = counter(KrakenTier.STARTER, Duration.ZERO);
    starter.beforeAdd("XBTUSD");
    assertThat(starter.usage())
        .containsExactly(new RateLimitUsage("Kraken trading counter XBTUSD (STARTER)", 1, 60, Duration.ofMillis(1000)));
    KrakenTradingCounter intermediate = counter(KrakenTier.INTERMEDIATE, Duration.ZERO);
    intermediate.beforeAdd("ETHUSD");
    intermediate.beforeAdd("ETHUSD");
    fake.advance(Duration.ofMillis(5)); // 0.01 off: 1.99 rounds up to 2
    assertThat(intermediate.usage())
        .containsExactly(new RateLimitUsage("Kraken trading counter ETHUSD (INTERMEDIATE)", 2, 125, Duration.ofMillis(427)));
    fake.advance(Duration.ofMillis(995)); // 2.32 more off: never below zero
    assertThat(used(intermediate)).isZero();
  }

  @Test
  void theThresholdIsReachedWithoutWaitingAndDecayFreesRoom() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ZERO);
    adds(counter, "XBTUSD", 60);
    assertThat(used(counter)).isEqualTo(60);
    assertThat(fake.waits()).isEmpty();
    fake.advance(Duration.ofMillis(2000));
    adds(counter, "XBTUSD", 2); // 58 + 2
    assertThat(used(counter)).isEqualTo(60);
    assertThatThrownBy(() -> counter.beforeAdd("XBTUSD")).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void theActionAfterTheThresholdWaitsExactly() {
    KrakenTradingCounter counter = counter(KrakenTier.STARTER, Duration.ofSeconds(10));
    adds(counter, "XBTUSD", 60);
    counter.placed("XBTUSD", List.of("OTX-1"), null);
    counter.beforeAdd("XBTUSD");
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000));
    counter.beforeCancel("OTX-1"); // 1 s old: 8 more
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(8000));
    assertThat(used(counter)).isEqualTo(60);
  }

  @Test
  void aPartPointOverWaitsTheRoundedUpTime() {
    KrakenTradingCounter counter = counter(KrakenTier.INTERMEDIATE, Duration.ofSeconds(10));
    adds(counter, "XBTUSD", 125);
    counter.beforeAdd("XBTUSD");
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(428)); // ceil(1 / 2.34 s)
  }

  @Test
  void aWaitAsLongAsTheAllowedWaitIsTakenAndALongerOneRefused() {
    KrakenTradingCounter allowed = counter(KrakenTier.STARTER, Duration.ofMillis(1000));
    adds(allowed, "XBTUSD", 61);
    assertThat(fake.waits()).containsExactly(Duration.ofMillis(1000));

    KrakenTradingCounter refused = counter(KrakenTier.PRO, Duration.ofMillis(266));
    adds(refused, "XBTUSD", 180);
    assertThatThrownBy(() -> refused.beforeAdd("XBTUSD"))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(267)))
        .hasMessage("Not sent: Kraken's trading counter for XBTUSD (PRO, threshold 180) allows this order action in"
            + " 267 ms, longer than the allowed wait of 266 ms.");
    assertThat(used(refused)).as("a refused action is not charged").isEqualTo(180);
  }

  @Test
  void theLastTenThousandOrdersAreRemembered() {
    KrakenTradingCounter counter = counter(KrakenTier.PRO, Duration.ZERO);
    for (int i = 0; i < 10_000; i++) {
      counter.placed("XBTUSD", List.of("O" + i), null);
    }
    counter.beforeCancel("O0"); // the oldest of 10 000 is still known: 8
    assertThat(used(counter)).isEqualTo(8);
    counter.placed("XBTUSD", List.of("O10000"), null);
    counter.beforeCancel("O0"); // the 10 001st pushed it out: free
    counter.beforeCancel("O1");
    assertThat(used(counter)).isEqualTo(16);
  }

  @Test
  void anInterruptedWaitFailsAndKeepsTheInterrupt() {
    Ticker interrupting = new Ticker() {
      @Override
      public long nanoTime() {
        return fake.nanoTime();
      }

      @Override
      public Clock wallClock() {
        return ticker.wallClock(); // bounded: a hold that stops waiting fails instead of spinning
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }
    };
    KrakenTradingCounter counter = new KrakenTradingCounter(KrakenTier.STARTER, Duration.ofSeconds(10), interrupting);
    adds(counter, "XBTUSD", 60);
    try {
      assertThatThrownBy(() -> counter.beforeAdd("XBTUSD"))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1000)))
          .hasMessage("Interrupted while waiting for Kraken's trading counter");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
