package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A ledger entry's {@code type}, and the Ledgers {@code type} filter ({@code all} is the filter's default; the filter's docs spell the NFT rebate {@code nft_rebate}, the entry's {@code nftrebate}: both are listed).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling and otherwise a value holding the exact text, which
 * {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * LedgersQuery.builder().type(LedgerType.DEPOSIT).build();
if (entry.type() == LedgerType.TRADE) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code deposit}
 */
public record LedgerType(String value) implements WireValue {
  /** {@code all}. */
  public static final LedgerType ALL = new LedgerType("all");
  /** {@code none}. */
  public static final LedgerType NONE = new LedgerType("none");
  /** {@code trade}. */
  public static final LedgerType TRADE = new LedgerType("trade");
  /** {@code deposit}. */
  public static final LedgerType DEPOSIT = new LedgerType("deposit");
  /** {@code withdrawal}. */
  public static final LedgerType WITHDRAWAL = new LedgerType("withdrawal");
  /** {@code transfer}. */
  public static final LedgerType TRANSFER = new LedgerType("transfer");
  /** {@code margin}. */
  public static final LedgerType MARGIN = new LedgerType("margin");
  /** {@code adjustment}. */
  public static final LedgerType ADJUSTMENT = new LedgerType("adjustment");
  /** {@code rollover}. */
  public static final LedgerType ROLLOVER = new LedgerType("rollover");
  /** {@code spend}. */
  public static final LedgerType SPEND = new LedgerType("spend");
  /** {@code receive}. */
  public static final LedgerType RECEIVE = new LedgerType("receive");
  /** {@code settled}. */
  public static final LedgerType SETTLED = new LedgerType("settled");
  /** {@code credit}. */
  public static final LedgerType CREDIT = new LedgerType("credit");
  /** {@code staking}. */
  public static final LedgerType STAKING = new LedgerType("staking");
  /** {@code reward}. */
  public static final LedgerType REWARD = new LedgerType("reward");
  /** {@code dividend}. */
  public static final LedgerType DIVIDEND = new LedgerType("dividend");
  /** {@code sale}. */
  public static final LedgerType SALE = new LedgerType("sale");
  /** {@code conversion}. */
  public static final LedgerType CONVERSION = new LedgerType("conversion");
  /** {@code nfttrade}. */
  public static final LedgerType NFTTRADE = new LedgerType("nfttrade");
  /** {@code nftcreatorfee}. */
  public static final LedgerType NFTCREATORFEE = new LedgerType("nftcreatorfee");
  /** {@code nftrebate}. */
  public static final LedgerType NFTREBATE = new LedgerType("nftrebate");
  /** {@code nft_rebate}. */
  public static final LedgerType NFT_REBATE = new LedgerType("nft_rebate");
  /** {@code custodytransfer}. */
  public static final LedgerType CUSTODYTRANSFER = new LedgerType("custodytransfer");

  private static final KnownValues<LedgerType> KNOWN = KnownValues.of(LedgerType.class, LedgerType::new,
      ALL,
      NONE,
      TRADE,
      DEPOSIT,
      WITHDRAWAL,
      TRANSFER,
      MARGIN,
      ADJUSTMENT,
      ROLLOVER,
      SPEND,
      RECEIVE,
      SETTLED,
      CREDIT,
      STAKING,
      REWARD,
      DIVIDEND,
      SALE,
      CONVERSION,
      NFTTRADE,
      NFTCREATORFEE,
      NFTREBATE,
      NFT_REBATE,
      CUSTODYTRANSFER);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code deposit}
   */
  public LedgerType {
    value = KnownValues.text(value, LedgerType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken spells it
   * @return the matching constant, or a new value holding {@code value}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LedgerType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return true for a documented value, false for one Kraken added since
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, unmodifiable
   */
  public static List<LedgerType> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
