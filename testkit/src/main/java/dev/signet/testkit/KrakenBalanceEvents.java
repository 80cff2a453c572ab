package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link FakeKraken}'s ledger into the WebSocket v2 {@code balances} channel's documented
 * entries: a snapshot entry per asset ({@code asset}, {@code asset_class}, {@code balance} = free plus
 * held, one {@code spot}/{@code main} wallet), and an update entry per ledger entry ({@code ledger_id},
 * {@code ref_id}, {@code timestamp}, {@code type}, {@code asset}, {@code asset_class},
 * {@code category}, {@code wallet_type}, {@code wallet_id}, {@code amount}, {@code fee},
 * {@code balance} after it), assets by their v2 names ({@code BTC}, {@code USD}), amounts as JSON numbers.
 *
 * <p>Example: {@code KrakenBalanceEvents.update(entry)} for a fill's quote leg gives
 * {@code {"ledger_id":"L00001-...","type":"trade","asset":"USD","amount":-3900,"fee":6.24,"balance":6093.76,...}}.
 */
final class KrakenBalanceEvents {
  private KrakenBalanceEvents() {}

  /** The snapshot: every asset the ledger holds, in its order. */
  static List<Object> snapshot(Ledger ledger) {
    List<Object> data = new ArrayList<>();
    ledger.balances().forEach((asset, fl) -> {
      BigDecimal total = KrakenExecutionEvents.number(fl[0].add(fl[1]));
      Map<String, Object> wallet = Json.object();
      wallet.put("type", "spot");
      wallet.put("id", "main");
      wallet.put("balance", total);
      Map<String, Object> e = Json.object();
      e.put("asset", KrakenExecutionEvents.asset(asset));
      e.put("asset_class", "currency");
      e.put("balance", total);
      e.put("wallets", List.of(wallet));
      data.add(e);
    });
    return data;
  }

  /** One ledger entry as an update's entry. */
  static Map<String, Object> update(KrakenHistory.Entry entry) {
    Map<String, Object> e = Json.object();
    e.put("ledger_id", entry.id());
    e.put("ref_id", entry.refid());
    e.put("timestamp", Instant.ofEpochSecond(0, entry.timeNanos()).toString());
    e.put("type", entry.type());
    e.put("asset", KrakenExecutionEvents.asset(entry.asset()));
    e.put("asset_class", "currency");
    e.put("category", entry.type());
    e.put("wallet_type", "spot");
    e.put("wallet_id", "main");
    e.put("amount", KrakenExecutionEvents.number(entry.amount()));
    e.put("fee", KrakenExecutionEvents.number(entry.fee()));
    e.put("balance", KrakenExecutionEvents.number(entry.balance()));
    return e;
  }
}
