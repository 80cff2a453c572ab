package dev.signet.kraken.earn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How an Earn strategy holds the funds allocated to it ({@code lock_type.type}), also the {@code lock_type} filter of {@code Earn/Strategies}.
 *
 * <p>An open set: the constants are the values Kraken documents, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * StrategyQuery q = StrategyQuery.all().lockTypes(List.of(LockType.INSTANT, LockType.BONDED));
 * }</pre>
 *
 * @param value the wire value, e.g. {@code flex}
 */
public record LockType(String value) implements WireValue {
  /** {@code flex}: Kraken Rewards on spot balances; cannot be allocated by hand. */
  public static final LockType FLEX = new LockType("flex");
  /** {@code bonded}: bonding and unbonding periods apply. */
  public static final LockType BONDED = new LockType("bonded");
  /** {@code timed}: locked for a fixed time. */
  public static final LockType TIMED = new LockType("timed");
  /** {@code instant}: deallocated without an unbonding period ("flexible" in the UI). */
  public static final LockType INSTANT = new LockType("instant");

  private static final KnownValues<LockType> KNOWN = KnownValues.of(LockType.class, LockType::new, FLEX, BONDED, TIMED, INSTANT);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code flex}
   */
  public LockType {
    value = KnownValues.text(value, LockType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LockType of(String value) {
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
  public static List<LockType> constants() {
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
