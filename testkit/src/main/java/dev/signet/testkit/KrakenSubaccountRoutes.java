package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeKraken}'s subaccount methods: CreateSubaccount (a username not taken yet and an e-mail
 * address; a taken username answers {@code EGeneral:Invalid arguments:username}) and AccountTransfer
 * (asset, a positive amount and two different non-blank IIBANs; answers a new transfer id,
 * {@code TFAKE1}, {@code TFAKE2}, …, complete at once). The fake keeps one account's balances, so a
 * transfer does not move them.
 */
final class KrakenSubaccountRoutes {
  private final List<String> usernames = new ArrayList<>();
  private int transfers;

  /** Puts this class's methods into the fake's private table, by method name. */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("CreateSubaccount", this::create);
    privateMethods.put("AccountTransfer", this::transfer);
  }

  private synchronized Object create(Map<String, String> p) throws KrakenError {
    String username = KrakenFundingRoutes.required(p, "username");
    String email = KrakenFundingRoutes.required(p, "email");
    if (usernames.contains(username)) {
      throw new KrakenError("EGeneral:Invalid arguments:username");
    }
    if (!email.contains("@")) {
      throw new KrakenError("EGeneral:Invalid arguments:email");
    }
    usernames.add(username);
    return true;
  }

  private synchronized Object transfer(Map<String, String> p) throws KrakenError {
    KrakenFundingRoutes.required(p, "asset");
    KrakenFundingRoutes.positive(p, "amount");
    String from = KrakenFundingRoutes.required(p, "from");
    if (from.equals(KrakenFundingRoutes.required(p, "to"))) {
      throw new KrakenError("EGeneral:Invalid arguments:to");
    }
    transfers++;
    Map<String, Object> out = Json.object();
    out.put("transfer_id", "TFAKE" + transfers);
    out.put("status", "complete");
    return out;
  }
}
