package dev.signet.binance.futures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import java.util.Objects;

/**
 * A USD-M futures income type. An open set: the constants are the values the docs list, and any
 * other value Binance sends is kept as it is rather than failing the decode.
 *
 * <pre>{@code
 * IncomeQuery.builder().incomeType(IncomeType.FUNDING_FEE).build();
 * if (income.incomeType().equals(IncomeType.COMMISSION)) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code FUNDING_FEE}
 */
public record IncomeType(String value) implements WireValue {
  public static final IncomeType TRANSFER = new IncomeType("TRANSFER");
  public static final IncomeType WELCOME_BONUS = new IncomeType("WELCOME_BONUS");
  public static final IncomeType REALIZED_PNL = new IncomeType("REALIZED_PNL");
  public static final IncomeType FUNDING_FEE = new IncomeType("FUNDING_FEE");
  public static final IncomeType COMMISSION = new IncomeType("COMMISSION");
  public static final IncomeType INSURANCE_CLEAR = new IncomeType("INSURANCE_CLEAR");
  public static final IncomeType REFERRAL_KICKBACK = new IncomeType("REFERRAL_KICKBACK");
  public static final IncomeType COMMISSION_REBATE = new IncomeType("COMMISSION_REBATE");
  public static final IncomeType API_REBATE = new IncomeType("API_REBATE");
  public static final IncomeType CONTEST_REWARD = new IncomeType("CONTEST_REWARD");
  public static final IncomeType CROSS_COLLATERAL_TRANSFER = new IncomeType("CROSS_COLLATERAL_TRANSFER");
  public static final IncomeType OPTIONS_PREMIUM_FEE = new IncomeType("OPTIONS_PREMIUM_FEE");
  public static final IncomeType OPTIONS_SETTLE_PROFIT = new IncomeType("OPTIONS_SETTLE_PROFIT");
  public static final IncomeType INTERNAL_TRANSFER = new IncomeType("INTERNAL_TRANSFER");
  public static final IncomeType AUTO_EXCHANGE = new IncomeType("AUTO_EXCHANGE");
  /** Spelled {@code DELIVERED_SETTELMENT} by Binance (sic). */
  public static final IncomeType DELIVERED_SETTLEMENT = new IncomeType("DELIVERED_SETTELMENT");
  public static final IncomeType COIN_SWAP_DEPOSIT = new IncomeType("COIN_SWAP_DEPOSIT");
  public static final IncomeType COIN_SWAP_WITHDRAW = new IncomeType("COIN_SWAP_WITHDRAW");
  public static final IncomeType POSITION_LIMIT_INCREASE_FEE = new IncomeType("POSITION_LIMIT_INCREASE_FEE");
  public static final IncomeType STRATEGY_UMFUTURES_TRANSFER = new IncomeType("STRATEGY_UMFUTURES_TRANSFER");
  public static final IncomeType FEE_RETURN = new IncomeType("FEE_RETURN");
  public static final IncomeType BFUSD_REWARD = new IncomeType("BFUSD_REWARD");

  /** Checks the value is not blank. */
  public IncomeType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("incomeType is blank; use one of the IncomeType constants.");
    }
  }

  /** The income type for a wire value (known or not). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IncomeType of(String value) {
    return new IncomeType(value);
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
