package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.AccountDeserializer;
import dev.signet.core.internal.json.Required;
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
 * <p>Every field is required (the docs always send them): a missing or null one, or a null list
 * element, fails the decode naming it.
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
 * @param balances balances per asset (unmodifiable; may be empty, never null)
 * @param permissions permissions, e.g. {@code SPOT} (kept as sent; unmodifiable)
 * @param uid the account's user id
 */
@JsonDeserialize(using = AccountDeserializer.class)
public record Account(
    @JsonProperty(required = true) int makerCommission,
    @JsonProperty(required = true) int takerCommission,
    @JsonProperty(required = true) int buyerCommission,
    @JsonProperty(required = true) int sellerCommission,
    CommissionRates commissionRates,
    @JsonProperty(required = true) boolean canTrade,
    @JsonProperty(required = true) boolean canWithdraw,
    @JsonProperty(required = true) boolean canDeposit,
    @JsonProperty(required = true) boolean brokered,
    @JsonProperty(required = true) boolean requireSelfTradePrevention,
    @JsonProperty(required = true) boolean preventSor,
    Instant updateTime,
    String accountType,
    List<Balance> balances,
    List<String> permissions,
    @JsonProperty(required = true) long uid) {

  /**
   * Checks every field is present; copies the lists (a null element is refused).
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
   * @param balances balances per asset (unmodifiable; may be empty, never null)
   * @param permissions permissions, e.g. {@code SPOT} (kept as sent; unmodifiable)
   * @param uid the account's user id
   */
  public Account {
    Required.field(commissionRates, "commissionRates");
    Required.field(updateTime, "updateTime");
    Required.field(accountType, "accountType");
    balances = Required.list(balances, "balances");
    permissions = Required.list(permissions, "permissions");
  }

  /**
   * The balance of {@code asset}, if the account lists it.
   *
   * @param asset the asset the amount is in
   * @return the balance of {@code asset}, if the account lists it
   */
  public Optional<Balance> balance(String asset) {
    return balances.stream().filter(b -> b.asset().equals(asset)).findFirst();
  }
}
