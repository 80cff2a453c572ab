package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The result of {@code POST /0/private/TradeBalance}: the account's margin figures, valued in the
 * asked asset (default {@code ZUSD}). Kraken leaves out {@code ml} without open positions and
 * {@code uv} in its own example, so those two may be null; the rest are required.
 *
 * <pre>{@code
 * TradeBalance tb = kraken.accountData().tradeBalance("ZEUR");
 * BigDecimal freeMargin = tb.freeMargin();
 * }</pre>
 *
 * @param equivalentBalance {@code eb}: all currencies combined
 * @param tradeBalance {@code tb}: equity currencies combined
 * @param marginUsed {@code m}: margin amount of open positions
 * @param unrealizedNet {@code n}: unrealised net profit/loss of open positions
 * @param costBasis {@code c}: cost basis of open positions
 * @param valuation {@code v}: current floating valuation of open positions
 * @param equity {@code e}: trade balance + unrealised net profit/loss
 * @param freeMargin {@code mf}: equity − initial margin
 * @param marginLevel {@code ml}: (equity / initial margin) × 100, or null without open positions
 * @param unexecutedValue {@code uv}: value of unfilled and partially filled orders, or null when absent
 */
public record TradeBalance(
    @JsonProperty("eb") BigDecimal equivalentBalance,
    @JsonProperty("tb") BigDecimal tradeBalance,
    @JsonProperty("m") BigDecimal marginUsed,
    @JsonProperty("n") BigDecimal unrealizedNet,
    @JsonProperty("c") BigDecimal costBasis,
    @JsonProperty("v") BigDecimal valuation,
    @JsonProperty("e") BigDecimal equity,
    @JsonProperty("mf") BigDecimal freeMargin,
    @JsonProperty("ml") BigDecimal marginLevel,
    @JsonProperty("uv") BigDecimal unexecutedValue) {
  /**
   * Checks the required members (by their wire names).
   *
   * @param equivalentBalance {@code eb}: all currencies combined
   * @param tradeBalance {@code tb}: equity currencies combined
   * @param marginUsed {@code m}: margin amount of open positions
   * @param unrealizedNet {@code n}: unrealised net profit/loss of open positions
   * @param costBasis {@code c}: cost basis of open positions
   * @param valuation {@code v}: current floating valuation of open positions
   * @param equity {@code e}: trade balance + unrealised net profit/loss
   * @param freeMargin {@code mf}: equity − initial margin
   * @param marginLevel {@code ml}: (equity / initial margin) × 100, or null without open positions
   * @param unexecutedValue {@code uv}: value of unfilled and partially filled orders, or null when absent
   */
  public TradeBalance {
    Required.field(equivalentBalance, "eb");
    Required.field(tradeBalance, "tb");
    Required.field(marginUsed, "m");
    Required.field(unrealizedNet, "n");
    Required.field(costBasis, "c");
    Required.field(valuation, "v");
    Required.field(equity, "e");
    Required.field(freeMargin, "mf");
  }
}
