package dev.signet.binance.futures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A USD-M futures income type ({@code incomeType}), as listed in the Get Income History docs.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * IncomeQuery.builder().incomeType(IncomeType.FUNDING_FEE).build();
 * if (income.incomeType() == IncomeType.COMMISSION) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code TRANSFER}
 */
public record IncomeType(String value) implements WireValue {
  /** {@code TRANSFER}. */
  public static final IncomeType TRANSFER = new IncomeType("TRANSFER");
  /** {@code WELCOME_BONUS}. */
  public static final IncomeType WELCOME_BONUS = new IncomeType("WELCOME_BONUS");
  /** {@code REALIZED_PNL}. */
  public static final IncomeType REALIZED_PNL = new IncomeType("REALIZED_PNL");
  /** {@code FUNDING_FEE}. */
  public static final IncomeType FUNDING_FEE = new IncomeType("FUNDING_FEE");
  /** {@code COMMISSION}. */
  public static final IncomeType COMMISSION = new IncomeType("COMMISSION");
  /** {@code INSURANCE_CLEAR}. */
  public static final IncomeType INSURANCE_CLEAR = new IncomeType("INSURANCE_CLEAR");
  /** {@code REFERRAL_KICKBACK}. */
  public static final IncomeType REFERRAL_KICKBACK = new IncomeType("REFERRAL_KICKBACK");
  /** {@code COMMISSION_REBATE}. */
  public static final IncomeType COMMISSION_REBATE = new IncomeType("COMMISSION_REBATE");
  /** {@code API_REBATE}. */
  public static final IncomeType API_REBATE = new IncomeType("API_REBATE");
  /** {@code CONTEST_REWARD}. */
  public static final IncomeType CONTEST_REWARD = new IncomeType("CONTEST_REWARD");
  /** {@code CROSS_COLLATERAL_TRANSFER}. */
  public static final IncomeType CROSS_COLLATERAL_TRANSFER = new IncomeType("CROSS_COLLATERAL_TRANSFER");
  /** {@code OPTIONS_PREMIUM_FEE}. */
  public static final IncomeType OPTIONS_PREMIUM_FEE = new IncomeType("OPTIONS_PREMIUM_FEE");
  /** {@code OPTIONS_SETTLE_PROFIT}. */
  public static final IncomeType OPTIONS_SETTLE_PROFIT = new IncomeType("OPTIONS_SETTLE_PROFIT");
  /** {@code INTERNAL_TRANSFER}. */
  public static final IncomeType INTERNAL_TRANSFER = new IncomeType("INTERNAL_TRANSFER");
  /** {@code AUTO_EXCHANGE}. */
  public static final IncomeType AUTO_EXCHANGE = new IncomeType("AUTO_EXCHANGE");
  /** {@code DELIVERED_SETTELMENT}: Binance's spelling (sic). */
  public static final IncomeType DELIVERED_SETTLEMENT = new IncomeType("DELIVERED_SETTELMENT");
  /** {@code COIN_SWAP_DEPOSIT}. */
  public static final IncomeType COIN_SWAP_DEPOSIT = new IncomeType("COIN_SWAP_DEPOSIT");
  /** {@code COIN_SWAP_WITHDRAW}. */
  public static final IncomeType COIN_SWAP_WITHDRAW = new IncomeType("COIN_SWAP_WITHDRAW");
  /** {@code POSITION_LIMIT_INCREASE_FEE}. */
  public static final IncomeType POSITION_LIMIT_INCREASE_FEE = new IncomeType("POSITION_LIMIT_INCREASE_FEE");
  /** {@code STRATEGY_UMFUTURES_TRANSFER}. */
  public static final IncomeType STRATEGY_UMFUTURES_TRANSFER = new IncomeType("STRATEGY_UMFUTURES_TRANSFER");
  /** {@code FEE_RETURN}. */
  public static final IncomeType FEE_RETURN = new IncomeType("FEE_RETURN");
  /** {@code BFUSD_REWARD}. */
  public static final IncomeType BFUSD_REWARD = new IncomeType("BFUSD_REWARD");

  private static final KnownValues<IncomeType> KNOWN =
      KnownValues.of(IncomeType.class, IncomeType::new, TRANSFER, WELCOME_BONUS, REALIZED_PNL,
          FUNDING_FEE, COMMISSION, INSURANCE_CLEAR, REFERRAL_KICKBACK, COMMISSION_REBATE, API_REBATE,
          CONTEST_REWARD, CROSS_COLLATERAL_TRANSFER, OPTIONS_PREMIUM_FEE, OPTIONS_SETTLE_PROFIT,
          INTERNAL_TRANSFER, AUTO_EXCHANGE, DELIVERED_SETTLEMENT, COIN_SWAP_DEPOSIT, COIN_SWAP_WITHDRAW,
          POSITION_LIMIT_INCREASE_FEE, STRATEGY_UMFUTURES_TRANSFER, FEE_RETURN, BFUSD_REWARD);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code TRANSFER}
   */
  public IncomeType {
    value = KnownValues.text(value, IncomeType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code TRANSFER}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IncomeType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<IncomeType> constants() {
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
