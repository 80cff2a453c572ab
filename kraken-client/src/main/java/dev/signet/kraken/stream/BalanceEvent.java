package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One element of a {@code balances} frame. In a snapshot it is an asset held
 * ({@code asset}, {@code asset_class}, {@code balance}, {@code wallets}); in an update it is a ledger
 * transaction ({@code ledger_id}, {@code ref_id}, {@code timestamp}, {@code type}, {@code category},
 * {@code wallet_type}, {@code wallet_id}, {@code amount}, {@code fee} and the new {@code balance}).
 * The fields of the other kind are null (and {@code wallets} empty).
 *
 * <pre>{@code
 * BigDecimal usd = event.asset().equals("USD") ? event.balance() : null;
 * }</pre>
 *
 * @param asset the asset code ({@code asset}), e.g. {@code BTC}
 * @param assetClass the asset class ({@code asset_class}), {@code currency}
 * @param balance the total held of the asset, after the transaction in an update ({@code balance})
 * @param wallets the wallets holding it (snapshot), else empty
 * @param ledgerId the ledger entry ({@code ledger_id}, update), or null
 * @param refId the reference of the transaction ({@code ref_id}, update), or null
 * @param timestamp when the transaction happened ({@code timestamp}, update), or null
 * @param type the transaction type ({@code type}, update), e.g. {@code deposit} or {@code trade}, or null
 * @param category the transaction category ({@code category}, update), or null
 * @param walletType the wallet's type ({@code wallet_type}, update): {@code spot} or {@code earn}, or null
 * @param walletId the wallet ({@code wallet_id}, update), e.g. {@code main}, or null
 * @param amount the change of the asset ({@code amount}, update), or null
 * @param fee the fee paid ({@code fee}, update), or null
 */
public record BalanceEvent(
    @JsonProperty("asset") String asset,
    @JsonProperty("asset_class") String assetClass,
    @JsonProperty("balance") BigDecimal balance,
    @JsonProperty("wallets") List<Wallet> wallets,
    @JsonProperty("ledger_id") String ledgerId,
    @JsonProperty("ref_id") String refId,
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("type") String type,
    @JsonProperty("category") String category,
    @JsonProperty("wallet_type") String walletType,
    @JsonProperty("wallet_id") String walletId,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("fee") BigDecimal fee) {
  /**
   * One wallet of a snapshot's asset: {@code {"type":"spot","id":"main","balance":1.2}}.
   *
   * @param type {@code spot} or {@code earn}
   * @param id the wallet, e.g. {@code main}, {@code flex}, {@code bonded}
   * @param balance the asset held in it
   */
  public record Wallet(
      @JsonProperty("type") String type,
      @JsonProperty("id") String id,
      @JsonProperty("balance") BigDecimal balance) {
    /**
     * Checks every field is present.
     *
     * @param type {@code type}
     * @param id {@code id}
     * @param balance {@code balance}
     */
    public Wallet {
      Required.field(type, "type");
      Required.field(id, "id");
      Required.field(balance, "balance");
    }
  }

  /**
   * Checks the fields both kinds send.
   *
   * @param asset {@code asset}
   * @param assetClass {@code asset_class}
   * @param balance {@code balance}
   * @param wallets {@code wallets}; missing is empty
   * @param ledgerId {@code ledger_id}, or null
   * @param refId {@code ref_id}, or null
   * @param timestamp {@code timestamp}, or null
   * @param type {@code type}, or null
   * @param category {@code category}, or null
   * @param walletType {@code wallet_type}, or null
   * @param walletId {@code wallet_id}, or null
   * @param amount {@code amount}, or null
   * @param fee {@code fee}, or null
   */
  public BalanceEvent {
    Required.field(asset, "asset");
    Required.field(balance, "balance");
    wallets = Required.listOrEmpty(wallets, "wallets");
  }
}
