package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Security;
import dev.signet.kraken.KrakenTier;
import dev.signet.testkit.FakeTicker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kraken's two counters against a clock the test moves. */
class KrakenCountersTest {

  private final FakeTicker ticker = FakeTicker.at(Instant.ofEpochMilli(1_000_000));

  private static Endpoint privateCall(String method) {
    return KrakenEndpoints.TABLE.resolve("POST", "/0/private/" + method, Security.SIGNED);
  }

  @Test
  void callCounterAllowsTheTierMaximumThenDecays() {
    KrakenCallCounter counter = new KrakenCallCounter(KrakenTier.STARTER, Duration.ZERO, ticker);
    for (int i = 0; i < 7; i++) {
      counter.acquire(privateCall("Ledgers"), privateCall("Ledgers").weightOf(Params.empty())); // cost 2
    }
    counter.acquire(privateCall("Balance"), privateCall("Balance").weightOf(Params.empty())); // 15
    assertThatThrownBy(() -> counter.acquire(privateCall("Balance"), privateCall("Balance").weightOf(Params.empty())))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(3031)))
        .hasMessage("Not sent: Kraken's call counter (STARTER, max 15) allows the next call in 3031 ms, longer than the"
            + " allowed wait of 0 ms.");
    counter.acquire(privateCall("AddOrder"), privateCall("AddOrder").weightOf(Params.empty())); // costs nothing on this counter
    ticker.advance(Duration.ofMillis(3031)); // 0.33/s × 3.031 s ≥ 1
    counter.acquire(privateCall("Balance"), privateCall("Balance").weightOf(Params.empty()));
  }

  @Test
  void tradingCounterChargesAddsAndAgeBasedCancelsPerPair() {
    KrakenTradingCounter counter = new KrakenTradingCounter(KrakenTier.STARTER, Duration.ZERO, ticker);
    for (int i = 0; i < 52; i++) {
      counter.beforeAdd("XBTUSD");
    }
    counter.placed("XBTUSD", List.of("OTX-1"), "bot-1");
    ticker.advance(Duration.ofMillis(3_000)); // 3 s old: cancelling costs 8; 3 s of decay took 3 off
    counter.beforeCancel("OTX-1"); // 49 + 8 = 57
    assertThat(counter.usage()).singleElement().satisfies(u -> assertThat(u.used()).isEqualTo(57));
    counter.beforeAdd("ETHUSD"); // another pair has its own counter
    counter.beforeAdd("XBTUSD");
    counter.beforeAdd("XBTUSD");
    counter.beforeAdd("XBTUSD"); // 60
    assertThatThrownBy(() -> counter.beforeAdd("XBTUSD"))
        .hasMessage("Not sent: Kraken's trading counter for XBTUSD (STARTER, threshold 60) allows this order action in"
            + " 1000 ms, longer than the allowed wait of 0 ms.");
    counter.beforeCancel("unknown-order"); // placed elsewhere: no estimate, no charge
    ticker.advance(Duration.ofMillis(400_000));
    counter.beforeCancel("bot-1"); // older than 300 s: free
    assertThat(counter.usage()).extracting(u -> u.used()).containsExactlyInAnyOrder(0L, 0L);
  }

  @Test
  void readingTheCountersOftenDoesNotStopTheirDecay() {
    // STARTER decays 0.33 a second: a read every 10 ms decays nothing on its own, yet 10 s of them must decay 3.3
    KrakenCallCounter calls = new KrakenCallCounter(KrakenTier.STARTER, Duration.ZERO, ticker);
    KrakenTradingCounter trading = new KrakenTradingCounter(KrakenTier.STARTER, Duration.ZERO, ticker);
    for (int i = 0; i < 7; i++) {
      calls.acquire(privateCall("Ledgers"), 2);
      trading.beforeAdd("XBTUSD");
    }
    for (int i = 0; i < 1000; i++) {
      ticker.advance(Duration.ofMillis(10));
      calls.usage();
      trading.usage();
    }
    // 14 - 3.3 = 10.7, shown rounded up; trading: 7 - 10 s × 1/s = 0
    assertThat(calls.usage()).singleElement().satisfies(u -> assertThat(u.used()).isEqualTo(11));
    assertThat(trading.usage()).singleElement().satisfies(u -> assertThat(u.used()).isZero());
    ticker.advance(Duration.ofMillis(32_430)); // 10.7 / 0.33 = 32.43 s more empties it
    assertThat(calls.usage()).singleElement().satisfies(u -> assertThat(u.used()).isZero());
  }

  @Test
  void theTradingCounterCarriesThePartOfAHundredthNotYetDecayed() {
    // 1/s: a read every 7 ms decays 0.7 hundredths; 1000 of them must decay exactly 7.00
    KrakenTradingCounter trading = new KrakenTradingCounter(KrakenTier.STARTER, Duration.ZERO, ticker);
    for (int i = 0; i < 10; i++) {
      trading.beforeAdd("XBTUSD");
    }
    for (int i = 0; i < 1000; i++) {
      ticker.advance(Duration.ofMillis(7));
      trading.usage();
    }
    assertThat(trading.usage()).singleElement().satisfies(u -> assertThat(u.used()).isEqualTo(3));
    ticker.advance(Duration.ofMillis(2_999));
    assertThat(trading.usage()).singleElement().satisfies(u -> assertThat(u.used()).isEqualTo(1));
    ticker.advance(Duration.ofMillis(1));
    assertThat(trading.usage()).singleElement().satisfies(u -> assertThat(u.used()).isZero());
  }
}
