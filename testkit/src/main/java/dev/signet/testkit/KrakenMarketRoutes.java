package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** {@link FakeKraken}'s public market data: Time, SystemStatus, Assets, AssetPairs, Ticker, OHLC, Depth, Trades, Spread. */
final class KrakenMarketRoutes {
  private final Ledger ledger;
  private final FakeClock clock;
  private final KrakenPairs pairs;

  KrakenMarketRoutes(Ledger ledger, FakeClock clock, KrakenPairs pairs) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
  }

  /** Puts this class's methods into the fake's tables, by method name ({@code Time}, {@code Earn/Allocate}). */
  void register(Map<String, KrakenMethod> publicMethods, Map<String, KrakenMethod> privateMethods) {
    publicMethods.put("Time", this::time);
  }

  private Object time(Map<String, String> p) {
    long now = clock.millis();
    Map<String, Object> t = Json.object();
    t.put("unixtime", now / 1000);
    t.put("rfc1123", DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(now).atOffset(ZoneOffset.UTC)));
    return t;
  }
}
