package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A Kraken asset class ({@code aclass}, {@code asset_class}) as the funding, Earn and subaccount methods take it.
 *
 * <p>An open set: the constants are the values Kraken documents, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * kraken.funding().depositMethods("XBT", AssetClass.CURRENCY);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code currency}
 */
public record AssetClass(String value) implements WireValue {
  /** {@code currency}: crypto and fiat currencies, Kraken's default. */
  public static final AssetClass CURRENCY = new AssetClass("currency");
  /** {@code tokenized_asset}: tokenized assets such as xStocks. */
  public static final AssetClass TOKENIZED_ASSET = new AssetClass("tokenized_asset");

  private static final KnownValues<AssetClass> KNOWN = KnownValues.of(AssetClass.class, AssetClass::new, CURRENCY, TOKENIZED_ASSET);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code currency}
   */
  public AssetClass {
    value = KnownValues.text(value, AssetClass.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AssetClass of(String value) {
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
  public static List<AssetClass> constants() {
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
