package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The wallet a deposit arrived in or a withdrawal is paid from ({@code walletType}), a number on the wire.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(int)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * WithdrawRequest.builder("USDT", address, amount).walletType(WalletType.FUNDING).build();
 * }</pre>
 *
 * @param code the wire value, e.g. {@code 0}
 */
public record WalletType(int code) implements WireValue {
  /** {@code 0}: the spot wallet. */
  public static final WalletType SPOT = new WalletType(0);
  /** {@code 1}: the funding wallet. */
  public static final WalletType FUNDING = new WalletType(1);

  private static final KnownValues<WalletType> KNOWN = KnownValues.of(WalletType.class, s -> new WalletType(Integer.parseInt(s)),
      SPOT, FUNDING);

  /**
   * The constant for {@code code}, or a value holding it exactly when none is.
   *
   * @param code the wire value, e.g. {@code 0}
   * @return the constant for {@code code}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static WalletType of(int code) {
    return KNOWN.of(Integer.toString(code));
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(wireValue());
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<WalletType> constants() {
    return KNOWN.constants();
  }

  /**
   * The code as Binance sends it, e.g. {@code 1}.
   *
   * @return the code as JSON carries it
   */
  @JsonValue
  public int jsonValue() {
    return code;
  }

  @Override
  public String wireValue() {
    return Integer.toString(code);
  }

  @Override
  public String toString() {
    return wireValue();
  }
}
