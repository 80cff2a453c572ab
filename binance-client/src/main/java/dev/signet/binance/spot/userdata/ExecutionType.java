package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * What happened to an order in an {@link ExecutionReport} ({@code x}): the documented values are
 * constants; any other is kept as sent.
 *
 * <pre>{@code
 * if (report.executionType() == ExecutionType.TRADE) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code TRADE}
 */
public record ExecutionType(String value) implements WireValue {
  /** {@code NEW}: the order was accepted into the engine. */
  public static final ExecutionType NEW = new ExecutionType("NEW");
  /** {@code CANCELED}: the user cancelled the order. */
  public static final ExecutionType CANCELED = new ExecutionType("CANCELED");
  /** {@code REPLACED}: the order was amended. */
  public static final ExecutionType REPLACED = new ExecutionType("REPLACED");
  /** {@code REJECTED}: the order was rejected and not processed (e.g. a cancel-replace's new order). */
  public static final ExecutionType REJECTED = new ExecutionType("REJECTED");
  /** {@code TRADE}: part or all of the order filled. */
  public static final ExecutionType TRADE = new ExecutionType("TRADE");
  /** {@code EXPIRED}: cancelled by the order type's rules or by the exchange. */
  public static final ExecutionType EXPIRED = new ExecutionType("EXPIRED");
  /** {@code TRADE_PREVENTION}: expired by self-trade prevention. */
  public static final ExecutionType TRADE_PREVENTION = new ExecutionType("TRADE_PREVENTION");
  private static final KnownValues<ExecutionType> KNOWN =
      KnownValues.of(ExecutionType.class, ExecutionType::new, NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED,
          TRADE_PREVENTION);

  /**
   * Checks the value is present and not blank.
   *
   * @param value the wire value
   */
  public ExecutionType {
    value = KnownValues.text(value, ExecutionType.class);
  }

  /**
   * The constant for a documented value, else a new value with the exact text.
   *
   * @param value the wire value, e.g. {@code TRADE}
   * @return the execution type
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ExecutionType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} for a documented value, {@code false} for one kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants
   */
  public static List<ExecutionType> constants() {
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
