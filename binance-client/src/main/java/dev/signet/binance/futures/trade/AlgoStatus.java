package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a USD-M futures algo (conditional) order ({@code algoStatus}).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (algo.algoStatus() == AlgoStatus.TRIGGERED) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code NEW}
 */
public record AlgoStatus(String value) implements WireValue {
  /** {@code NEW}: waiting for its trigger. */
  public static final AlgoStatus NEW = new AlgoStatus("NEW");
  /** {@code CANCELED}: cancelled before it triggered. */
  public static final AlgoStatus CANCELED = new AlgoStatus("CANCELED");
  /** {@code TRIGGERING}: triggered; the order is being placed. */
  public static final AlgoStatus TRIGGERING = new AlgoStatus("TRIGGERING");
  /** {@code TRIGGERED}: triggered; the order was placed. */
  public static final AlgoStatus TRIGGERED = new AlgoStatus("TRIGGERED");
  /** {@code FINISHED}: done: the placed order is filled or cancelled. */
  public static final AlgoStatus FINISHED = new AlgoStatus("FINISHED");
  /** {@code REJECTED}: the order it placed was rejected. */
  public static final AlgoStatus REJECTED = new AlgoStatus("REJECTED");
  /** {@code EXPIRED}: expired before it triggered. */
  public static final AlgoStatus EXPIRED = new AlgoStatus("EXPIRED");

  private static final KnownValues<AlgoStatus> KNOWN =
      KnownValues.of(AlgoStatus.class, AlgoStatus::new, NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED, EXPIRED);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code NEW}
   */
  public AlgoStatus {
    value = KnownValues.text(value, AlgoStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code NEW}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AlgoStatus of(String value) {
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
  public static List<AlgoStatus> constants() {
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
