package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * What happened to an order in an {@link OrderTradeUpdate} ({@code x}): the documented values are
 * constants; any other is kept as sent.
 *
 * <pre>{@code
 * if (update.order().executionType() == FuturesExecutionType.TRADE) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code TRADE}
 */
public record FuturesExecutionType(String value) implements WireValue {
  /** {@code NEW}: the order was accepted. */
  public static final FuturesExecutionType NEW = new FuturesExecutionType("NEW");
  /** {@code CANCELED}: the order was cancelled. */
  public static final FuturesExecutionType CANCELED = new FuturesExecutionType("CANCELED");
  /** {@code CALCULATED}: a liquidation or ADL execution. */
  public static final FuturesExecutionType CALCULATED = new FuturesExecutionType("CALCULATED");
  /** {@code EXPIRED}: the order expired. */
  public static final FuturesExecutionType EXPIRED = new FuturesExecutionType("EXPIRED");
  /** {@code TRADE}: the order (partly) filled. */
  public static final FuturesExecutionType TRADE = new FuturesExecutionType("TRADE");
  /** {@code AMENDMENT}: the order was modified. */
  public static final FuturesExecutionType AMENDMENT = new FuturesExecutionType("AMENDMENT");
  private static final KnownValues<FuturesExecutionType> KNOWN =
      KnownValues.of(FuturesExecutionType.class, FuturesExecutionType::new, NEW, CANCELED, CALCULATED, EXPIRED, TRADE, AMENDMENT);

  /**
   * Checks the value is present and not blank.
   *
   * @param value the wire value
   */
  public FuturesExecutionType {
    value = KnownValues.text(value, FuturesExecutionType.class);
  }

  /**
   * The constant for a documented value, else a new value with the exact text.
   *
   * @param value the wire value, e.g. {@code TRADE}
   * @return the execution type
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FuturesExecutionType of(String value) {
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
  public static List<FuturesExecutionType> constants() {
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
