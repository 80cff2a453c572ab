package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Balances or positions changed ({@code ACCOUNT_UPDATE}): only the assets and the positions that
 * changed are listed. A funding fee on a cross position lists the balance only; on an isolated one,
 * the balance and that position. Unfilled or cancelled orders send none.
 *
 * <pre>{@code
 * if (event instanceof AccountUpdate u) {
 *   u.update().balances().forEach(b -> wallet.put(b.asset(), b.walletBalance()));
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param transactionTime when the change happened ({@code T})
 * @param update what changed ({@code a})
 */
public record AccountUpdate(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("a") Update update) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param transactionTime {@code T}
   * @param update {@code a}
   */
  public AccountUpdate {
    Required.field(eventTime, "E");
    Required.field(transactionTime, "T");
    Required.field(update, "a");
  }

  /**
   * The change.
   *
   * @param reason why ({@code m}: {@code DEPOSIT}, {@code WITHDRAW}, {@code ORDER}, {@code FUNDING_FEE},
   *     {@code WITHDRAW_REJECT}, {@code ADJUSTMENT}, {@code INSURANCE_CLEAR}, {@code ADMIN_DEPOSIT},
   *     {@code ADMIN_WITHDRAW}, {@code MARGIN_TRANSFER}, {@code MARGIN_TYPE_CHANGE}, {@code ASSET_TRANSFER},
   *     {@code OPTIONS_PREMIUM_FEE}, {@code OPTIONS_SETTLE_PROFIT}, {@code AUTO_EXCHANGE},
   *     {@code COIN_SWAP_DEPOSIT}, {@code COIN_SWAP_WITHDRAW})
   * @param balances the assets whose balance changed ({@code B})
   * @param positions the positions that changed ({@code P}; empty when none did)
   */
  public record Update(
      @JsonProperty("m") String reason,
      @JsonProperty("B") List<Balance> balances,
      @JsonProperty("P") List<Position> positions) {
    /**
     * Checks the fields the docs always send and copies the lists.
     *
     * @param reason {@code m}
     * @param balances {@code B}
     * @param positions {@code P}, or absent
     */
    public Update {
      Required.field(reason, "m");
      balances = Required.list(balances, "B");
      positions = Required.listOrEmpty(positions, "P");
    }
  }

  /**
   * An asset's balance.
   *
   * @param asset the asset ({@code a})
   * @param walletBalance the wallet balance ({@code wb})
   * @param crossWalletBalance the balance less isolated margin ({@code cw})
   * @param balanceChange the change other than PnL and commission ({@code bc})
   */
  public record Balance(
      @JsonProperty("a") String asset,
      @JsonProperty("wb") BigDecimal walletBalance,
      @JsonProperty("cw") BigDecimal crossWalletBalance,
      @JsonProperty("bc") BigDecimal balanceChange) {
    /**
     * Checks the fields the docs always send.
     *
     * @param asset {@code a}
     * @param walletBalance {@code wb}
     * @param crossWalletBalance {@code cw}
     * @param balanceChange {@code bc}
     */
    public Balance {
      Required.field(asset, "a");
      Required.field(walletBalance, "wb");
      Required.field(crossWalletBalance, "cw");
      Required.field(balanceChange, "bc");
    }
  }

  /**
   * A position.
   *
   * @param symbol the symbol ({@code s})
   * @param positionAmount the position ({@code pa}; negative when short)
   * @param entryPrice the entry price ({@code ep})
   * @param breakEvenPrice the break-even price ({@code bep})
   * @param accumulatedRealized the pre-fee accumulated realized PnL ({@code cr})
   * @param unrealizedProfit the unrealized PnL ({@code up})
   * @param marginType {@code isolated} or {@code cross} ({@code mt}, lower case here)
   * @param isolatedWallet the isolated margin ({@code iw})
   * @param positionSide the position side ({@code ps})
   */
  public record Position(
      @JsonProperty("s") String symbol,
      @JsonProperty("pa") BigDecimal positionAmount,
      @JsonProperty("ep") BigDecimal entryPrice,
      @JsonProperty("bep") BigDecimal breakEvenPrice,
      @JsonProperty("cr") BigDecimal accumulatedRealized,
      @JsonProperty("up") BigDecimal unrealizedProfit,
      @JsonProperty("mt") MarginType marginType,
      @JsonProperty("iw") BigDecimal isolatedWallet,
      @JsonProperty("ps") PositionSide positionSide) {
    /**
     * Checks the fields the docs always send.
     *
     * @param symbol {@code s}
     * @param positionAmount {@code pa}
     * @param entryPrice {@code ep}
     * @param breakEvenPrice {@code bep}
     * @param accumulatedRealized {@code cr}
     * @param unrealizedProfit {@code up}
     * @param marginType {@code mt}
     * @param isolatedWallet {@code iw}
     * @param positionSide {@code ps}
     */
    public Position {
      Required.field(symbol, "s");
      Required.field(positionAmount, "pa");
      Required.field(entryPrice, "ep");
      Required.field(breakEvenPrice, "bep");
      Required.field(accumulatedRealized, "cr");
      Required.field(unrealizedProfit, "up");
      Required.field(marginType, "mt");
      Required.field(isolatedWallet, "iw");
      Required.field(positionSide, "ps");
    }
  }
}
