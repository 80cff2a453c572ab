package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A deposit or withdrawal network ({@code network}), e.g. {@code BSC}. Binance lists each coin's networks in
 * {@code GET /sapi/v1/capital/config/getall}; the constants are the ones its docs use in examples.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * DepositAddress a = client.wallet().depositAddress("USDT", Network.of("TRX"));
 * if (coin.networkList().get(0).network() == Network.BTC) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code BTC}
 */
public record Network(String value) implements WireValue {
  /** {@code BTC}: Bitcoin. */
  public static final Network BTC = new Network("BTC");
  /** {@code ETH}: Ethereum (ERC20). */
  public static final Network ETH = new Network("ETH");
  /** {@code BSC}: BNB Smart Chain (BEP20). */
  public static final Network BSC = new Network("BSC");
  /** {@code BNB}: BNB Beacon Chain (BEP2). */
  public static final Network BNB = new Network("BNB");
  /** {@code TRX}: Tron (TRC20). */
  public static final Network TRX = new Network("TRX");
  /** {@code SOL}: Solana. */
  public static final Network SOL = new Network("SOL");
  /** {@code LIGHTNING}: the Bitcoin Lightning network (deposits need an {@code amount}). */
  public static final Network LIGHTNING = new Network("LIGHTNING");

  private static final KnownValues<Network> KNOWN = KnownValues.of(Network.class, Network::new,
      BTC, ETH, BSC, BNB, TRX, SOL, LIGHTNING);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code BTC}
   */
  public Network {
    value = KnownValues.text(value, Network.class);
  }

  /**
   * The constant for {@code value}, or a value holding it exactly when none is.
   *
   * @param value the wire value, e.g. {@code BTC}
   * @return the constant for {@code value}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Network of(String value) {
    return KNOWN.of(value);
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
  public static List<Network> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return wireValue();
  }
}
