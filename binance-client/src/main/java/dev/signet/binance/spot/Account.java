package dev.signet.binance.spot;

import dev.signet.binance.internal.AccountDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Spot account information: {@code GET /api/v3/account}, every field the docs list.
 *
 * <pre>{@code
 * Account account = client.spot().account();
 * BigDecimal btc = account.balance("BTC").map(Balance::free).orElse(BigDecimal.ZERO);
 * }</pre>
 *
 * @param makerCommission maker commission in basis points (legacy; see {@code commissionRates})
 * @param takerCommission taker commission in basis points (legacy)
 * @param buyerCommission buyer commission in basis points (legacy)
 * @param sellerCommission seller commission in basis points (legacy)
 * @param commissionRates commission rates as fractions
 * @param canTrade whether the account may trade
 * @param canWithdraw whether the account may withdraw
 * @param canDeposit whether the account may deposit
 * @param brokered whether the account is a broker sub-account
 * @param requireSelfTradePrevention whether self-trade prevention is mandatory
 * @param preventSor whether smart order routing is disabled for the account
 * @param updateTime last update time (epoch millis on the wire)
 * @param accountType account type, e.g. {@code SPOT} (kept as sent)
 * @param balances balances per asset (empty list, never null)
 * @param permissions permissions, e.g. {@code SPOT} (kept as sent)
 * @param uid the account's user id
 */
@JsonDeserialize(using = AccountDeserializer.class)
public record Account(
    int makerCommission,
    int takerCommission,
    int buyerCommission,
    int sellerCommission,
    CommissionRates commissionRates,
    boolean canTrade,
    boolean canWithdraw,
    boolean canDeposit,
    boolean brokered,
    boolean requireSelfTradePrevention,
    boolean preventSor,
    Instant updateTime,
    String accountType,
    List<Balance> balances,
    List<String> permissions,
    long uid) {

  /** Copies the lists; a missing list becomes empty. */
  public Account {
    balances = balances == null ? List.of() : List.copyOf(balances);
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  /** The balance of {@code asset}, if the account lists it. */
  public Optional<Balance> balance(String asset) {
    return balances.stream().filter(b -> b.asset().equals(asset)).findFirst();
  }
}
