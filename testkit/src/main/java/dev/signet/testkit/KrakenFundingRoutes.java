package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeKraken}'s funding methods against the ledger: DepositAddresses (deterministic per
 * asset and method, {@code new=true} adds another), Withdraw (any non-blank key; takes the amount
 * out or answers {@code EFunding:Insufficient funds}), WithdrawStatus and WithdrawCancel (while
 * pending, which puts the amount back); the look-ups and WalletTransfer are {@link KrakenFundingMethods}'.
 */
final class KrakenFundingRoutes {
  private final Ledger ledger;
  private final FakeClock clock;
  private final KrakenPairs pairs;
  private final Map<String, Integer> addresses = new LinkedHashMap<>();
  private final List<Map<String, Object>> withdrawals = new ArrayList<>();
  private final KrakenFundingMethods methods;

  KrakenFundingRoutes(Ledger ledger, FakeClock clock, KrakenPairs pairs) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
    this.methods = new KrakenFundingMethods(ledger, clock);
  }

  /** Puts this class's methods into the fake's tables, by method name ({@code Time}, {@code Earn/Allocate}). */
  void register(Map<String, KrakenMethod> publicMethods, Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("DepositAddresses", this::depositAddresses);
    privateMethods.put("Withdraw", this::withdraw);
    privateMethods.put("WithdrawStatus", this::withdrawStatus);
    privateMethods.put("WithdrawCancel", this::withdrawCancel);
    methods.register(privateMethods);
  }

  private synchronized Object depositAddresses(Map<String, String> p) throws KrakenError {
    String asset = required(p, "asset");
    String method = required(p, "method");
    String id = asset + "/" + method;
    int count = addresses.getOrDefault(id, 1) + ("true".equals(p.get("new")) ? 1 : 0);
    addresses.put(id, count);
    List<Object> out = new ArrayList<>();
    for (int i = count; i >= 1; i--) {
      Map<String, Object> a = Json.object();
      a.put("address", "fake-" + Integer.toHexString(id.hashCode()) + "-" + i);
      a.put("expiretm", "0");
      a.put("new", i == count);
      out.add(a);
    }
    return out;
  }

  private synchronized Object withdraw(Map<String, String> p) throws KrakenError {
    String asset = required(p, "asset");
    String key = required(p, "key");
    BigDecimal amount = positive(p, "amount");
    try {
      ledger.debit(asset, amount);
    } catch (Ledger.Rejection r) {
      throw new KrakenError("EFunding:Insufficient funds");
    }
    methods.withdrawnTo(key);
    String refid = "FAKE" + (withdrawals.size() + 1);
    Map<String, Object> w = Json.object();
    w.put("method", "Bitcoin");
    w.put("aclass", "currency");
    w.put("asset", asset);
    w.put("refid", refid);
    w.put("txid", "");
    w.put("info", key);
    w.put("amount", amount.toPlainString());
    w.put("fee", "0");
    w.put("time", clock.millis() / 1000);
    w.put("status", "Pending");
    w.put("key", key);
    withdrawals.add(0, w);
    return Map.of("refid", refid);
  }

  private synchronized Object withdrawStatus(Map<String, String> p) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> w : withdrawals) {
      if (p.get("asset") == null || p.get("asset").equals(w.get("asset"))) {
        out.add(new LinkedHashMap<>(w));
      }
    }
    return out;
  }

  private synchronized Object withdrawCancel(Map<String, String> p) throws KrakenError {
    String asset = required(p, "asset");
    String refid = required(p, "refid");
    for (Map<String, Object> w : withdrawals) {
      if (refid.equals(w.get("refid")) && asset.equals(w.get("asset"))) {
        if (!"Pending".equals(w.get("status"))) {
          return false;
        }
        w.put("status", "Failure");
        w.put("status-prop", "canceled");
        ledger.deposit(asset, new BigDecimal((String) w.get("amount")));
        return true;
      }
    }
    throw new KrakenError("EFunding:Unknown reference id");
  }

  static String required(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
    return v;
  }

  static BigDecimal positive(Map<String, String> p, String name) throws KrakenError {
    try {
      BigDecimal d = new BigDecimal(required(p, name));
      if (d.signum() <= 0) {
        throw new KrakenError("EGeneral:Invalid arguments:" + name);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
  }
}
