package dev.signet.kraken.market;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.KrakenPairRules;
import java.math.BigDecimal;
import java.time.Instant;

/** The FakeKraken the market tests run against: XBTUSD at 40000 with rules (tick 0.1), USD and XBT to trade with. */
final class MarketFakes {
  static final String KEY = "kApiKeyForTests0123456789";
  static final String SECRET =
      "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private MarketFakes() {}

  static FakeKraken fake() {
    return FakeKraken.builder().key(KEY, SECRET)
        .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"),
            KrakenPairRules.of(1, 8, new BigDecimal("0.0001"), new BigDecimal("0.5")))
        .balance("ZUSD", new BigDecimal("100000")).balance("XXBT", new BigDecimal("2"))
        .clock(FakeClock.frozenAt(NOW)).build();
  }

  static KrakenClient client(FakeKraken fake) {
    return KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET)).baseUrl(fake.baseUrl()).build();
  }
}
