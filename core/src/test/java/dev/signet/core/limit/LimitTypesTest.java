package dev.signet.core.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.limit.LimitKey.Scope;
import org.junit.jupiter.api.Test;

/** The store SPI's value types: their arithmetic and their refusals of bad input. */
class LimitTypesTest {
  private static final LimitKey KEY = LimitKey.of(Scope.IP, "api.binance.com", "REQUEST_WEIGHT 1m");

  @Test
  void aKeyIsItsScopeIdAndNameAndAnApiKeyIsKeptAsAFingerprint() {
    assertThat(KEY.path()).isEqualTo("IP:api.binance.com:REQUEST_WEIGHT 1m");
    assertThat(LimitKey.fingerprint("fleet-key")).isEqualTo("70576faf939005e3");
    assertThatThrownBy(() -> LimitKey.of(null, "x", "y")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A limit key needs a scope; pass IP, UID, ACCOUNT or KEY.");
    assertThatThrownBy(() -> LimitKey.of(Scope.IP, " ", "y"))
        .hasMessage("A limit key needs an id; pass the host or the key's fingerprint.");
    assertThatThrownBy(() -> LimitKey.of(Scope.IP, "x", ""))
        .hasMessage("A limit key needs a name; pass the limit's name, e.g. \"REQUEST_WEIGHT 1m\".");
    assertThat(LimitKey.of(Scope.KEY, "k1", "call counter")).isEqualTo(new LimitKey(Scope.KEY, "k1", "call counter"))
        .extracting(LimitKey::path).isEqualTo("KEY:k1:call counter");
    assertThatThrownBy(() -> LimitKey.of(Scope.IP, null, "y"))
        .hasMessage("A limit key needs an id; pass the host or the key's fingerprint.");
    assertThatThrownBy(() -> LimitKey.fingerprint(""))
        .hasMessage("fingerprint needs an API key; pass the key the limits belong to.");
  }

  @Test
  void aWindowIsAlignedToTheEpochAndAdmitsAnOversizedChargeOnlyWhenEmpty() {
    LimitWindow minute = new LimitWindow(KEY, 60_000, 100);
    assertThat(minute.index(1_795_341_615_000L)).isEqualTo(29_922_360);
    assertThat(minute.untilNext(1_795_341_615_000L)).isEqualTo(45_000);
    assertThat(minute.untilNext(1_795_341_600_000L)).isEqualTo(60_000);
    assertThat(minute.admits(60, 40)).isTrue();
    assertThat(minute.admits(60, 41)).isFalse();
    assertThat(minute.admits(0, 150)).isTrue();
    assertThat(minute.admits(1, 150)).isFalse();
    assertThat(minute.admits(101, 0)).isFalse();
    assertThatThrownBy(() -> new LimitWindow(KEY, 0, 1))
        .hasMessage("window length 0 ms is not positive; pass e.g. 60000.");
    assertThatThrownBy(() -> new LimitWindow(KEY, 1, -1)).hasMessage("window limit -1 is negative; pass zero or more.");
    assertThatThrownBy(() -> new LimitWindow(null, 1, 1)).hasMessage("A window needs a key.");
    assertThat(new LimitWindow(KEY, 1, 0).admits(0, 0)).as("a zero limit is allowed").isTrue();
  }

  @Test
  void aCounterDrainsInThousandthsAndRoundsItsLevelUp() {
    DecayingCounter calls = new DecayingCounter(KEY, 1_500, 33);
    assertThat(calls.drain(1_500_000, 1_000)).isEqualTo(1_467_000);
    assertThat(calls.drain(1_000, 1_000)).isZero();
    assertThat(calls.drain(1_000, -5)).isEqualTo(1_000);
    assertThat(DecayingCounter.units(1_466_001)).isEqualTo(1_467);
    assertThat(DecayingCounter.units(1_466_000)).isEqualTo(1_466);
    assertThat(calls.waitFor(1_500_000, 100)).isEqualTo(3_031);
    assertThat(calls.waitFor(1_400_000, 100)).isZero();
    assertThat(new DecayingCounter(KEY, 10, 1_000).waitFor(10_000, 1)).as("1 unit at 1 a ms").isEqualTo(1);
    assertThat(new DecayingCounter(KEY, 0, 1).max()).as("a zero max is allowed").isZero();
    assertThatThrownBy(() -> new DecayingCounter(KEY, 1, 0)).hasMessage("counter decay 0 a second is not positive.");
    assertThatThrownBy(() -> new DecayingCounter(KEY, -1, 1)).hasMessage("counter max -1 is negative; pass zero or more.");
  }

  @Test
  void aDecisionIsGrantedOrRefusedWithAPositiveWaitAndItsKey() {
    assertThat(Decision.granted().isGranted()).isTrue();
    assertThat(Decision.refused(5, KEY)).isEqualTo(new Decision(5, KEY)).extracting(Decision::isGranted).isEqualTo(false);
    assertThatThrownBy(() -> Decision.refused(0, KEY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("A decision is granted (0 ms, no key) or refused (a positive wait and the key), not 0 ms by");
    assertThatThrownBy(() -> new Decision(5, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Decision(0, null).isGranted()).isTrue();
    assertThatThrownBy(() -> new Decision(-1, KEY)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Charge(new LimitWindow(KEY, 1, 1), 0).units()).as("a zero charge is allowed").isZero();
    assertThatThrownBy(() -> new Charge(new LimitWindow(KEY, 1, 1), -1))
        .hasMessage("charge of -1 units is negative; pass zero or more.");
  }
}
