package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a futures convert order ({@code orderStatus} of {@code POST /fapi/v1/convert/acceptQuote}
 * and {@code GET /fapi/v1/convert/orderStatus}): {@code PROCESS}, {@code ACCEPT_SUCCESS}, then
 * {@code SUCCESS} or {@code FAIL}.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (order.orderStatus().isFinal()) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code SUCCESS}
 */
public record ConvertStatus(String value) implements WireValue {
  /** {@code PROCESS}: being processed. */
  public static final ConvertStatus PROCESS = new ConvertStatus("PROCESS");
  /** {@code ACCEPT_SUCCESS}: the quote was accepted; the conversion is not settled yet. */
  public static final ConvertStatus ACCEPT_SUCCESS = new ConvertStatus("ACCEPT_SUCCESS");
  /** {@code SUCCESS}: converted. */
  public static final ConvertStatus SUCCESS = new ConvertStatus("SUCCESS");
  /** {@code FAIL}: not converted. */
  public static final ConvertStatus FAIL = new ConvertStatus("FAIL");

  private static final KnownValues<ConvertStatus> KNOWN =
      KnownValues.of(ConvertStatus.class, ConvertStatus::new, PROCESS, ACCEPT_SUCCESS, SUCCESS, FAIL);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code SUCCESS}
   */
  public ConvertStatus {
    value = KnownValues.text(value, ConvertStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code SUCCESS}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ConvertStatus of(String value) {
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
  public static List<ConvertStatus> constants() {
    return KNOWN.constants();
  }

  /**
   * True for {@link #SUCCESS} and {@link #FAIL}, after which the order no longer changes.
   *
   * @return {@code true} for {@code SUCCESS} and {@code FAIL}, {@code false} otherwise (unknown values included)
   */
  public boolean isFinal() {
    return equals(SUCCESS) || equals(FAIL);
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
