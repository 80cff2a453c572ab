package dev.signet.kraken.account;

import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.AccountSeconds;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One ledger entry, as Ledgers and QueryLedgers report it: a change to one asset's balance.
 * {@code time} is exact to Kraken's fraction of a second. Every field but {@code subtype} is required.
 *
 * <pre>{@code
 * AccountPage<LedgerEntry> page = kraken.accountData().ledgers(LedgersQuery.builder().build());
 * page.entries().forEach((id, e) -> System.out.println(id + " " + e.asset() + " " + e.amount()));
 * }</pre>
 *
 * @param refid the reference id (the trade, deposit, … that made the entry)
 * @param time when the entry was made
 * @param type the entry's type (unknown values are kept)
 * @param subtype the subtype, possibly empty, or null
 * @param aclass the asset class, e.g. {@code currency}
 * @param asset the asset id, e.g. {@code ZGBP}
 * @param amount the amount, signed
 * @param fee the fee charged
 * @param balance the asset's balance after the entry
 */
public record LedgerEntry(
    String refid,
    @JsonDeserialize(using = AccountSeconds.class) Instant time,
    LedgerType type,
    String subtype,
    String aclass,
    String asset,
    BigDecimal amount,
    BigDecimal fee,
    BigDecimal balance) {
  /**
   * Checks the required fields.
   *
   * @param refid the reference id (the trade, deposit, … that made the entry)
   * @param time when the entry was made
   * @param type the entry's type (unknown values are kept)
   * @param subtype the subtype, possibly empty, or null
   * @param aclass the asset class, e.g. {@code currency}
   * @param asset the asset id, e.g. {@code ZGBP}
   * @param amount the amount, signed
   * @param fee the fee charged
   * @param balance the asset's balance after the entry
   */
  public LedgerEntry {
    Required.field(refid, "refid");
    Required.field(time, "time");
    Required.field(type, "type");
    Required.field(aclass, "aclass");
    Required.field(asset, "asset");
    Required.field(amount, "amount");
    Required.field(fee, "fee");
    Required.field(balance, "balance");
  }
}
