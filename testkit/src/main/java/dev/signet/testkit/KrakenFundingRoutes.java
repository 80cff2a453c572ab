package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.util.Map;

/** {@link FakeKraken}'s funding, Earn and subaccount methods against the ledger. */
final class KrakenFundingRoutes {
  private final Ledger ledger;
  private final FakeClock clock;
  private final KrakenPairs pairs;

  KrakenFundingRoutes(Ledger ledger, FakeClock clock, KrakenPairs pairs) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
  }

  /** Puts this class's methods into the fake's tables, by method name ({@code Time}, {@code Earn/Allocate}). */
  void register(Map<String, KrakenMethod> publicMethods, Map<String, KrakenMethod> privateMethods) {
  }
}
