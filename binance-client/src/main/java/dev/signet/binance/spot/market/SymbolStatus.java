package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The trading status of a symbol ({@code status} in {@code exchangeInfo}; the {@code symbolStatus}
 * filter of several market-data calls), as listed in Binance Spot enums.md.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (info.status() == SymbolStatus.TRADING) { ... }
ExchangeInfo halted = client.spot().market().exchangeInfo(ExchangeInfoQuery.builder().symbolStatus(SymbolStatus.HALT).build());
 * }</pre>
 *
 * @param value the wire value, e.g. {@code TRADING}
 */
public record SymbolStatus(String value) implements WireValue {
  /** {@code TRADING}: orders are matched. */
  public static final SymbolStatus TRADING = new SymbolStatus("TRADING");
  /** {@code END_OF_DAY}: the trading day has ended. */
  public static final SymbolStatus END_OF_DAY = new SymbolStatus("END_OF_DAY");
  /** {@code HALT}: trading is halted. */
  public static final SymbolStatus HALT = new SymbolStatus("HALT");
  /** {@code BREAK}: the symbol is on a break. */
  public static final SymbolStatus BREAK = new SymbolStatus("BREAK");
  /** {@code CANCEL_ONLY}: only cancels are accepted. */
  public static final SymbolStatus CANCEL_ONLY = new SymbolStatus("CANCEL_ONLY");

  private static final KnownValues<SymbolStatus> KNOWN = KnownValues.of(SymbolStatus.class, SymbolStatus::new,
      TRADING, END_OF_DAY, HALT, BREAK, CANCEL_ONLY);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code TRADING}
   */
  public SymbolStatus {
    value = KnownValues.text(value, SymbolStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code TRADING}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SymbolStatus of(String value) {
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
  public static List<SymbolStatus> constants() {
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
