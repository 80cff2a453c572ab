package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Nonces kept in a limit store: microseconds of the clock, strictly increasing across every source on the key. */
class KrakenStoreNoncesTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00.123456789Z"), ZoneOffset.UTC);

  @Test
  void twoSourcesOnOneStoreAndKeyNeverRepeatAndOtherKeysCountApart() {
    LimitStore store = LimitStore.inProcess();
    KrakenNonceSource a = KrakenNonceSource.fromStore(store, "key-1", clock);
    KrakenNonceSource b = KrakenNonceSource.fromStore(store, "key-1", clock);
    KrakenNonceSource other = KrakenNonceSource.fromStore(store, "key-2", clock);
    assertThat(a.nextNonce()).isEqualTo(1_795_341_600_123_456L);
    assertThat(b.nextNonce()).isEqualTo(1_795_341_600_123_457L);
    assertThat(a.nextNonce()).isEqualTo(1_795_341_600_123_458L);
    assertThat(other.nextNonce()).isEqualTo(1_795_341_600_123_456L);
    assertThat(store.next(LimitKey.of(LimitKey.Scope.KEY, LimitKey.fingerprint("key-1"), "nonce"), 0))
        .as("the sequence is the key's fingerprint's").isEqualTo(1_795_341_600_123_459L);
  }
}
