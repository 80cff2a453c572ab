package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link FakeBinance}'s wallet and sub-account SAPI endpoints, on the shared spot ledger: a deposit
 * address per coin and network, deposits the test makes ({@link FakeBinance#receiveDeposit}),
 * withdrawals debited from the ledger (Binance's {@code -4026} when the balance is short),
 * universal transfers between the spot ledger and the other wallets (USD-M futures, funding, ...),
 * and sub-accounts (made on first use) with master/sub transfers; every history records what
 * happened. The sub-account endpoints a sub-account key calls ({@code subToMaster},
 * {@code subToSub}, {@code subUserHistory}) act as the sub-account {@value #SELF}.
 */
final class BinanceWallet {
  /** The sub-account the fake's key is for on the endpoints only a sub-account key calls. */
  static final String SELF = "self@sub.fake";
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  interface Handler {
    Reply handle(Map<String, String> params) throws BinanceError;
  }

  private final Ledger ledger;
  private final Clock clock;
  /** Wallet ("UMFUTURE", "FUNDING", "sub:<email>:SPOT", ...) to asset to amount; the master spot wallet is the ledger. */
  private final Map<String, Map<String, BigDecimal>> wallets = new TreeMap<>();
  private final List<Map<String, Object>> deposits = new ArrayList<>();
  private final List<Map<String, Object>> withdrawals = new ArrayList<>();
  private final List<Map<String, Object>> transfers = new ArrayList<>();
  private final List<Map<String, Object>> universal = new ArrayList<>();
  private final List<Map<String, Object>> subTransfers = new ArrayList<>();
  private final Map<String, Long> subAccounts = new LinkedHashMap<>();
  private long nextId = 1;

  BinanceWallet(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Every signed route, by {@code "METHOD /path"}. */
  Map<String, Handler> signedRoutes() {
    Map<String, Handler> r = new LinkedHashMap<>();
    r.put("GET /sapi/v1/capital/config/getall", p -> ok(coins()));
    r.put("GET /sapi/v1/capital/deposit/address", p -> ok(address(null, p)));
    r.put("GET /sapi/v1/capital/deposit/address/list", this::addressList);
    r.put("GET /sapi/v1/capital/deposit/hisrec", p -> ok(filter(deposits, p, "coin", "txId")));
    r.put("POST /sapi/v1/capital/deposit/credit-apply", p -> Reply.json(200,
        "{\"code\":\"000000\",\"message\":\"success\",\"data\":true,\"success\":true}"));
    r.put("POST /sapi/v1/capital/withdraw/apply", this::withdraw);
    r.put("GET /sapi/v1/capital/withdraw/history", this::withdrawHistory);
    r.put("GET /sapi/v1/capital/withdraw/address/list", p -> ok(List.of()));
    r.put("GET /sapi/v1/capital/withdraw/quota", p -> Reply.json(200, "{\"wdQuota\":\"8000000\",\"usedWdQuota\":\"0\"}"));
    r.put("POST /sapi/v1/asset/transfer", this::transfer);
    r.put("GET /sapi/v1/asset/transfer", this::transferHistory);
    r.put("GET /sapi/v1/asset/tradeFee", p -> ok(List.of()));
    r.put("GET /sapi/v1/account/status", p -> Reply.json(200, "{\"data\":\"Normal\"}"));
    r.put("GET /sapi/v1/account/apiTradingStatus", p -> Reply.json(200, "{\"data\":{\"isLocked\":false,"
        + "\"plannedRecoverTime\":0,\"triggerCondition\":{\"GCR\":150,\"IFER\":150,\"UFR\":300},\"updateTime\":"
        + clock.millis() + "}}"));
    r.put("GET /sapi/v1/account/apiRestrictions", p -> Reply.json(200, "{\"ipRestrict\":true,\"createTime\":"
        + clock.millis() + ",\"enableReading\":true,\"enableWithdrawals\":true,\"enableInternalTransfer\":true,"
        + "\"enableMargin\":false,\"enableFutures\":true,\"permitsUniversalTransfer\":true,\"enableVanillaOptions\":false,"
        + "\"enableSpotAndMarginTrading\":true}"));
    r.put("GET /sapi/v1/sub-account/list", p -> ok(Map.of("subAccounts", subAccountList())));
    r.put("GET /sapi/v1/sub-account/status", p -> ok(subAccountStatus(p.get("email"))));
    r.put("GET /sapi/v3/sub-account/assets", this::subAssets);
    r.put("GET /sapi/v4/sub-account/assets", this::subAssets);
    r.put("POST /sapi/v1/sub-account/universalTransfer", this::universalTransfer);
    r.put("GET /sapi/v1/sub-account/universalTransfer", p -> ok(Map.of(
        "result", filter(universal, p, "clientTranId", "toEmail"), "totalCount", filter(universal, p, "clientTranId", "toEmail").size())));
    r.put("POST /sapi/v1/sub-account/transfer/subToMaster", p -> subTransfer(p, "master", null));
    r.put("POST /sapi/v1/sub-account/transfer/subToSub", p -> subTransfer(p, "subAccount", required(p, "toEmail")));
    r.put("GET /sapi/v1/sub-account/transfer/subUserHistory", p -> ok(filter(subTransfers, p, "asset")));
    r.put("GET /sapi/v1/capital/deposit/subAddress", p -> ok(address(required(p, "email"), p)));
    r.put("GET /sapi/v1/capital/deposit/subHisrec", p -> ok(List.of()));
    return r;
  }

  /** {@code GET /sapi/v1/system/status} (public). */
  Reply systemStatus(Map<String, String> p) {
    return Reply.json(200, "{\"status\":0,\"msg\":\"normal\"}");
  }

  /** A deposit arriving: credits the spot ledger and records it as a successful deposit. */
  synchronized void receiveDeposit(String coin, String network, BigDecimal amount) {
    ledger.deposit(coin, amount);
    Map<String, Object> d = Json.object();
    d.put("id", Long.toString(nextId++));
    d.put("amount", amount.toPlainString());
    d.put("coin", coin);
    d.put("network", network);
    d.put("status", 1);
    d.put("address", addressOf(null, coin, network));
    d.put("addressTag", "");
    d.put("txId", "0xfake" + d.get("id"));
    d.put("insertTime", clock.millis());
    d.put("completeTime", clock.millis());
    d.put("transferType", 0);
    d.put("confirmTimes", "1/1");
    d.put("unlockConfirm", 0);
    d.put("walletType", 0);
    deposits.add(0, d);
  }

  /** The balance of {@code asset} in {@code wallet} ({@code UMFUTURE}, {@code FUNDING}, {@code sub:<email>:SPOT}, ...). */
  synchronized BigDecimal balance(String wallet, String asset) {
    return wallets.getOrDefault(wallet, Map.of()).getOrDefault(asset, BigDecimal.ZERO);
  }

  private List<Map<String, Object>> coins() {
    List<Map<String, Object>> out = new ArrayList<>();
    ledger.balances().forEach((coin, fl) -> {
      Map<String, Object> n = Json.object();
      n.put("network", coin);
      n.put("coin", coin);
      n.put("withdrawIntegerMultiple", "0.00000001");
      n.put("isDefault", true);
      n.put("depositEnable", true);
      n.put("withdrawEnable", true);
      n.put("name", coin);
      n.put("addressRegex", "");
      n.put("withdrawFee", "0");
      n.put("withdrawMin", "0.00000001");
      n.put("withdrawMax", "9999999999");
      n.put("minConfirm", 1);
      n.put("unLockConfirm", 0);
      Map<String, Object> c = Json.object();
      c.put("coin", coin);
      c.put("depositAllEnable", true);
      c.put("withdrawAllEnable", true);
      c.put("name", coin);
      c.put("free", fl[0].toPlainString());
      c.put("locked", fl[1].toPlainString());
      for (String k : List.of("freeze", "withdrawing", "ipoing", "ipoable", "storage")) {
        c.put(k, "0");
      }
      c.put("isLegalMoney", false);
      c.put("trading", true);
      c.put("networkList", List.of(n));
      out.add(c);
    });
    return out;
  }

  private static String addressOf(String email, String coin, String network) {
    return String.format("fake-%s-%s-%08x", coin, network, (email + "/" + coin + "/" + network).hashCode());
  }

  private Map<String, Object> address(String email, Map<String, String> p) throws BinanceError {
    String coin = required(p, "coin");
    String network = p.getOrDefault("network", coin);
    Map<String, Object> a = Json.object();
    a.put("address", addressOf(email, coin, network));
    a.put("coin", coin);
    a.put("tag", "");
    a.put("url", "");
    return a;
  }

  private Reply addressList(Map<String, String> p) throws BinanceError {
    Map<String, Object> a = address(null, p);
    a.remove("url");
    a.put("isDefault", 1);
    return ok(List.of(a));
  }

  private synchronized Reply withdraw(Map<String, String> p) throws BinanceError {
    String coin = required(p, "coin");
    String address = required(p, "address");
    BigDecimal amount = decimal(p, "amount");
    debit(null, coin, amount);
    Map<String, Object> w = Json.object();
    w.put("id", String.format("fakewithdraw%020d", nextId++));
    w.put("amount", amount.toPlainString());
    w.put("transactionFee", "0");
    w.put("coin", coin);
    w.put("status", 6);
    w.put("address", address);
    w.put("txId", "0xfake" + w.get("id"));
    w.put("applyTime", UTC.format(Instant.ofEpochMilli(clock.millis())));
    w.put("network", p.getOrDefault("network", coin));
    w.put("transferType", 0);
    if (p.containsKey("withdrawOrderId")) {
      w.put("withdrawOrderId", p.get("withdrawOrderId"));
    }
    w.put("info", "");
    w.put("confirmNo", 1);
    w.put("walletType", Integer.parseInt(p.getOrDefault("walletType", "0")));
    w.put("txKey", "");
    w.put("completeTime", w.get("applyTime"));
    withdrawals.add(0, w);
    return Reply.json(200, "{\"id\":\"" + w.get("id") + "\"}");
  }

  private synchronized Reply withdrawHistory(Map<String, String> p) {
    List<Map<String, Object>> out = filter(withdrawals, p, "coin", "withdrawOrderId");
    if (p.containsKey("idList")) {
      List<String> ids = Arrays.asList(p.get("idList").split(","));
      out = out.stream().filter(w -> ids.contains(w.get("id"))).toList();
    }
    return ok(out);
  }

  private synchronized Reply transfer(Map<String, String> p) throws BinanceError {
    String type = required(p, "type");
    String asset = required(p, "asset");
    BigDecimal amount = decimal(p, "amount");
    int cut = type.indexOf('_', type.startsWith("PORTFOLIO_MARGIN") ? "PORTFOLIO_MARGIN".length() : 0);
    if (cut < 0) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter 'type'.");
    }
    String from = type.substring(0, cut);
    String to = type.substring(cut + 1);
    move(from.equals("MAIN") ? null : from, to.equals("MAIN") ? null : to, asset, amount);
    Map<String, Object> t = Json.object();
    long id = nextId++;
    t.put("asset", asset);
    t.put("amount", amount.toPlainString());
    t.put("type", type);
    t.put("status", "CONFIRMED");
    t.put("tranId", id);
    t.put("timestamp", clock.millis());
    transfers.add(0, t);
    return Reply.json(200, "{\"tranId\":" + id + "}");
  }

  private synchronized Reply transferHistory(Map<String, String> p) throws BinanceError {
    List<Map<String, Object>> rows = filter(transfers, p, "type");
    Map<String, Object> out = Json.object();
    out.put("total", rows.size());
    if (!rows.isEmpty()) {
      out.put("rows", rows);
    }
    return ok(out);
  }

  private synchronized List<Map<String, Object>> subAccountList() {
    List<Map<String, Object>> out = new ArrayList<>();
    subAccounts.forEach((email, created) -> {
      Map<String, Object> s = Json.object();
      s.put("email", email);
      s.put("isFreeze", false);
      s.put("createTime", created);
      s.put("isManagedSubAccount", false);
      s.put("isAssetManagementSubAccount", false);
      out.add(s);
    });
    return out;
  }

  private synchronized List<Map<String, Object>> subAccountStatus(String email) {
    List<Map<String, Object>> out = new ArrayList<>();
    subAccounts.forEach((e, created) -> {
      if (email == null || email.equals(e)) {
        Map<String, Object> s = Json.object();
        s.put("email", e);
        s.put("isSubUserEnabled", true);
        s.put("isUserActive", true);
        s.put("insertTime", created);
        s.put("isMarginEnabled", false);
        s.put("isFutureEnabled", true);
        out.add(s);
      }
    });
    return out;
  }

  private synchronized Reply subAssets(Map<String, String> p) throws BinanceError {
    String email = required(p, "email");
    List<Map<String, Object>> balances = new ArrayList<>();
    wallets.getOrDefault(sub(email, "SPOT"), Map.of()).forEach((asset, amount) -> {
      Map<String, Object> b = Json.object();
      b.put("freeze", "0");
      b.put("withdrawing", "0");
      b.put("asset", asset);
      b.put("free", amount.toPlainString());
      b.put("locked", "0");
      balances.add(b);
    });
    return ok(Map.of("balances", balances));
  }

  private synchronized Reply universalTransfer(Map<String, String> p) throws BinanceError {
    String fromEmail = p.get("fromEmail");
    String toEmail = p.get("toEmail");
    String fromType = required(p, "fromAccountType");
    String toType = required(p, "toAccountType");
    String asset = required(p, "asset");
    BigDecimal amount = decimal(p, "amount");
    move(account(fromEmail, fromType), account(toEmail, toType), asset, amount);
    long id = nextId++;
    Map<String, Object> t = Json.object();
    t.put("tranId", id);
    t.put("fromEmail", fromEmail == null ? "master@fake" : fromEmail);
    t.put("toEmail", toEmail == null ? "master@fake" : toEmail);
    t.put("asset", asset);
    t.put("amount", amount.toPlainString());
    t.put("createTimeStamp", clock.millis());
    t.put("fromAccountType", fromType);
    t.put("toAccountType", toType);
    t.put("status", "SUCCESS");
    if (p.containsKey("clientTranId")) {
      t.put("clientTranId", p.get("clientTranId"));
    }
    universal.add(0, t);
    return Reply.json(200, "{\"tranId\":" + id + (p.containsKey("clientTranId")
        ? ",\"clientTranId\":" + Json.write(p.get("clientTranId")) : "") + "}");
  }

  private synchronized Reply subTransfer(Map<String, String> p, String counterParty, String toEmail) throws BinanceError {
    String asset = required(p, "asset");
    BigDecimal amount = decimal(p, "amount");
    move(sub(SELF, "SPOT"), toEmail == null ? null : sub(toEmail, "SPOT"), asset, amount);
    long id = nextId++;
    Map<String, Object> t = Json.object();
    t.put("counterParty", counterParty);
    t.put("email", toEmail == null ? "master@fake" : toEmail);
    t.put("type", 2);
    t.put("asset", asset);
    t.put("qty", amount.toPlainString());
    t.put("fromAccountType", "SPOT");
    t.put("toAccountType", "SPOT");
    t.put("status", "SUCCESS");
    t.put("tranId", id);
    t.put("time", clock.millis());
    subTransfers.add(0, t);
    return Reply.json(200, "{\"txnId\":\"" + id + "\"}");
  }

  /** The wallet key of {@code type} of {@code email} (null: the master; the master's SPOT is the ledger, null). */
  private String account(String email, String type) {
    if (email == null) {
      return type.equals("SPOT") ? null : type;
    }
    return sub(email, type);
  }

  private String sub(String email, String type) {
    subAccounts.putIfAbsent(email, clock.millis());
    return "sub:" + email + ":" + type;
  }

  private void move(String from, String to, String asset, BigDecimal amount) throws BinanceError {
    debit(from, asset, amount);
    if (to == null) {
      ledger.deposit(asset, amount);
    } else {
      wallets.computeIfAbsent(to, k -> new TreeMap<>()).merge(asset, amount, BigDecimal::add);
    }
  }

  private void debit(String wallet, String asset, BigDecimal amount) throws BinanceError {
    try {
      if (wallet == null) {
        ledger.debit(asset, amount);
        return;
      }
      Map<String, BigDecimal> w = wallets.computeIfAbsent(wallet, k -> new TreeMap<>());
      if (w.getOrDefault(asset, BigDecimal.ZERO).compareTo(amount) < 0) {
        throw new Ledger.Rejection("insufficient balance");
      }
      w.merge(asset, amount.negate(), BigDecimal::add);
    } catch (Ledger.Rejection e) {
      throw new BinanceError(400, -4026, "You have insufficient balance.");
    }
  }

  /** The rows whose {@code keys} equal the parameters of the same name that were sent (a copy). */
  private synchronized List<Map<String, Object>> filter(List<Map<String, Object>> rows, Map<String, String> p,
      String... keys) {
    return rows.stream().filter(r -> Arrays.stream(keys).allMatch(k -> !p.containsKey(k) || p.get(k).equals(r.get(k))))
        .toList();
  }

  private static Reply ok(Object value) {
    return Reply.json(200, Json.write(value));
  }
}
