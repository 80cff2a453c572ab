package dev.signet.binance.futures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A USD-M futures margin type ({@code marginType}): {@code ISOLATED} or {@code CROSSED} as
 * {@code POST /fapi/v1/marginType} takes them and {@code GET /fapi/v1/symbolConfig} reports them;
 * {@code GET /fapi/v2/positionRisk} reports them in lower case, {@code isolated} or {@code cross},
 * and has constants of its own ({@link #ISOLATED_REPORTED}, {@link #CROSS_REPORTED}).
 * {@link #isIsolated()} holds for both spellings of isolated.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (position.marginType().isIsolated()) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code ISOLATED}
 */
public record MarginType(String value) implements WireValue {
  /** {@code ISOLATED}: margin set aside per position. */
  public static final MarginType ISOLATED = new MarginType("ISOLATED");
  /** {@code CROSSED}: the account's margin shared by every cross position. */
  public static final MarginType CROSSED = new MarginType("CROSSED");
  /** {@code isolated}: isolated, as {@code GET /fapi/v2/positionRisk} spells it. */
  public static final MarginType ISOLATED_REPORTED = new MarginType("isolated");
  /** {@code cross}: crossed, as {@code GET /fapi/v2/positionRisk} spells it. */
  public static final MarginType CROSS_REPORTED = new MarginType("cross");

  private static final KnownValues<MarginType> KNOWN =
      KnownValues.of(MarginType.class, MarginType::new, ISOLATED, CROSSED, ISOLATED_REPORTED, CROSS_REPORTED);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code ISOLATED}
   */
  public MarginType {
    value = KnownValues.text(value, MarginType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code ISOLATED}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MarginType of(String value) {
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
  public static List<MarginType> constants() {
    return KNOWN.constants();
  }

  /**
   * True for isolated margin in either spelling ({@code ISOLATED} or {@code isolated}).
   *
   * @return {@code true} for {@link #ISOLATED} and {@link #ISOLATED_REPORTED}, {@code false} otherwise
   */
  public boolean isIsolated() {
    return this.equals(ISOLATED) || this.equals(ISOLATED_REPORTED);
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
