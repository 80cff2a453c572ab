package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeKraken}'s funding look-ups and the spot-to-futures transfer, from the ledger: each
 * asset has one method, {@code Bitcoin} for XBT and the asset's altname otherwise (no fee, minimum
 * 0.0001, no deposit limit). DepositMethods, WithdrawMethods (every held asset, or the one asked
 * for), WithdrawAddresses (one verified address per key ever withdrawn to, {@code fake-addr-<key>}),
 * WithdrawInfo (the limit is the free balance), DepositStatus (the starting balances, as deposits
 * {@code FAKED1}, {@code FAKED2}, … settled when the fake started) and WalletTransfer (takes the
 * amount out of the spot balance; {@code EFunding:Insufficient funds} when it is not there).
 */
final class KrakenFundingMethods {
  private static final String MINIMUM = "0.0001";

  private final Ledger ledger;
  private final List<Map<String, Object>> deposits = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private int transfers;

  KrakenFundingMethods(Ledger ledger, FakeClock clock) {
    this.ledger = ledger;
    ledger.balances().forEach((asset, amounts) -> {
      Map<String, Object> d = Json.object();
      d.put("method", method(asset));
      d.put("aclass", "currency");
      d.put("asset", asset);
      d.put("refid", "FAKED" + (deposits.size() + 1));
      d.put("txid", "");
      d.put("info", "");
      d.put("amount", amounts[0].toPlainString());
      d.put("fee", "0");
      d.put("time", clock.millis() / 1000);
      d.put("status", "Success");
      deposits.add(d);
    });
  }

  /** Puts this class's methods into the fake's private table, by method name. */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("DepositMethods", this::depositMethods);
    privateMethods.put("DepositStatus", this::depositStatus);
    privateMethods.put("WithdrawMethods", this::withdrawMethods);
    privateMethods.put("WithdrawAddresses", this::withdrawAddresses);
    privateMethods.put("WithdrawInfo", this::withdrawInfo);
    privateMethods.put("WalletTransfer", this::walletTransfer);
  }

  /** Remembers a key withdrawn to, for WithdrawAddresses. */
  synchronized void withdrawnTo(String key) {
    if (!keys.contains(key)) {
      keys.add(key);
    }
  }

  private Object depositMethods(Map<String, String> p) throws KrakenError {
    Map<String, Object> m = Json.object();
    m.put("method", method(KrakenFundingRoutes.required(p, "asset")));
    m.put("limit", false);
    m.put("fee", "0");
    m.put("gen-address", true);
    m.put("minimum", MINIMUM);
    return List.of(m);
  }

  private synchronized Object depositStatus(Map<String, String> p) {
    return deposits.stream().filter(d -> !p.containsKey("asset") || p.get("asset").equals(d.get("asset"))).toList();
  }

  private Object withdrawMethods(Map<String, String> p) {
    List<Object> out = new ArrayList<>();
    for (String asset : p.containsKey("asset") ? List.of(p.get("asset")) : List.copyOf(ledger.balances().keySet())) {
      Map<String, Object> m = Json.object();
      m.put("asset", asset);
      m.put("method", method(asset));
      m.put("network", KrakenPairs.assetAltname(asset));
      m.put("minimum", MINIMUM);
      out.add(m);
    }
    return out;
  }

  private synchronized Object withdrawAddresses(Map<String, String> p) {
    List<Object> out = new ArrayList<>();
    for (String key : keys) {
      if (!p.containsKey("key") || p.get("key").equals(key)) {
        Map<String, Object> a = Json.object();
        a.put("address", "fake-addr-" + key);
        a.put("asset", p.getOrDefault("asset", "XXBT"));
        a.put("method", method(p.getOrDefault("asset", "XXBT")));
        a.put("key", key);
        a.put("verified", true);
        out.add(a);
      }
    }
    return out;
  }

  private Object withdrawInfo(Map<String, String> p) throws KrakenError {
    String asset = KrakenFundingRoutes.required(p, "asset");
    KrakenFundingRoutes.required(p, "key");
    BigDecimal amount = KrakenFundingRoutes.positive(p, "amount");
    BigDecimal[] held = ledger.balances().get(asset);
    Map<String, Object> out = Json.object();
    out.put("method", method(asset));
    out.put("limit", (held == null ? BigDecimal.ZERO : held[0]).toPlainString());
    out.put("amount", amount.toPlainString());
    out.put("fee", "0");
    return out;
  }

  private synchronized Object walletTransfer(Map<String, String> p) throws KrakenError {
    String asset = KrakenFundingRoutes.required(p, "asset");
    BigDecimal amount = KrakenFundingRoutes.positive(p, "amount");
    if (!"Spot Wallet".equals(p.get("from")) || !"Futures Wallet".equals(p.get("to"))) {
      throw new KrakenError("EGeneral:Invalid arguments:from");
    }
    try {
      ledger.debit(asset, amount);
    } catch (Ledger.Rejection r) {
      throw new KrakenError("EFunding:Insufficient funds");
    }
    transfers++;
    return Map.of("refid", "FAKEW" + transfers);
  }

  private static String method(String asset) {
    String alt = KrakenPairs.assetAltname(asset);
    return alt.equals("XBT") ? "Bitcoin" : alt;
  }
}
