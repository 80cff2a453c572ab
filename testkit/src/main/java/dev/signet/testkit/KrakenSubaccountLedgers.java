package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FakeKraken}'s subaccounts: CreateSubaccount (a username not taken yet and an e-mail address;
 * a taken username answers {@code EGeneral:Invalid arguments:username}) gives each subaccount an IIBAN
 * and its own balances, starting empty; AccountTransfer (asset, a positive amount, {@code from} and
 * {@code to} two different accounts by IIBAN, the master's or a subaccount's) moves the amount from one
 * account's free balance to the other's at once and answers {@code {transfer_id, status:"complete"}},
 * or {@code EFunding:Insufficient funds} when {@code from} is short (nothing moves). An IIBAN the fake
 * does not know answers {@code EGeneral:Invalid arguments:from} (or {@code :to}). The asset is the
 * Kraken id ({@code XXBT}) or its altname ({@code XBT}). Synchronized.
 *
 * <p>Example: {@code fake.subaccountBalance("bot-sub", "ZUSD")} after a transfer to {@code fake.iiban("bot-sub")}.
 */
final class KrakenSubaccountLedgers {
  /** The master account's IIBAN. */
  static final String MASTER = "AA00 FAKE MSTR 0000";

  private final Ledger master;
  private final Map<String, Account> byUsername = new LinkedHashMap<>();
  private int transfers;

  private record Account(String username, String iiban, Ledger ledger) {}

  KrakenSubaccountLedgers(Ledger master) {
    this.master = master;
  }

  /** Puts this class's methods into the fake's private table, by method name. */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("CreateSubaccount", this::create);
    privateMethods.put("AccountTransfer", this::transfer);
  }

  /** The IIBAN of subaccount {@code username}, if it was created. */
  synchronized Optional<String> iiban(String username) {
    return Optional.ofNullable(byUsername.get(username)).map(Account::iiban);
  }

  /** Subaccount {@code username}'s free balance of {@code asset} (zero when it has none), if it was created. */
  synchronized Optional<BigDecimal> balance(String username, String asset) {
    return Optional.ofNullable(byUsername.get(username)).map(a -> {
      BigDecimal[] b = a.ledger().balances().get(asset);
      return b == null ? BigDecimal.ZERO : b[0];
    });
  }

  private synchronized Object create(Map<String, String> p) throws KrakenError {
    String username = KrakenFundingRoutes.required(p, "username");
    String email = KrakenFundingRoutes.required(p, "email");
    if (byUsername.containsKey(username)) {
      throw new KrakenError("EGeneral:Invalid arguments:username");
    }
    if (!email.contains("@")) {
      throw new KrakenError("EGeneral:Invalid arguments:email");
    }
    String iiban = String.format(Locale.ROOT, "AA00 FAKE SUBA %04d", byUsername.size() + 1);
    byUsername.put(username, new Account(username, iiban, new Ledger()));
    return true;
  }

  private synchronized Object transfer(Map<String, String> p) throws KrakenError {
    String asset = KrakenFundingRoutes.required(p, "asset");
    BigDecimal amount = KrakenFundingRoutes.positive(p, "amount");
    String fromIiban = KrakenFundingRoutes.required(p, "from");
    String toIiban = KrakenFundingRoutes.required(p, "to");
    Ledger from = account(fromIiban, "from");
    Ledger to = account(toIiban, "to");
    if (fromIiban.equals(toIiban)) {
      throw new KrakenError("EGeneral:Invalid arguments:to");
    }
    String id = assetId(asset, from);
    try {
      from.debit(id, amount);
    } catch (Ledger.Rejection short_) {
      throw new KrakenError("EFunding:Insufficient funds");
    }
    to.deposit(id, amount);
    transfers++;
    Map<String, Object> out = Json.object();
    out.put("transfer_id", String.format(Locale.ROOT, "T%06d-%06d-%06d", transfers, transfers * 7919L % 1_000_000,
        transfers * 104729L % 1_000_000));
    out.put("status", "complete");
    return out;
  }

  private Ledger account(String iiban, String name) throws KrakenError {
    if (iiban.equals(MASTER)) {
      return master;
    }
    for (Account a : byUsername.values()) {
      if (a.iiban().equals(iiban)) {
        return a.ledger();
      }
    }
    throw new KrakenError("EGeneral:Invalid arguments:" + name);
  }

  /** The ledger's id of {@code asset}: as given when {@code from} holds it, else the id whose altname it is ({@code XBT} → {@code XXBT}). */
  private static String assetId(String asset, Ledger from) {
    Map<String, BigDecimal[]> balances = from.balances();
    if (balances.containsKey(asset)) {
      return asset;
    }
    return balances.keySet().stream().filter(id -> KrakenPairs.assetAltname(id).equals(asset)).findFirst().orElse(asset);
  }
}
